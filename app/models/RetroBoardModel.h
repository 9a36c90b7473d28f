#pragma once

#include "domain/Retro.h"
#include "domain/RetroCard.h"
#include "domain/RetroColumn.h"
#include "domain/RetroGroup.h"
#include "domain/RetroItemRef.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

#include <memory>
#include <vector>

class RetroDocument;
class RetroStore;

// A retro's board as a tree: top level = the columns; their children = groups and ungrouped cards;
// a group's children = its cards. One model column. Follows the store's signals with exact signals.
// Sort modes: board order (positions), or by votes (descending, ties by position) for Discuss; the
// re-sort after a vote is a layoutChanged of the touched parent only.
// Drag and drop (MIME type "application/x-kintsugi-retro-cards"): a card dropped on a card forms a
// group named after the target's text, on a group joins it, on a column goes to its top level
// (ungrouped) — all as undo commands through the document.
class RetroBoardModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Kind {
        Column,
        Group,
        Card,
    };
    Q_ENUM(Kind)

    enum Role {
        KindRole = Qt::UserRole + 1, // Kind as int
        IdRole,                      // qint64: column, group or card id
        TextRole,                    // the real text (card text, group name, column title), even when hidden
        AuthorRole,                  // card author
        NotesRole,                   // card or group notes
        VotesRole,                   // int: total dots on the card/group (columns: sum of their items)
        HiddenRole,                  // bool: a card collected hidden and not revealed (DisplayRole masks it)
        PromptRole,                  // column prompt
        ColumnIdRole,                // qint64: the column the item is in
        GroupIdRole,                 // qint64: a card's group (0: none)
        PositionRole,                // int: stored position
        CardCountRole,               // int: cards in a column (all) or group
    };

    enum class SortMode {
        BoardOrder,
        ByVotes,
    };

    static QString mimeType();

    // `document` (may be null for read-only use) receives the drops as undo commands.
    RetroBoardModel(RetroStore& store, qint64 retroId, RetroDocument* document, QObject* parent = nullptr);
    ~RetroBoardModel() override;

    bool reload();
    QString lastError() const { return m_lastError; }
    qint64 retroId() const { return m_retroId; }

    void setSortMode(SortMode mode);
    SortMode sortMode() const { return m_sortMode; }

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Edits (EditRole/DisplayRole) a card's text or a group's name through an undo command.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QHash<int, QByteArray> roleNames() const override;

    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(
        const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) const override;
    bool
    dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) override;

    // Lookups for views and tests.
    QModelIndex columnIndex(qint64 columnId) const;
    QModelIndex cardIndex(qint64 cardId) const;
    QModelIndex groupIndex(qint64 groupId) const;
    QModelIndex indexOf(const RetroItemRef& ref) const;
    RetroItemRef refAt(const QModelIndex& index) const; // invalid ref for columns
    Kind kindAt(const QModelIndex& index) const;
    int cardCount() const { return static_cast<int>(m_cards.size()); }
    QList<RetroColumn> boardColumns() const;

private:
    struct Node;
    Node* nodeAt(const QModelIndex& index) const;
    QModelIndex indexFor(const Node* node) const;
    int rowOf(const Node* node) const;
    Node* containerFor(qint64 columnId, qint64 groupId) const;
    bool lessThan(const Node* a, const Node* b) const;
    int sortedRow(const Node* parent, const Node* node, int skipRow) const;
    int storedPosition(const Node* node) const;
    void setStoredPosition(Node* node, int position);
    void shiftPositions(Node* container, int from, int delta, const Node* except);
    int votesOf(const Node* node) const;
    void resortChildren(Node* parent);

    void onCardAdded(qint64 retroId, qint64 cardId, qint64 columnId, qint64 groupId, int position);
    void onCardRemoved(qint64 retroId, qint64 cardId, qint64 columnId, qint64 groupId, int position);
    void onCardChanged(qint64 retroId, qint64 cardId, RetroCardField field);
    void onCardMoved(qint64 retroId,
                     qint64 cardId,
                     qint64 fromColumnId,
                     qint64 fromGroupId,
                     int fromPosition,
                     qint64 toColumnId,
                     qint64 toGroupId,
                     int toPosition);
    void onGroupAdded(qint64 retroId, qint64 groupId, qint64 columnId, int position);
    void onGroupRemoved(qint64 retroId, qint64 groupId, qint64 columnId, int position);
    void onGroupChanged(qint64 retroId, qint64 groupId, RetroGroupField field);
    void onVotesChanged(qint64 retroId, const RetroItemRef& target);
    void onRetroChanged(qint64 retroId, RetroField field);

    RetroStore& m_store;
    qint64 m_retroId;
    RetroDocument* m_document;
    SortMode m_sortMode = SortMode::BoardOrder;
    bool m_hidden = false;
    std::unique_ptr<Node> m_root;
    QHash<qint64, Node*> m_columnNodes;
    QHash<qint64, Node*> m_groupNodes;
    QHash<qint64, Node*> m_cardNodes;
    QHash<qint64, RetroColumn> m_columns;
    QHash<qint64, RetroGroup> m_groups;
    QHash<qint64, RetroCard> m_cards;
    QHash<RetroItemRef, int> m_votes;
    QString m_lastError;
};
