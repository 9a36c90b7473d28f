#include "models/RetroDiscussionModel.h"

#include "document/RetroDocument.h"
#include "storage/RetroStore.h"

#include <QTimer>

RetroDiscussionModel::RetroDiscussionModel(RetroDocument& document, QObject* parent)
    : QAbstractListModel(parent)
    , m_document(document)
{
    RetroStore& store = m_document.store();
    const qint64 retroId = m_document.id();
    auto mine = [this, retroId](qint64 id) {
        if (id == retroId) {
            scheduleReload();
        }
    };
    connect(&store, &RetroStore::cardAdded, this, mine);
    connect(&store, &RetroStore::cardRemoved, this, mine);
    connect(&store, &RetroStore::cardChanged, this, mine);
    connect(&store, &RetroStore::cardMoved, this, mine);
    connect(&store, &RetroStore::groupAdded, this, mine);
    connect(&store, &RetroStore::groupRemoved, this, mine);
    connect(&store, &RetroStore::groupChanged, this, mine);
    connect(&store, &RetroStore::votesChanged, this, mine);
    connect(&store, &RetroStore::retroAdded, this, mine);
    reload();
}

void RetroDiscussionModel::scheduleReload()
{
    // A board edit emits several signals in a row: rebuild once after them.
    if (m_reloadPending) {
        return;
    }
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_reloadPending) {
            reload();
        }
    });
}

void RetroDiscussionModel::reload()
{
    m_reloadPending = false;
    const int oldCurrent = currentRow();
    beginResetModel();
    m_items = m_document.discussionOrder();
    endResetModel();
    if (currentRow() < 0 && !m_items.isEmpty() && m_current.isValid()) {
        m_current = {};
    }
    if (currentRow() != oldCurrent) {
        emit currentChanged(currentRow());
    }
}

int RetroDiscussionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

QVariant RetroDiscussionModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size()) {
        return {};
    }
    const RetroDiscussionItem& item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return item.text;
    case KindRole:
        return static_cast<int>(item.ref.kind);
    case IdRole:
        return item.ref.id;
    case CardsRole:
        return item.cards;
    case NotesRole:
        return item.notes;
    case VotesRole:
        return item.votes;
    case ColumnTitleRole:
        return item.columnTitle;
    case CurrentRole:
        return item.ref == m_current;
    default:
        return {};
    }
}

QHash<int, QByteArray> RetroDiscussionModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(IdRole, "itemId");
    names.insert(TextRole, "text");
    names.insert(CardsRole, "cards");
    names.insert(NotesRole, "notes");
    names.insert(VotesRole, "votes");
    names.insert(ColumnTitleRole, "columnTitle");
    names.insert(CurrentRole, "current");
    return names;
}

int RetroDiscussionModel::rowOf(const RetroItemRef& ref) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items[i].ref == ref) {
            return i;
        }
    }
    return -1;
}

int RetroDiscussionModel::currentRow() const
{
    return m_current.isValid() ? rowOf(m_current) : -1;
}

void RetroDiscussionModel::setCurrentRow(int row)
{
    const int old = currentRow();
    const RetroItemRef next = row >= 0 && row < m_items.size() ? m_items[row].ref : RetroItemRef {};
    if (next == m_current) {
        return;
    }
    m_current = next;
    if (old >= 0) {
        emit dataChanged(index(old), index(old), {CurrentRole});
    }
    const int now = currentRow();
    if (now >= 0) {
        emit dataChanged(index(now), index(now), {CurrentRole});
    }
    emit currentChanged(now);
}

bool RetroDiscussionModel::next()
{
    const int row = currentRow();
    if (row + 1 >= m_items.size()) {
        return false;
    }
    setCurrentRow(row + 1);
    return true;
}

bool RetroDiscussionModel::previous()
{
    const int row = currentRow();
    if (row <= 0) {
        return false;
    }
    setCurrentRow(row - 1);
    return true;
}
