#pragma once

#include <QDateTime>
#include <QString>

enum class RetroCardField {
    Text,
    Author,
    Notes, // discussion notes
};

// One sticky note. Ungrouped cards sit at the top level of their column (sharing positions with the
// column's groups); grouped cards are ordered inside their group.
struct RetroCard
{
    qint64 id = 0;
    qint64 retroId = 0;
    qint64 columnId = 0;
    qint64 groupId = 0; // 0: not grouped
    int position = 0;
    QString text;
    QString author;
    QString notes;
    QDateTime createdAt; // UTC
};
