#pragma once

#include "domain/CauseChoice.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Helpers for the ordered parts of a story (lessons, action items): rows with story_id and a dense
// 0-based position, and a link table to cause nodes. Call them inside the caller's write transaction.
// `table`, `linkTable` and `linkColumn` come from the calling store, never from user input.
namespace StoryPartRows {

// The story and position of row `id`; the error names `notFound` when there is no such row.
struct Place
{
    qint64 storyId = 0;
    int position = 0;
};
Result<Place> place(QSqlDatabase& db, const QString& table, qint64 id, const QString& notFound);
Result<int> count(QSqlDatabase& db, const QString& table, qint64 storyId);
// Makes room at `position` (shifts later rows down).
Status openGap(QSqlDatabase& db, const QString& table, qint64 storyId, int position);
// Closes the hole a removed row left at `position`.
Status closeGap(QSqlDatabase& db, const QString& table, qint64 storyId, int position);
// Moves row `id` from `from` to `to`, shifting the rows in between.
Status move(QSqlDatabase& db, const QString& table, qint64 id, qint64 storyId, int from, int to);
// Replaces the cause links of row `id`; causes that are gone or belong to another story are skipped.
Status writeCauses(QSqlDatabase& db,
                   const QString& linkTable,
                   const QString& linkColumn,
                   qint64 id,
                   qint64 storyId,
                   const QList<qint64>& causeIds);
// The cause links of every row of a story, by row id, each list sorted.
Result<QHash<qint64, QList<qint64>>> causesOfStory(
    QSqlDatabase& db, const QString& table, const QString& linkTable, const QString& linkColumn, qint64 storyId);
Result<QList<qint64>> causesOf(QSqlDatabase& db, const QString& linkTable, const QString& linkColumn, qint64 id);
// The nodes of a story's cause tree in tree order (parents before children), for linking. A small
// read-only query: the cause tree has its own store.
Result<QList<CauseChoice>> causeChoices(QSqlDatabase& db, qint64 storyId);

} // namespace StoryPartRows
