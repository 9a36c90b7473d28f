#pragma once

#include "domain/CauseCategory.h"
#include "domain/CauseNode.h"
#include "domain/CauseSubtree.h"
#include "util/Result.h"

#include <QList>
#include <QObject>

class LibraryDatabase;
class StoryStore;

// Reads and writes the cause trees of stories (cause_node) and the library's cause categories
// (cause_category). Sibling positions stay dense (0, 1, 2 …) after every write. Each write is one
// transaction; the signals after the commit tell the models exactly what changed.
class CauseStore : public QObject
{
    Q_OBJECT

public:
    CauseStore(LibraryDatabase& library, StoryStore& stories, QObject* parent = nullptr);

    bool isReadOnly() const;

    // Every node of a story, ordered by parent and position.
    Result<QList<CauseNode>> nodes(qint64 storyId);
    Result<CauseNode> node(qint64 id);
    // The node and its descendants (parents before children) with the links to them.
    Result<CauseSubtree> subtree(qint64 id);

    // Inserts `node` under node.parentId at node.position (clamped; -1 appends), shifting later
    // siblings. A node with a non-zero id keeps it (redo of an insertion). Returns the id.
    Result<qint64> insert(const CauseNode& node);
    Status setField(qint64 id, CauseField field, const QVariant& value);
    // Moves the node (with its subtree) under `newParentId` (0: top level) to `newPosition`, counted
    // in the new parent's children without the node itself. Refuses to move a node below itself.
    Status move(qint64 id, qint64 newParentId, int newPosition);
    // Removes the node and everything below it.
    Status removeSubtree(qint64 id);
    // Puts a removed subtree back, with its ids, position and links.
    Status restoreSubtree(const CauseSubtree& subtree);

    Result<QList<CauseCategory>> categories();
    // Adds a category at `position` (-1 appends); a non-zero category.id is kept (undo of a removal).
    Result<qint64> addCategory(const CauseCategory& category);
    Status renameCategory(qint64 id, const QString& name);
    Status moveCategory(qint64 id, int newPosition);
    // Removes the category; the nodes filed under it lose their category. Returns those nodes' ids.
    Result<QList<qint64>> removeCategory(qint64 id);
    // Undo of removeCategory: the category with its id and position, and the nodes filed under it.
    Status restoreCategory(const CauseCategory& category, const QList<qint64>& nodeIds);

signals:
    // A node (with any descendants) appeared at `position` under `parentId`.
    void nodeInserted(qint64 storyId, qint64 id, qint64 parentId, int position);
    void nodeChanged(qint64 storyId, qint64 id, CauseField field);
    void nodeMoved(qint64 storyId, qint64 id, qint64 oldParentId, int oldPosition, qint64 newParentId, int newPosition);
    // The node at `position` under `parentId` is gone with its descendants.
    void nodeRemoved(qint64 storyId, qint64 id, qint64 parentId, int position);
    void categoryAdded(qint64 id, int position);
    void categoryRenamed(qint64 id);
    void categoryMoved(qint64 id, int oldPosition, int newPosition);
    void categoryRemoved(qint64 id, int position);
    void writeFailed(const QString& message);

private:
    Status checkWritable() const;
    Result<CauseNode> nodeIn(qint64 id);
    Result<int> childCount(qint64 storyId, qint64 parentId);
    Status shift(qint64 storyId, qint64 parentId, int from, int delta);
    Status insertRow(const CauseNode& node, bool keepId, qint64* id);
    template <typename R>
    R reportFailure(R result);

    LibraryDatabase& m_library;
    StoryStore& m_stories;
};
