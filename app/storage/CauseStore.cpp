#include "storage/CauseStore.h"

#include "storage/LibraryDatabase.h"
#include "storage/SqlUtil.h"
#include "storage/StoryStore.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {

QString nodeNotFound(qint64 id)
{
    return QCoreApplication::translate("CauseStore", "Cause %1 does not exist.").arg(id);
}

QString categoryNotFound(qint64 id)
{
    return QCoreApplication::translate("CauseStore", "Cause category %1 does not exist.").arg(id);
}

QVariant parentValue(qint64 parentId)
{
    return parentId > 0 ? QVariant(parentId) : QVariant(QMetaType(QMetaType::LongLong));
}

// The siblings under `parentId` of a story: top-level nodes have no parent (NULL).
QString siblingsWhere(qint64 parentId)
{
    return parentId > 0 ? QStringLiteral("story_id = ? AND parent_id = ?")
                        : QStringLiteral("story_id = ? AND parent_id IS NULL AND ? = 0");
}

const char* NodeColumns = "id, story_id, parent_id, position, statement, type, category_id, evidence";

CauseNode readNode(const QSqlQuery& q)
{
    CauseNode n;
    n.id = q.value(0).toLongLong();
    n.storyId = q.value(1).toLongLong();
    n.parentId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
    n.position = q.value(3).toInt();
    n.statement = q.value(4).toString();
    n.type = CauseNode::typeFromKey(q.value(5).toString()).value_or(CauseType::Cause);
    n.categoryId = q.value(6).isNull() ? 0 : q.value(6).toLongLong();
    n.evidence = q.value(7).toString();
    return n;
}

const char* columnFor(CauseField field)
{
    switch (field) {
    case CauseField::Statement:
        return "statement";
    case CauseField::Type:
        return "type";
    case CauseField::Category:
        return "category_id";
    case CauseField::Evidence:
        return "evidence";
    }
    return "statement";
}

QVariant columnValue(CauseField field, const QVariant& value)
{
    switch (field) {
    case CauseField::Statement:
    case CauseField::Evidence:
        return value.toString();
    case CauseField::Type:
        return CauseNode::typeKey(static_cast<CauseType>(value.toInt()));
    case CauseField::Category:
        return parentValue(value.toLongLong()); // 0 → NULL
    }
    return {};
}

} // namespace

CauseStore::CauseStore(LibraryDatabase& library, StoryStore& stories, QObject* parent)
    : QObject(parent)
    , m_library(library)
    , m_stories(stories)
{
}

bool CauseStore::isReadOnly() const
{
    return m_library.isReadOnly();
}

Status CauseStore::checkWritable() const
{
    if (m_library.isReadOnly()) {
        return Status::failure(LibraryDatabase::readOnlyMessage());
    }
    return {};
}

template <typename R>
R CauseStore::reportFailure(R result)
{
    if (!result.ok()) {
        emit writeFailed(result.error());
    }
    return result;
}

Result<QList<CauseNode>> CauseStore::nodes(qint64 storyId)
{
    QSqlQuery q(m_library.db());
    q.setForwardOnly(true);
    if (Status s =
            SqlUtil::exec(q,
                          QStringLiteral("SELECT %1 FROM cause_node WHERE story_id = ? ORDER BY parent_id, position")
                              .arg(QLatin1String(NodeColumns)),
                          {storyId});
        !s) {
        return Result<QList<CauseNode>>::failure(s.error());
    }
    QList<CauseNode> list;
    while (q.next()) {
        list << readNode(q);
    }
    return list;
}

Result<CauseNode> CauseStore::nodeIn(qint64 id)
{
    QSqlQuery q(m_library.db());
    if (Status s = SqlUtil::exec(
            q, QStringLiteral("SELECT %1 FROM cause_node WHERE id = ?").arg(QLatin1String(NodeColumns)), {id});
        !s) {
        return Result<CauseNode>::failure(s.error());
    }
    if (!q.next()) {
        return Result<CauseNode>::failure(nodeNotFound(id));
    }
    return readNode(q);
}

Result<CauseNode> CauseStore::node(qint64 id)
{
    return nodeIn(id);
}

