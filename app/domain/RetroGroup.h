#pragma once

#include <QString>

enum class RetroGroupField {
    Name,
    Notes,
};

// Cards that belong together, at the top level of a column (sharing positions with ungrouped cards).
struct RetroGroup
{
    qint64 id = 0;
    qint64 retroId = 0;
    qint64 columnId = 0;
    int position = 0;
    QString name;
    QString notes;
};
