#pragma once

#include <QList>
#include <QStringList>
#include <QVariantList>

// Every stored row of one story and of its parts (sections, timeline, causes, lessons, actions,
// people …), as the database holds them. Undoing a delete puts them back, ids and all.
struct StoryRows
{
    struct Table
    {
        QString name;
        QStringList columns;
        QList<QVariantList> rows;
    };

    qint64 storyId = 0;
    QList<Table> tables;

    int rowCount() const
    {
        int n = 0;
        for (const Table& t : tables) {
            n += static_cast<int>(t.rows.size());
        }
        return n;
    }
};