Result<CauseSubtree> CauseStore::subtree(qint64 id)
{
    using R = Result<CauseSubtree>;
    auto root = nodeIn(id);
    if (!root) {
        return R::failure(root.error());
    }
    CauseSubtree tree;
    tree.nodes << root.value();
    QSqlQuery q(m_library.db());
    // Breadth first: every parent is in the list before its children.
    for (qsizetype i = 0; i < tree.nodes.size(); ++i) {
        if (Status s = SqlUtil::exec(q,
                                     QStringLiteral("SELECT %1 FROM cause_node WHERE parent_id = ? ORDER BY position")
                                         .arg(QLatin1String(NodeColumns)),
                                     {tree.nodes[i].id});
            !s) {
            return R::failure(s.error());
        }
        while (q.next()) {
            tree.nodes << readNode(q);
        }
    }
    for (const CauseNode& n : std::as_const(tree.nodes)) {
        if (Status s =
                SqlUtil::exec(q, QStringLiteral("SELECT lesson_id FROM lesson_cause WHERE cause_id = ?"), {n.id});
            !s) {
            return R::failure(s.error());
        }
        while (q.next()) {
            tree.lessonLinks << qMakePair(q.value(0).toLongLong(), n.id);
        }
        if (Status s =
                SqlUtil::exec(q, QStringLiteral("SELECT action_id FROM action_cause WHERE cause_id = ?"), {n.id});
            !s) {
            return R::failure(s.error());
        }
        while (q.next()) {
            tree.actionLinks << qMakePair(q.value(0).toLongLong(), n.id);
        }
    }
    return tree;
}

Result<int> CauseStore::childCount(qint64 storyId, qint64 parentId)
{
    QSqlQuery q(m_library.db());
    if (Status s = SqlUtil::exec(
            q, QStringLiteral("SELECT count(*) FROM cause_node WHERE ") + siblingsWhere(parentId), {storyId, parentId});
        !s || !q.next()) {
        return Result<int>::failure(s ? SqlUtil::errorText(q) : s.error());
    }
    return q.value(0).toInt();
}

Status CauseStore::shift(qint64 storyId, qint64 parentId, int from, int delta)
{
    QSqlQuery q(m_library.db());
    return SqlUtil::exec(q,
                         QStringLiteral("UPDATE cause_node SET position = position + ? WHERE position >= ? AND ") +
                             siblingsWhere(parentId),
                         {delta, from, storyId, parentId});
}

Status CauseStore::insertRow(const CauseNode& node, bool keepId, qint64* id)
{
    QSqlQuery q(m_library.db());
    Status s = SqlUtil::exec(q,
                             QStringLiteral("INSERT INTO cause_node(id, story_id, parent_id, position, statement, "
                                            "type, category_id, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                             {keepId && node.id > 0 ? QVariant(node.id) : QVariant(QMetaType(QMetaType::LongLong)),
                              node.storyId,
                              parentValue(node.parentId),
                              node.position,
                              node.statement,
                              CauseNode::typeKey(node.type),
                              parentValue(node.categoryId),
                              node.evidence});
    if (s && id) {
        *id = q.lastInsertId().toLongLong();
    }
    return s;
}

Result<qint64> CauseStore::insert(const CauseNode& node)
{
    using R = Result<qint64>;
    return reportFailure([&]() -> R {
        if (Status s = checkWritable(); !s) {
            return R::failure(s.error());
        }
        WriteTransaction tx(m_library);
        if (Status s = tx.begin(); !s) {
            return R::failure(s.error());
        }
        if (node.parentId > 0) {
            auto parent = nodeIn(node.parentId);
            if (!parent) {
                return R::failure(parent.error());
            }
            if (parent->storyId != node.storyId) {
                return R::failure(nodeNotFound(node.parentId));
            }
        }
        auto count = childCount(node.storyId, node.parentId);
        if (!count) {
            return R::failure(count.error());
        }
        CauseNode row = node;
        row.position = node.position < 0 ? count.value() : qMin(node.position, count.value());
        qint64 id = 0;
        Status s = shift(row.storyId, row.parentId, row.position, 1);
        if (!s || !(s = insertRow(row, true, &id)) || !(s = m_stories.partChanged(row.storyId)) || !(s = tx.commit())) {
            return R::failure(s.error());
        }
        m_stories.emitPartChanged(row.storyId);
        emit nodeInserted(row.storyId, id, row.parentId, row.position);
        return id;
    }());
}

Status CauseStore::setField(qint64 id, CauseField field, const QVariant& value)
{
    return reportFailure([&]() -> Status {
        if (Status s = checkWritable(); !s) {
            return s;
        }
        WriteTransaction tx(m_library);
        Status s = tx.begin();
        if (!s) {
            return s;
        }
        auto node = nodeIn(id);
        if (!node) {
            return Status::failure(node.error());
        }
        QSqlQuery q(m_library.db());
        s = SqlUtil::exec(
            q,
            QStringLiteral("UPDATE cause_node SET %1 = ? WHERE id = ?").arg(QLatin1String(columnFor(field))),
            {columnValue(field, value), id});
        if (!s || !(s = m_stories.partChanged(node->storyId)) || !(s = tx.commit())) {
            return s;
        }
        m_stories.emitPartChanged(node->storyId);
        emit nodeChanged(node->storyId, id, field);
        return {};
    }());
}

