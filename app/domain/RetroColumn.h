#pragma once

#include <QString>

// A column of one retro's board: the retro's own copy of its template's column, so that editing a
// template never changes past retros.
struct RetroColumn
{
    qint64 id = 0;
    qint64 retroId = 0;
    int position = 0;
    QString title;
    QString prompt;
};
