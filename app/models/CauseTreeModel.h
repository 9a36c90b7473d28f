#pragma once

#include "domain/CauseCategory.h"
#include "domain/CauseNode.h"
#include "util/Result.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

class CauseStore;
class QUndoCommand;
class QUndoStack;

// A story's cause tree: one row per node, children answer "why?" for their parent. Reads through
// the CauseStore and follows its signals with exact model signals (inserts, removals, moves,
// dataChanged). Edits — setData, drops and the helpers below — become undo commands on the story's
// undo stack; the model changes when the store reports the write.
class CauseTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        StatementColumn,
        TypeColumn,
        CategoryColumn,
        EvidenceColumn,
        ColumnCount,
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        TypeRole,       // CauseType as int
        CategoryIdRole, // qint64, 0 for none
        StatementRole,
        EvidenceRole,
    };

    static constexpr const char* MimeType = "application/x-kintsugi-cause-node";

    CauseTreeModel(CauseStore& store, qint64 storyId, QUndoStack* undoStack, QObject* parent = nullptr);
    ~CauseTreeModel() override;

    // Reads the whole tree again (reset).
    Status reload();

    qint64 storyId() const { return m_storyId; }
    int nodeCount() const { return static_cast<int>(m_items.size()); }
    QModelIndex indexForId(qint64 id, int column = StatementColumn) const;
    static qint64 idAt(const QModelIndex& index);
    // The cached node; a default node when there is none.
    CauseNode node(qint64 id) const;
    // Every node, parents before children, siblings in order (depth first).
    QList<CauseNode> nodesInOrder() const;
    QList<CauseCategory> categories() const { return m_categories; }
    QString categoryName(qint64 id) const;
    bool isReadOnly() const;

    // User edits, each one undo command. They return the affected node's index (invalid on failure).
    // A child of `parent` at the end (a top-level problem when `parent` is invalid).
    QModelIndex addChild(const QModelIndex& parent, const QString& statement = {});
    // A sibling right after `index`, of the same type.
    QModelIndex addSibling(const QModelIndex& index, const QString& statement = {});
    // Makes the node the last child of the sibling before it.
    bool indent(const QModelIndex& index);
    // Makes the node the sibling right after its parent.
    bool outdent(const QModelIndex& index);
    // Moves the node under `newParent` (invalid: top level) at `row` (-1: at the end); rows count
    // the new parent's children as they are now.
    bool moveNode(const QModelIndex& index, const QModelIndex& newParent, int row);
    bool removeSubtree(const QModelIndex& index);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(
        const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) const override;
    bool
    dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

signals:
    // The categories' names or order changed (for delegates and the diagram).
    void categoriesChanged();

private:
    struct Item
    {
        CauseNode node;
        Item* parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Item>> children;
    };

    Item* itemAt(const QModelIndex& index) const;
    QModelIndex indexOf(Item* item, int column = StatementColumn) const;
    Item* itemForId(qint64 id) const;
    void forget(Item* item);
    static void renumber(Item* parent, int from);
    // The dragged node's id if `data` holds one of this story's nodes that may go under `parent`.
    qint64 droppedId(const QMimeData* data, const QModelIndex& parent) const;
    bool push(QUndoCommand* command);
    void loadCategories();

    void onNodeInserted(qint64 storyId, qint64 id, qint64 parentId, int position);
    void onNodeChanged(qint64 storyId, qint64 id, CauseField field);
    void
    onNodeMoved(qint64 storyId, qint64 id, qint64 oldParentId, int oldPosition, qint64 newParentId, int newPosition);
    void onNodeRemoved(qint64 storyId, qint64 id, qint64 parentId, int position);
    void onCategoryRenamed(qint64 id);

    CauseStore& m_store;
    qint64 m_storyId;
    QUndoStack* m_undoStack;
    Item m_root;
    QHash<qint64, Item*> m_items;
    QList<CauseCategory> m_categories;
};