Status CauseStore::move(qint64 id, qint64 newParentId, int newPosition)
{
    return reportFailure([&]() -> Status {
        if (Status s = checkWritable(); !s) {
            return s;
        }
        WriteTransaction tx(m_library);
        Status s = tx.begin();
        if (!s) {
            return s;
        }
        auto node = nodeIn(id);
        if (!node) {
            return Status::failure(node.error());
        }
        // The new parent must be in the same story and not inside the moved subtree.
        for (qint64 ancestor = newParentId; ancestor > 0;) {
            if (ancestor == id) {
                return Status::failure(
                    QCoreApplication::translate("CauseStore", "A cause cannot be moved below itself."));
            }
            auto a = nodeIn(ancestor);
            if (!a) {
                return Status::failure(a.error());
            }
            if (a->storyId != node->storyId) {
                return Status::failure(nodeNotFound(ancestor));
            }
            ancestor = a->parentId;
        }
        const qint64 storyId = node->storyId;
        const qint64 oldParent = node->parentId;
        const int oldPosition = node->position;
        QSqlQuery q(m_library.db());
        // Take the node out (position -1 keeps it out of both sibling ranges), close the gap,
        // open one at the target and put it in.
        if (!(s = SqlUtil::exec(q, QStringLiteral("UPDATE cause_node SET position = -1 WHERE id = ?"), {id})) ||
            !(s = shift(storyId, oldParent, oldPosition + 1, -1))) {
            return s;
        }
        auto count = childCount(storyId, newParentId);
        if (!count) {
            return Status::failure(count.error());
        }
        // The node itself is counted when it stays under the same parent (position -1).
        const int siblings = count.value() - (oldParent == newParentId ? 1 : 0);
        const int position = newPosition < 0 ? siblings : qMin(newPosition, siblings);
        if (!(s = shift(storyId, newParentId, position, 1)) ||
            !(s = SqlUtil::exec(q,
                                QStringLiteral("UPDATE cause_node SET parent_id = ?, position = ? WHERE id = ?"),
                                {parentValue(newParentId), position, id})) ||
            !(s = m_stories.partChanged(storyId)) || !(s = tx.commit())) {
            return s;
        }
        m_stories.emitPartChanged(storyId);
        if (oldParent != newParentId || oldPosition != position) {
            emit nodeMoved(storyId, id, oldParent, oldPosition, newParentId, position);
        }
        return {};
    }());
}

Status CauseStore::removeSubtree(qint64 id)
{
    return reportFailure([&]() -> Status {
        if (Status s = checkWritable(); !s) {
            return s;
        }
        WriteTransaction tx(m_library);
        Status s = tx.begin();
        if (!s) {
            return s;
        }
        auto node = nodeIn(id);
        if (!node) {
            return Status::failure(node.error());
        }
        QSqlQuery q(m_library.db());
        // Descendants and links go by ON DELETE CASCADE.
        if (!(s = SqlUtil::exec(q, QStringLiteral("DELETE FROM cause_node WHERE id = ?"), {id})) ||
            !(s = shift(node->storyId, node->parentId, node->position + 1, -1)) ||
            !(s = m_stories.partChanged(node->storyId)) || !(s = tx.commit())) {
            return s;
        }
        m_stories.emitPartChanged(node->storyId);
        emit nodeRemoved(node->storyId, id, node->parentId, node->position);
        return {};
    }());
}

