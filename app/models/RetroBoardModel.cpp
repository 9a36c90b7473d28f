#include "models/RetroBoardModel.h"

#include "document/RetroDocument.h"
#include "storage/RetroStore.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

#include <algorithm>

struct RetroBoardModel::Node
{
    Kind kind = Kind::Column;
    qint64 id = 0;
    Node* parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
};

QString RetroBoardModel::mimeType()
{
    return QStringLiteral("application/x-kintsugi-retro-cards");
}

RetroBoardModel::RetroBoardModel(RetroStore& store, qint64 retroId, RetroDocument* document, QObject* parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_retroId(retroId)
    , m_document(document)
    , m_root(std::make_unique<Node>())
{
    connect(&m_store, &RetroStore::cardAdded, this, &RetroBoardModel::onCardAdded);
    connect(&m_store, &RetroStore::cardRemoved, this, &RetroBoardModel::onCardRemoved);
    connect(&m_store, &RetroStore::cardChanged, this, &RetroBoardModel::onCardChanged);
    connect(&m_store, &RetroStore::cardMoved, this, &RetroBoardModel::onCardMoved);
    connect(&m_store, &RetroStore::groupAdded, this, &RetroBoardModel::onGroupAdded);
    connect(&m_store, &RetroStore::groupRemoved, this, &RetroBoardModel::onGroupRemoved);
    connect(&m_store, &RetroStore::groupChanged, this, &RetroBoardModel::onGroupChanged);
    connect(&m_store, &RetroStore::votesChanged, this, &RetroBoardModel::onVotesChanged);
    connect(&m_store, &RetroStore::retroChanged, this, &RetroBoardModel::onRetroChanged);
    connect(&m_store, &RetroStore::retroAdded, this, [this](qint64 id) {
        if (id == m_retroId) {
            reload();
        }
    });
    reload();
}

RetroBoardModel::~RetroBoardModel() = default;

bool RetroBoardModel::reload()
{
    auto retro = m_store.retro(m_retroId);
    auto columns = m_store.columns(m_retroId);
    auto groups = m_store.groups(m_retroId);
    auto cards = m_store.cards(m_retroId);
    auto votes = m_store.votes(m_retroId);
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_columnNodes.clear();
    m_groupNodes.clear();
    m_cardNodes.clear();
    m_columns.clear();
    m_groups.clear();
    m_cards.clear();
    m_votes.clear();
    m_lastError.clear();
    const bool ok = retro && columns && groups && cards && votes;
    if (!ok) {
        m_lastError = !retro     ? retro.error()
                      : !columns ? columns.error()
                      : !groups  ? groups.error()
                      : !cards   ? cards.error()
                                 : votes.error();
    } else {
        m_hidden = retro->cardsHidden();
        m_columns.reserve(columns->size());
        for (const RetroColumn& c : columns.value()) {
            m_columns.insert(c.id, c);
            auto node = std::make_unique<Node>();
            node->kind = Kind::Column;
            node->id = c.id;
            node->parent = m_root.get();
            m_columnNodes.insert(c.id, node.get());
            m_root->children.push_back(std::move(node));
        }
        for (const RetroVote& v : votes.value()) {
            m_votes[v.target] += v.dots;
        }
        for (const RetroGroup& g : groups.value()) {
            Node* column = m_columnNodes.value(g.columnId);
            if (!column) {
                continue;
            }
            m_groups.insert(g.id, g);
            auto node = std::make_unique<Node>();
            node->kind = Kind::Group;
            node->id = g.id;
            node->parent = column;
            m_groupNodes.insert(g.id, node.get());
            column->children.push_back(std::move(node));
        }
        m_cards.reserve(cards->size());
        m_cardNodes.reserve(cards->size());
        for (const RetroCard& c : cards.value()) {
            Node* container = containerFor(c.columnId, c.groupId);
            if (!container) {
                continue;
            }
            m_cards.insert(c.id, c);
            auto node = std::make_unique<Node>();
            node->kind = Kind::Card;
            node->id = c.id;
            node->parent = container;
            m_cardNodes.insert(c.id, node.get());
            container->children.push_back(std::move(node));
        }
        auto sortAll = [this](Node* parent) {
            std::stable_sort(parent->children.begin(),
                             parent->children.end(),
                             [this](const std::unique_ptr<Node>& a, const std::unique_ptr<Node>& b) {
                                 return lessThan(a.get(), b.get());
                             });
        };
        for (auto& column : m_root->children) {
            sortAll(column.get());
            for (auto& item : column->children) {
                if (item->kind == Kind::Group) {
                    sortAll(item.get());
                }
            }
        }
    }
    endResetModel();
    return ok;
}

// ---------------------------------------------------------------- structure helpers

RetroBoardModel::Node* RetroBoardModel::nodeAt(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

int RetroBoardModel::rowOf(const Node* node) const
{
    if (!node || !node->parent) {
        return -1;
    }
    const auto& siblings = node->parent->children;
    for (size_t i = 0; i < siblings.size(); ++i) {
        if (siblings[i].get() == node) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

QModelIndex RetroBoardModel::indexFor(const Node* node) const
{
    if (!node || node == m_root.get()) {
        return {};
    }
    return createIndex(rowOf(node), 0, const_cast<Node*>(node));
}

RetroBoardModel::Node* RetroBoardModel::containerFor(qint64 columnId, qint64 groupId) const
{
    return groupId > 0 ? m_groupNodes.value(groupId) : m_columnNodes.value(columnId);
}

int RetroBoardModel::storedPosition(const Node* node) const
{
    switch (node->kind) {
    case Kind::Column:
        return m_columns.value(node->id).position;
    case Kind::Group:
        return m_groups.value(node->id).position;
    case Kind::Card:
        return m_cards.value(node->id).position;
    }
    return 0;
}

void RetroBoardModel::setStoredPosition(Node* node, int position)
{
    if (node->kind == Kind::Group) {
        m_groups[node->id].position = position;
    } else if (node->kind == Kind::Card) {
        m_cards[node->id].position = position;
    }
}

void RetroBoardModel::shiftPositions(Node* container, int from, int delta, const Node* except)
{
    for (auto& child : container->children) {
        if (child.get() == except) {
            continue;
        }
        const int position = storedPosition(child.get());
        if (position >= from) {
            setStoredPosition(child.get(), position + delta);
        }
    }
}

int RetroBoardModel::votesOf(const Node* node) const
{
    switch (node->kind) {
    case Kind::Card:
        return m_votes.value(RetroItemRef::card(node->id));
    case Kind::Group: {
        int n = m_votes.value(RetroItemRef::group(node->id));
        for (const auto& child : node->children) {
            n += m_votes.value(RetroItemRef::card(child->id));
        }
        return n;
    }
    case Kind::Column: {
        int n = 0;
        for (const auto& child : node->children) {
            n += votesOf(child.get());
        }
        return n;
    }
    }
    return 0;
}

bool RetroBoardModel::lessThan(const Node* a, const Node* b) const
{
    if (m_sortMode == SortMode::ByVotes && a->kind != Kind::Column) {
        const int va = votesOf(a);
        const int vb = votesOf(b);
        if (va != vb) {
            return va > vb;
        }
    }
    return storedPosition(a) < storedPosition(b);
}

int RetroBoardModel::sortedRow(const Node* parent, const Node* node, int skipRow) const
{
    int row = 0;
    for (size_t i = 0; i < parent->children.size(); ++i) {
        const Node* child = parent->children[i].get();
        if (static_cast<int>(i) == skipRow || child == node) {
            continue;
        }
        if (lessThan(node, child)) {
            break;
        }
        ++row;
    }
    return row;
}

void RetroBoardModel::resortChildren(Node* parent)
{
    std::vector<Node*> order;
    order.reserve(parent->children.size());
    for (const auto& child : parent->children) {
        order.push_back(child.get());
    }
    std::vector<Node*> sorted = order;
    std::stable_sort(sorted.begin(), sorted.end(), [this](const Node* a, const Node* b) { return lessThan(a, b); });
    if (sorted == order) {
        return;
    }
    const QModelIndex parentIndex = indexFor(parent);
    emit layoutAboutToBeChanged({QPersistentModelIndex(parentIndex)}, QAbstractItemModel::VerticalSortHint);
    QHash<const Node*, int> newRow;
    newRow.reserve(static_cast<qsizetype>(sorted.size()));
    for (size_t i = 0; i < sorted.size(); ++i) {
        newRow.insert(sorted[i], static_cast<int>(i));
    }
    std::vector<std::unique_ptr<Node>> children(parent->children.size());
    for (auto& child : parent->children) {
        const int row = newRow.value(child.get());
        children[static_cast<size_t>(row)] = std::move(child);
    }
    parent->children = std::move(children);
    const QModelIndexList persistent = persistentIndexList();
    for (const QModelIndex& index : persistent) {
        const Node* node = static_cast<const Node*>(index.internalPointer());
        if (node && node->parent == parent) {
            changePersistentIndex(index, createIndex(newRow.value(node), index.column(), index.internalPointer()));
        }
    }
    emit layoutChanged({QPersistentModelIndex(parentIndex)}, QAbstractItemModel::VerticalSortHint);
}

void RetroBoardModel::setSortMode(SortMode mode)
{
    if (mode == m_sortMode) {
        return;
    }
    m_sortMode = mode;
    for (auto& column : m_root->children) {
        for (auto& item : column->children) {
            if (item->kind == Kind::Group) {
                resortChildren(item.get());
            }
        }
        resortChildren(column.get());
    }
}

// ---------------------------------------------------------------- QAbstractItemModel

QModelIndex RetroBoardModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0 || (parent.isValid() && parent.column() != 0)) {
        return {};
    }
    const Node* node = nodeAt(parent);
    if (!node || row >= static_cast<int>(node->children.size())) {
        return {};
    }
    return createIndex(row, 0, node->children[static_cast<size_t>(row)].get());
}

QModelIndex RetroBoardModel::parent(const QModelIndex& child) const
{
    if (!child.isValid()) {
        return {};
    }
    const Node* node = nodeAt(child);
    return indexFor(node->parent);
}

int RetroBoardModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0) {
        return 0;
    }
    const Node* node = nodeAt(parent);
    return node ? static_cast<int>(node->children.size()) : 0;
}

int RetroBoardModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent);
    return 1;
}

QVariant RetroBoardModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const Node* node = nodeAt(index);
    switch (role) {
    case KindRole:
        return static_cast<int>(node->kind);
    case IdRole:
        return node->id;
    case VotesRole:
        return votesOf(node);
    case PositionRole:
        return storedPosition(node);
    default:
        break;
    }
    switch (node->kind) {
    case Kind::Column: {
        const RetroColumn& c = m_columns[node->id];
        switch (role) {
        case Qt::DisplayRole:
        case TextRole:
            return c.title;
        case Qt::ToolTipRole:
        case PromptRole:
            return c.prompt;
        case ColumnIdRole:
            return c.id;
        case GroupIdRole:
            return qint64(0);
        case CardCountRole: {
            int n = 0;
            for (const auto& child : node->children) {
                n += child->kind == Kind::Card ? 1 : static_cast<int>(child->children.size());
            }
            return n;
        }
        case HiddenRole:
            return false;
        default:
            return {};
        }
    }
    case Kind::Group: {
        const RetroGroup& g = m_groups[node->id];
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
        case TextRole:
            return g.name;
        case NotesRole:
            return g.notes;
        case ColumnIdRole:
            return g.columnId;
        case GroupIdRole:
            return g.id;
        case CardCountRole:
            return static_cast<int>(node->children.size());
        case HiddenRole:
            return false;
        default:
            return {};
        }
    }
    case Kind::Card: {
        const RetroCard& c = m_cards[node->id];
        switch (role) {
        case Qt::DisplayRole:
            return m_hidden ? QCoreApplication::translate("RetroBoardModel", "Hidden card") : c.text;
        case Qt::EditRole:
        case TextRole:
            return c.text;
        case AuthorRole:
            return c.author;
        case NotesRole:
            return c.notes;
        case HiddenRole:
            return m_hidden;
        case ColumnIdRole:
            return c.columnId;
        case GroupIdRole:
            return c.groupId;
        case Qt::ToolTipRole:
            return m_hidden || c.author.isEmpty() ? QVariant() : QVariant(c.author);
        default:
            return {};
        }
    }
    }
    return {};
}

