#include "storage/StoryPartRows.h"

#include "storage/SqlUtil.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace StoryPartRows {

Result<Place> place(QSqlDatabase& db, const QString& table, qint64 id, const QString& notFound)
{
    QSqlQuery q(db);
    if (Status s = SqlUtil::exec(q, QStringLiteral("SELECT story_id, position FROM %1 WHERE id = ?").arg(table), {id});
        !s) {
        return Result<Place>::failure(s.error());
    }
    if (!q.next()) {
        return Result<Place>::failure(notFound);
    }
    return Place {q.value(0).toLongLong(), q.value(1).toInt()};
}

Result<int> count(QSqlDatabase& db, const QString& table, qint64 storyId)
{
    QSqlQuery q(db);
    if (Status s = SqlUtil::exec(q, QStringLiteral("SELECT count(*) FROM %1 WHERE story_id = ?").arg(table), {storyId});
        !s || !q.next()) {
        return Result<int>::failure(s ? SqlUtil::errorText(q) : s.error());
    }
    return q.value(0).toInt();
}

Status openGap(QSqlDatabase& db, const QString& table, qint64 storyId, int position)
{
    QSqlQuery q(db);
    return SqlUtil::exec(
        q,
        QStringLiteral("UPDATE %1 SET position = position + 1 WHERE story_id = ? AND position >= ?").arg(table),
        {storyId, position});
}

Status closeGap(QSqlDatabase& db, const QString& table, qint64 storyId, int position)
{
    QSqlQuery q(db);
    return SqlUtil::exec(
        q,
        QStringLiteral("UPDATE %1 SET position = position - 1 WHERE story_id = ? AND position > ?").arg(table),
        {storyId, position});
}

Status move(QSqlDatabase& db, const QString& table, qint64 id, qint64 storyId, int from, int to)
{
    QSqlQuery q(db);
    Status s;
    if (to > from) {
        s = SqlUtil::exec(q,
                          QStringLiteral("UPDATE %1 SET position = position - 1"
                                         " WHERE story_id = ? AND position > ? AND position <= ?")
                              .arg(table),
                          {storyId, from, to});
    } else if (to < from) {
        s = SqlUtil::exec(q,
                          QStringLiteral("UPDATE %1 SET position = position + 1"
                                         " WHERE story_id = ? AND position >= ? AND position < ?")
                              .arg(table),
                          {storyId, to, from});
    }
    if (!s) {
        return s;
    }
    return SqlUtil::exec(q, QStringLiteral("UPDATE %1 SET position = ? WHERE id = ?").arg(table), {to, id});
}

Status writeCauses(QSqlDatabase& db,
                   const QString& linkTable,
                   const QString& linkColumn,
                   qint64 id,
                   qint64 storyId,
                   const QList<qint64>& causeIds)
{
    QSqlQuery q(db);
    if (Status s = SqlUtil::exec(q, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(linkTable, linkColumn), {id});
        !s) {
        return s;
    }
    for (qint64 cause : causeIds) {
        // A cause deleted since (undo of an old removal) is skipped instead of failing the write.
        if (Status s = SqlUtil::exec(q,
                                     QStringLiteral("INSERT OR IGNORE INTO %1(%2, cause_id)"
                                                    " SELECT ?, id FROM cause_node WHERE id = ? AND story_id = ?")
                                         .arg(linkTable, linkColumn),
                                     {id, cause, storyId});
            !s) {
            return s;
        }
    }
    return {};
}

Result<QHash<qint64, QList<qint64>>> causesOfStory(
    QSqlDatabase& db, const QString& table, const QString& linkTable, const QString& linkColumn, qint64 storyId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (Status s = SqlUtil::exec(q,
                                 QStringLiteral("SELECT l.%3, l.cause_id FROM %2 l JOIN %1 t ON t.id = l.%3"
                                                " WHERE t.story_id = ? ORDER BY l.%3, l.cause_id")
                                     .arg(table, linkTable, linkColumn),
                                 {storyId});
        !s) {
        return Result<QHash<qint64, QList<qint64>>>::failure(s.error());
    }
    QHash<qint64, QList<qint64>> links;
    while (q.next()) {
        links[q.value(0).toLongLong()] << q.value(1).toLongLong();
    }
    return links;
}

Result<QList<qint64>> causesOf(QSqlDatabase& db, const QString& linkTable, const QString& linkColumn, qint64 id)
{
    QSqlQuery q(db);
    if (Status s = SqlUtil::exec(
            q,
            QStringLiteral("SELECT cause_id FROM %1 WHERE %2 = ? ORDER BY cause_id").arg(linkTable, linkColumn),
            {id});
        !s) {
        return Result<QList<qint64>>::failure(s.error());
    }
    QList<qint64> ids;
    while (q.next()) {
        ids << q.value(0).toLongLong();
    }
    return ids;
}

Result<QList<CauseChoice>> causeChoices(QSqlDatabase& db, qint64 storyId)
{
    using R = Result<QList<CauseChoice>>;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (Status s = SqlUtil::exec(q,
                                 QStringLiteral("SELECT id, parent_id, statement, type FROM cause_node"
                                                " WHERE story_id = ? ORDER BY position, id"),
                                 {storyId});
        !s) {
        return R::failure(s.error());
    }
    struct Node
    {
        CauseChoice choice;
        qint64 parent = 0;
    };
    QList<Node> nodes;
    QHash<qint64, QList<int>> children;
    while (q.next()) {
        nodes << Node {{q.value(0).toLongLong(), q.value(2).toString(), q.value(3).toString()},
                       q.value(1).toLongLong()};
    }
    QSet<qint64> ids;
    for (const Node& node : std::as_const(nodes)) {
        ids.insert(node.choice.id);
    }
    for (int i = 0; i < nodes.size(); ++i) {
        // A parent that is not in the list would hide its subtree: treat such nodes as top-level.
        children[ids.contains(nodes[i].parent) ? nodes[i].parent : 0] << i;
    }
    QList<CauseChoice> list;
    list.reserve(nodes.size());
    std::function<void(qint64)> visit = [&](qint64 parent) {
        for (int index : children.value(parent)) {
            list << nodes[index].choice;
            visit(nodes[index].choice.id);
        }
    };
    visit(0);
    return list;
}

} // namespace StoryPartRows