Status CauseStore::restoreSubtree(const CauseSubtree& subtree)
{
    return reportFailure([&]() -> Status {
        if (Status s = checkWritable(); !s) {
            return s;
        }
        if (subtree.nodes.isEmpty()) {
            return {};
        }
        WriteTransaction tx(m_library);
        Status s = tx.begin();
        if (!s) {
            return s;
        }
        CauseNode root = subtree.root();
        auto count = childCount(root.storyId, root.parentId);
        if (!count) {
            return Status::failure(count.error());
        }
        root.position = qBound(0, root.position, count.value());
        if (!(s = shift(root.storyId, root.parentId, root.position, 1)) || !(s = insertRow(root, true, nullptr))) {
            return s;
        }
        for (qsizetype i = 1; i < subtree.nodes.size(); ++i) {
            if (!(s = insertRow(subtree.nodes[i], true, nullptr))) {
                return s;
            }
        }
        QSqlQuery q(m_library.db());
        // Links whose lesson or action item is gone by now stay gone.
        for (const auto& [lesson, cause] : subtree.lessonLinks) {
            if (!(s = SqlUtil::exec(
                      q,
                      QStringLiteral("INSERT OR IGNORE INTO lesson_cause(lesson_id, cause_id) SELECT id, ? "
                                     "FROM lesson WHERE id = ?"),
                      {cause, lesson}))) {
                return s;
            }
        }
        for (const auto& [action, cause] : subtree.actionLinks) {
            if (!(s = SqlUtil::exec(q,
                                    QStringLiteral("INSERT OR IGNORE INTO action_cause(action_id, cause_id) SELECT id, "
                                                   "? FROM action_item WHERE id = ?"),
                                    {cause, action}))) {
                return s;
            }
        }
        if (!(s = m_stories.partChanged(root.storyId)) || !(s = tx.commit())) {
            return s;
        }
        m_stories.emitPartChanged(root.storyId);
        emit nodeInserted(root.storyId, root.id, root.parentId, root.position);
        return {};
    }());
}

Result<QList<CauseCategory>> CauseStore::categories()
{
    QSqlQuery q(m_library.db());
    if (Status s = SqlUtil::exec(q, QStringLiteral("SELECT id, name, position FROM cause_category ORDER BY position"));
        !s) {
        return Result<QList<CauseCategory>>::failure(s.error());
    }
    QList<CauseCategory> list;
    while (q.next()) {
        list << CauseCategory {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt()};
    }
    return list;
}

Result<qint64> CauseStore::addCategory(const CauseCategory& category)
{
    using R = Result<qint64>;
    return reportFailure([&]() -> R {
        if (Status s = checkWritable(); !s) {
            return R::failure(s.error());
        }
        WriteTransaction tx(m_library);
        if (Status s = tx.begin(); !s) {
            return R::failure(s.error());
        }
        QSqlQuery q(m_library.db());
        Status s = SqlUtil::exec(q, QStringLiteral("SELECT count(*) FROM cause_category"));
        if (!s || !q.next()) {
            return R::failure(s ? SqlUtil::errorText(q) : s.error());
        }
        const int count = q.value(0).toInt();
        const int position = category.position < 0 ? count : qMin(category.position, count);
        if (!(s = SqlUtil::exec(q,
                                QStringLiteral("UPDATE cause_category SET position = position + 1 WHERE position >= ?"),
                                {position})) ||
            !(s = SqlUtil::exec(q,
                                QStringLiteral("INSERT INTO cause_category(id, name, position) VALUES (?, ?, ?)"),
                                {category.id > 0 ? QVariant(category.id) : QVariant(QMetaType(QMetaType::LongLong)),
                                 category.name.trimmed(),
                                 position}))) {
            return R::failure(s.error());
        }
        const qint64 id = q.lastInsertId().toLongLong();
        if (!(s = tx.commit())) {
            return R::failure(s.error());
        }
        emit categoryAdded(id, position);
        return id;
    }());
}

Status CauseStore::renameCategory(qint64 id, const QString& name)
{
    return reportFailure([&]() -> Status {
        if (Status s = checkWritable(); !s) {
            return s;
        }
        WriteTransaction tx(m_library);
        Status s = tx.begin();
        if (!s) {
            return s;
        }
        QSqlQuery q(m_library.db());
        if (!(s = SqlUtil::exec(q, QStringLiteral("UPDATE cause_category SET name = ? WHERE id = ?"), {name, id}))) {
            return s;
        }
        if (q.numRowsAffected() != 1) {
            return Status::failure(categoryNotFound(id));
        }
        if (!(s = tx.commit())) {
            return s;
        }
        emit categoryRenamed(id);
        return {};
    }());
}