Qt::ItemFlags RetroBoardModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
    const Node* node = nodeAt(index);
    if (node->kind == Kind::Card) {
        f |= Qt::ItemIsDragEnabled;
    }
    if (node->kind != Kind::Column && m_document && !m_store.isReadOnly()) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

bool RetroBoardModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !m_document || (role != Qt::EditRole && role != Qt::DisplayRole)) {
        return false;
    }
    const Node* node = nodeAt(index);
    if (node->kind == Kind::Card) {
        return m_document->editCard(node->id, RetroCardField::Text, value.toString()).ok();
    }
    if (node->kind == Kind::Group) {
        return m_document->editGroup(node->id, RetroGroupField::Name, value.toString()).ok();
    }
    return false;
}

QHash<int, QByteArray> RetroBoardModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(IdRole, "itemId");
    names.insert(TextRole, "text");
    names.insert(AuthorRole, "author");
    names.insert(NotesRole, "notes");
    names.insert(VotesRole, "votes");
    names.insert(HiddenRole, "hidden");
    names.insert(PromptRole, "prompt");
    names.insert(ColumnIdRole, "columnId");
    names.insert(GroupIdRole, "groupId");
    names.insert(PositionRole, "position");
    names.insert(CardCountRole, "cardCount");
    return names;
}

