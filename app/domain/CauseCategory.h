#pragma once

#include <QString>

// A category a cause can be filed under (People, Process, …); the list is per library.
struct CauseCategory
{
    qint64 id = 0;
    QString name;
    int position = 0;
};