Status CauseStore::moveCategory(qint64 id, int newPosition)
{
    return reportFailure([&]() -> Status {
        if (Status s = checkWritable(); !s) {
            return s;
        }
        WriteTransaction tx(m_library);
        Status s = tx.begin();
        if (!s) {
            return s;
        }
        QSqlQuery q(m_library.db());
        if (!(s = SqlUtil::exec(q,
                                QStringLiteral("SELECT position, (SELECT count(*) FROM cause_category) FROM "
                                               "cause_category WHERE id = ?"),
                                {id}))) {
            return s;
        }
        if (!q.next()) {
            return Status::failure(categoryNotFound(id));
        }
        const int from = q.value(0).toInt();
        const int to = qBound(0, newPosition, q.value(1).toInt() - 1);
        if (from == to) {
            return {};
        }
        if (from < to) {
            s = SqlUtil::exec(
                q,
                QStringLiteral(
                    "UPDATE cause_category SET position = position - 1 WHERE position > ? AND position <= ?"),
                {from, to});
        } else {
            s = SqlUtil::exec(
                q,
                QStringLiteral(
                    "UPDATE cause_category SET position = position + 1 WHERE position >= ? AND position < ?"),
                {to, from});
        }
        if (!s ||
            !(s = SqlUtil::exec(q, QStringLiteral("UPDATE cause_category SET position = ? WHERE id = ?"), {to, id})) ||
            !(s = tx.commit())) {
            return s;
        }
        emit categoryMoved(id, from, to);
        return {};
    }());
}

Result<QList<qint64>> CauseStore::removeCategory(qint64 id)
{
    using R = Result<QList<qint64>>;
    return reportFailure([&]() -> R {
        if (Status s = checkWritable(); !s) {
            return R::failure(s.error());
        }
        WriteTransaction tx(m_library);
        if (Status s = tx.begin(); !s) {
            return R::failure(s.error());
        }
        QSqlQuery q(m_library.db());
        Status s = SqlUtil::exec(q, QStringLiteral("SELECT position FROM cause_category WHERE id = ?"), {id});
        if (!s) {
            return R::failure(s.error());
        }
        if (!q.next()) {
            return R::failure(categoryNotFound(id));
        }
        const int position = q.value(0).toInt();
        QList<qint64> nodeIds;
        QList<qint64> storyIds;
        if (!(s = SqlUtil::exec(
                  q, QStringLiteral("SELECT id, story_id FROM cause_node WHERE category_id = ?"), {id}))) {
            return R::failure(s.error());
        }
        while (q.next()) {
            nodeIds << q.value(0).toLongLong();
            storyIds << q.value(1).toLongLong();
        }
        // ON DELETE SET NULL clears the nodes' category.
        if (!(s = SqlUtil::exec(q, QStringLiteral("DELETE FROM cause_category WHERE id = ?"), {id})) ||
            !(s = SqlUtil::exec(q,
                                QStringLiteral("UPDATE cause_category SET position = position - 1 WHERE position > ?"),
                                {position})) ||
            !(s = tx.commit())) {
            return R::failure(s.error());
        }
        emit categoryRemoved(id, position);
        for (qsizetype i = 0; i < nodeIds.size(); ++i) {
            emit nodeChanged(storyIds[i], nodeIds[i], CauseField::Category);
        }
        return nodeIds;
    }());
}

Status CauseStore::restoreCategory(const CauseCategory& category, const QList<qint64>& nodeIds)
{
    return reportFailure([&]() -> Status {
        if (Status s = checkWritable(); !s) {
            return s;
        }
        WriteTransaction tx(m_library);
        Status s = tx.begin();
        if (!s) {
            return s;
        }
        QSqlQuery q(m_library.db());
        if (!(s = SqlUtil::exec(q, QStringLiteral("SELECT count(*) FROM cause_category"))) || !q.next()) {
            return s ? Status::failure(SqlUtil::errorText(q)) : s;
        }
        const int position = qBound(0, category.position, q.value(0).toInt());
        if (!(s = SqlUtil::exec(q,
                                QStringLiteral("UPDATE cause_category SET position = position + 1 WHERE position >= ?"),
                                {position})) ||
            !(s = SqlUtil::exec(q,
                                QStringLiteral("INSERT INTO cause_category(id, name, position) VALUES (?, ?, ?)"),
                                {category.id, category.name, position}))) {
            return s;
        }
        // Nodes removed since stay removed.
        QList<QPair<qint64, qint64>> changed; // (story, node)
        for (qint64 nodeId : nodeIds) {
            if (!(s = SqlUtil::exec(q, QStringLiteral("SELECT story_id FROM cause_node WHERE id = ?"), {nodeId}))) {
                return s;
            }
            if (!q.next()) {
                continue;
            }
            changed << qMakePair(q.value(0).toLongLong(), nodeId);
            if (!(s = SqlUtil::exec(q,
                                    QStringLiteral("UPDATE cause_node SET category_id = ? WHERE id = ?"),
                                    {category.id, nodeId}))) {
                return s;
            }
        }
        if (!(s = tx.commit())) {
            return s;
        }
        emit categoryAdded(category.id, position);
        for (const auto& [storyId, nodeId] : changed) {
            emit nodeChanged(storyId, nodeId, CauseField::Category);
        }
        return {};
    }());
}