// ---------------------------------------------------------------- drag and drop

Qt::DropActions RetroBoardModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions RetroBoardModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList RetroBoardModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData* RetroBoardModel::mimeData(const QModelIndexList& indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex& index : indexes) {
        const Node* node = nodeAt(index);
        if (index.isValid() && node->kind == Kind::Card && !ids.contains(node->id)) {
            ids << node->id;
        }
    }
    if (ids.isEmpty()) {
        return nullptr;
    }
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << m_retroId << ids;
    auto* data = new QMimeData;
    data->setData(mimeType(), bytes);
    return data;
}

namespace {
QList<qint64> decodeCards(const QMimeData* data, qint64 retroId)
{
    if (!data || !data->hasFormat(RetroBoardModel::mimeType())) {
        return {};
    }
    QDataStream in(data->data(RetroBoardModel::mimeType()));
    qint64 from = 0;
    QList<qint64> ids;
    in >> from >> ids;
    if (in.status() != QDataStream::Ok || from != retroId) {
        return {};
    }
    return ids;
}
} // namespace

bool RetroBoardModel::canDropMimeData(
    const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) const
{
    Q_UNUSED(row);
    Q_UNUSED(column);
    if (action != Qt::MoveAction || !parent.isValid() || !m_document) {
        return false;
    }
    const QList<qint64> ids = decodeCards(data, m_retroId);
    if (ids.isEmpty()) {
        return false;
    }
    const Node* target = nodeAt(parent);
    return !(target->kind == Kind::Card && ids.contains(target->id) && ids.size() == 1);
}

bool RetroBoardModel::dropMimeData(
    const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent)) {
        return false;
    }
    const QList<qint64> ids = decodeCards(data, m_retroId);
    const Node* target = nodeAt(parent);
    switch (target->kind) {
    case Kind::Card:
        return m_document->groupCards(target->id, ids).ok();
    case Kind::Group:
        return m_document->addToGroup(ids, target->id).ok();
    case Kind::Column: {
        int position = -1;
        if (row >= 0 && row < static_cast<int>(target->children.size())) {
            position = storedPosition(target->children[static_cast<size_t>(row)].get());
        }
        return m_document->moveToColumn(ids, target->id, position).ok();
    }
    }
    return false;
}

// ---------------------------------------------------------------- lookups

QModelIndex RetroBoardModel::columnIndex(qint64 columnId) const
{
    return indexFor(m_columnNodes.value(columnId));
}

QModelIndex RetroBoardModel::cardIndex(qint64 cardId) const
{
    return indexFor(m_cardNodes.value(cardId));
}

QModelIndex RetroBoardModel::groupIndex(qint64 groupId) const
{
    return indexFor(m_groupNodes.value(groupId));
}

QModelIndex RetroBoardModel::indexOf(const RetroItemRef& ref) const
{
    return ref.isCard() ? cardIndex(ref.id) : groupIndex(ref.id);
}

RetroItemRef RetroBoardModel::refAt(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return {};
    }
    const Node* node = nodeAt(index);
    switch (node->kind) {
    case Kind::Card:
        return RetroItemRef::card(node->id);
    case Kind::Group:
        return RetroItemRef::group(node->id);
    case Kind::Column:
        break;
    }
    return {};
}

RetroBoardModel::Kind RetroBoardModel::kindAt(const QModelIndex& index) const
{
    return index.isValid() ? nodeAt(index)->kind : Kind::Column;
}

QList<RetroColumn> RetroBoardModel::boardColumns() const
{
    QList<RetroColumn> list;
    for (const auto& node : m_root->children) {
        list << m_columns.value(node->id);
    }
    return list;
}

// ---------------------------------------------------------------- store signals

namespace {
const QList<int> CountRoles = {RetroBoardModel::VotesRole, RetroBoardModel::CardCountRole};
}

void RetroBoardModel::onCardAdded(qint64 retroId, qint64 cardId, qint64 columnId, qint64 groupId, int position)
{
    if (retroId != m_retroId) {
        return;
    }
    Node* container = containerFor(columnId, groupId);
    auto card = m_store.card(cardId);
    if (!container || !card) {
        reload();
        return;
    }
    shiftPositions(container, position, 1, nullptr);
    m_cards.insert(cardId, card.value());
    auto node = std::make_unique<Node>();
    node->kind = Kind::Card;
    node->id = cardId;
    node->parent = container;
    const int row = sortedRow(container, node.get(), -1);
    beginInsertRows(indexFor(container), row, row);
    m_cardNodes.insert(cardId, node.get());
    container->children.insert(container->children.begin() + row, std::move(node));
    endInsertRows();
    for (Node* n = container; n && n != m_root.get(); n = n->parent) {
        const QModelIndex index = indexFor(n);
        emit dataChanged(index, index, CountRoles);
    }
}

void RetroBoardModel::onCardRemoved(qint64 retroId, qint64 cardId, qint64 columnId, qint64 groupId, int position)
{
    Q_UNUSED(columnId);
    Q_UNUSED(groupId);
    if (retroId != m_retroId) {
        return;
    }
    Node* node = m_cardNodes.value(cardId);
    if (!node) {
        return;
    }
    Node* container = node->parent;
    const int row = rowOf(node);
    beginRemoveRows(indexFor(container), row, row);
    m_cardNodes.remove(cardId);
    m_cards.remove(cardId);
    m_votes.remove(RetroItemRef::card(cardId));
    container->children.erase(container->children.begin() + row);
    endRemoveRows();
    shiftPositions(container, position + 1, -1, nullptr);
    for (Node* n = container; n && n != m_root.get(); n = n->parent) {
        const QModelIndex index = indexFor(n);
        emit dataChanged(index, index, CountRoles);
    }
    if (m_sortMode == SortMode::ByVotes && container->kind == Kind::Group) {
        resortChildren(container->parent);
    }
}

void RetroBoardModel::onCardChanged(qint64 retroId, qint64 cardId, RetroCardField field)
{
    if (retroId != m_retroId || !m_cardNodes.contains(cardId)) {
        return;
    }
    auto card = m_store.card(cardId);
    if (!card) {
        return;
    }
    m_cards.insert(cardId, card.value());
    const QModelIndex index = cardIndex(cardId);
    switch (field) {
    case RetroCardField::Text:
        emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, TextRole});
        break;
    case RetroCardField::Author:
        emit dataChanged(index, index, {AuthorRole, Qt::ToolTipRole});
        break;
    case RetroCardField::Notes:
        emit dataChanged(index, index, {NotesRole});
        break;
    }
}

void RetroBoardModel::onCardMoved(qint64 retroId,
                                  qint64 cardId,
                                  qint64 fromColumnId,
                                  qint64 fromGroupId,
                                  int fromPosition,
                                  qint64 toColumnId,
                                  qint64 toGroupId,
                                  int toPosition)
{
    Q_UNUSED(fromColumnId);
    Q_UNUSED(fromGroupId);
    if (retroId != m_retroId) {
        return;
    }
    Node* node = m_cardNodes.value(cardId);
    Node* to = containerFor(toColumnId, toGroupId);
    if (!node || !to) {
        reload();
        return;
    }
    Node* from = node->parent;
    const int fromRow = rowOf(node);
    shiftPositions(from, fromPosition + 1, -1, node);
    shiftPositions(to, toPosition, 1, node);
    RetroCard& card = m_cards[cardId];
    card.columnId = toColumnId;
    card.groupId = toGroupId;
    card.position = toPosition;
    const int row = sortedRow(to, node, from == to ? fromRow : -1);
    if (from == to) {
        if (row != fromRow) {
            const int destination = row > fromRow ? row + 1 : row;
            const QModelIndex parentIndex = indexFor(from);
            beginMoveRows(parentIndex, fromRow, fromRow, parentIndex, destination);
            auto owned = std::move(from->children[static_cast<size_t>(fromRow)]);
            from->children.erase(from->children.begin() + fromRow);
            from->children.insert(from->children.begin() + row, std::move(owned));
            endMoveRows();
        }
    } else {
        beginMoveRows(indexFor(from), fromRow, fromRow, indexFor(to), row);
        auto owned = std::move(from->children[static_cast<size_t>(fromRow)]);
        from->children.erase(from->children.begin() + fromRow);
        node->parent = to;
        to->children.insert(to->children.begin() + row, std::move(owned));
        endMoveRows();
    }
    const QModelIndex index = cardIndex(cardId);
    emit dataChanged(index, index, {ColumnIdRole, GroupIdRole, PositionRole});
    for (Node* container : {from, to}) {
        for (Node* n = container; n && n != m_root.get(); n = n->parent) {
            const QModelIndex at = indexFor(n);
            emit dataChanged(at, at, CountRoles);
        }
    }
    if (m_sortMode == SortMode::ByVotes) {
        for (Node* container : {from, to}) {
            if (container->kind == Kind::Group) {
                resortChildren(container->parent);
            }
        }
    }
}

void RetroBoardModel::onGroupAdded(qint64 retroId, qint64 groupId, qint64 columnId, int position)
{
    if (retroId != m_retroId) {
        return;
    }
    Node* column = m_columnNodes.value(columnId);
    auto group = m_store.group(groupId);
    if (!column || !group) {
        reload();
        return;
    }
    shiftPositions(column, position, 1, nullptr);
    m_groups.insert(groupId, group.value());
    auto node = std::make_unique<Node>();
    node->kind = Kind::Group;
    node->id = groupId;
    node->parent = column;
    const int row = sortedRow(column, node.get(), -1);
    beginInsertRows(indexFor(column), row, row);
    m_groupNodes.insert(groupId, node.get());
    column->children.insert(column->children.begin() + row, std::move(node));
    endInsertRows();
}

void RetroBoardModel::onGroupRemoved(qint64 retroId, qint64 groupId, qint64 columnId, int position)
{
    Q_UNUSED(columnId);
    if (retroId != m_retroId) {
        return;
    }
    Node* node = m_groupNodes.value(groupId);
    if (!node) {
        return;
    }
    if (!node->children.empty()) {
        reload();
        return;
    }
    Node* column = node->parent;
    const int row = rowOf(node);
    beginRemoveRows(indexFor(column), row, row);
    m_groupNodes.remove(groupId);
    m_groups.remove(groupId);
    m_votes.remove(RetroItemRef::group(groupId));
    column->children.erase(column->children.begin() + row);
    endRemoveRows();
    shiftPositions(column, position + 1, -1, nullptr);
    const QModelIndex index = indexFor(column);
    emit dataChanged(index, index, CountRoles);
}

void RetroBoardModel::onGroupChanged(qint64 retroId, qint64 groupId, RetroGroupField field)
{
    if (retroId != m_retroId || !m_groupNodes.contains(groupId)) {
        return;
    }
    auto group = m_store.group(groupId);
    if (!group) {
        return;
    }
    m_groups.insert(groupId, group.value());
    const QModelIndex index = groupIndex(groupId);
    if (field == RetroGroupField::Name) {
        emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, TextRole});
    } else {
        emit dataChanged(index, index, {NotesRole});
    }
}

void RetroBoardModel::onVotesChanged(qint64 retroId, const RetroItemRef& target)
{
    if (retroId != m_retroId) {
        return;
    }
    auto votes = m_store.votes(m_retroId);
    if (!votes) {
        return;
    }
    int total = 0;
    for (const RetroVote& v : votes.value()) {
        if (v.target == target) {
            total += v.dots;
        }
    }
    if (total == 0) {
        m_votes.remove(target);
    } else {
        m_votes.insert(target, total);
    }
    Node* node = target.isCard() ? m_cardNodes.value(target.id) : m_groupNodes.value(target.id);
    if (!node) {
        return;
    }
    for (Node* n = node; n && n != m_root.get(); n = n->parent) {
        const QModelIndex index = indexFor(n);
        emit dataChanged(index, index, {VotesRole});
    }
    if (m_sortMode == SortMode::ByVotes) {
        for (Node* n = node->parent; n && n != m_root.get(); n = n->parent) {
            resortChildren(n);
        }
    }
}

void RetroBoardModel::onRetroChanged(qint64 retroId, RetroField field)
{
    if (retroId != m_retroId || (field != RetroField::CollectHidden && field != RetroField::Revealed)) {
        return;
    }
    auto retro = m_store.retro(m_retroId);
    if (!retro || retro->cardsHidden() == m_hidden) {
        return;
    }
    m_hidden = retro->cardsHidden();
    const QList<int> roles = {Qt::DisplayRole, Qt::ToolTipRole, HiddenRole};
    auto announce = [this, &roles](Node* container) {
        if (!container->children.empty()) {
            emit dataChanged(
                indexFor(container->children.front().get()), indexFor(container->children.back().get()), roles);
        }
    };
    for (auto& column : m_root->children) {
        announce(column.get());
        for (auto& item : column->children) {
            if (item->kind == Kind::Group) {
                announce(item.get());
            }
        }
    }
}
