#include "models/CauseTreeModel.h"

#include "commands/AddCauseCommand.h"
#include "commands/EditCauseCommand.h"
#include "commands/MoveCauseCommand.h"
#include "commands/RemoveCauseSubtreeCommand.h"
#include "storage/CauseStore.h"

#include <QBrush>
#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QUndoStack>

namespace {
CauseField fieldFor(int column)
{
    switch (column) {
    case CauseTreeModel::TypeColumn:
        return CauseField::Type;
    case CauseTreeModel::CategoryColumn:
        return CauseField::Category;
    case CauseTreeModel::EvidenceColumn:
        return CauseField::Evidence;
    default:
        return CauseField::Statement;
    }
}

int columnFor(CauseField field)
{
    switch (field) {
    case CauseField::Statement:
        return CauseTreeModel::StatementColumn;
    case CauseField::Type:
        return CauseTreeModel::TypeColumn;
    case CauseField::Category:
        return CauseTreeModel::CategoryColumn;
    case CauseField::Evidence:
        return CauseTreeModel::EvidenceColumn;
    }
    return CauseTreeModel::StatementColumn;
}
} // namespace

CauseTreeModel::CauseTreeModel(CauseStore& store, qint64 storyId, QUndoStack* undoStack, QObject* parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_storyId(storyId)
    , m_undoStack(undoStack)
{
    connect(&m_store, &CauseStore::nodeInserted, this, &CauseTreeModel::onNodeInserted);
    connect(&m_store, &CauseStore::nodeChanged, this, &CauseTreeModel::onNodeChanged);
    connect(&m_store, &CauseStore::nodeMoved, this, &CauseTreeModel::onNodeMoved);
    connect(&m_store, &CauseStore::nodeRemoved, this, &CauseTreeModel::onNodeRemoved);
    connect(&m_store, &CauseStore::categoryRenamed, this, &CauseTreeModel::onCategoryRenamed);
    connect(&m_store, &CauseStore::categoryAdded, this, &CauseTreeModel::loadCategories);
    connect(&m_store, &CauseStore::categoryMoved, this, &CauseTreeModel::loadCategories);
    connect(&m_store, &CauseStore::categoryRemoved, this, &CauseTreeModel::loadCategories);
    loadCategories();
    (void)reload();
}

CauseTreeModel::~CauseTreeModel() = default;

Status CauseTreeModel::reload()
{
    auto nodes = m_store.nodes(m_storyId);
    beginResetModel();
    m_root.children.clear();
    m_items.clear();
    if (nodes) {
        m_items.reserve(nodes->size());
        std::vector<std::unique_ptr<Item>> owned;
        owned.reserve(static_cast<size_t>(nodes->size()));
        for (const CauseNode& n : nodes.value()) {
            auto item = std::make_unique<Item>();
            item->node = n;
            m_items.insert(n.id, item.get());
            owned.push_back(std::move(item));
        }
        // Ordered by parent and position: appending keeps each sibling list in order. A node whose
        // parent is missing (cannot happen with foreign keys on) is shown at the top level.
        for (auto& item : owned) {
            Item* parent = item->node.parentId > 0 ? m_items.value(item->node.parentId, &m_root) : &m_root;
            item->parent = parent;
            item->row = static_cast<int>(parent->children.size());
            parent->children.push_back(std::move(item));
        }
    }
    endResetModel();
    if (!nodes) {
        return Status::failure(nodes.error());
    }
    return {};
}

void CauseTreeModel::loadCategories()
{
    if (auto list = m_store.categories()) {
        m_categories = list.value();
    }
    // Removing a category changes its nodes: the store reports those (nodeChanged).
    emit categoriesChanged();
}

void CauseTreeModel::onCategoryRenamed(qint64 id)
{
    loadCategories();
    for (Item* item : std::as_const(m_items)) {
        if (item->node.categoryId == id) {
            const QModelIndex i = indexOf(item, CategoryColumn);
            emit dataChanged(i, i, {Qt::DisplayRole});
        }
    }
}

QString CauseTreeModel::categoryName(qint64 id) const
{
    for (const CauseCategory& c : m_categories) {
        if (c.id == id) {
            return c.name;
        }
    }
    return {};
}

bool CauseTreeModel::isReadOnly() const
{
    return m_store.isReadOnly() || !m_undoStack;
}

CauseTreeModel::Item* CauseTreeModel::itemAt(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return const_cast<Item*>(&m_root);
    }
    return static_cast<Item*>(index.internalPointer());
}

QModelIndex CauseTreeModel::indexOf(Item* item, int column) const
{
    if (!item || item == &m_root) {
        return {};
    }
    return createIndex(item->row, column, item);
}

CauseTreeModel::Item* CauseTreeModel::itemForId(qint64 id) const
{
    if (id <= 0) {
        return const_cast<Item*>(&m_root);
    }
    return m_items.value(id, nullptr);
}

QModelIndex CauseTreeModel::indexForId(qint64 id, int column) const
{
    Item* item = m_items.value(id, nullptr);
    return item ? indexOf(item, column) : QModelIndex();
}

qint64 CauseTreeModel::idAt(const QModelIndex& index)
{
    return index.isValid() ? index.data(IdRole).toLongLong() : 0;
}

CauseNode CauseTreeModel::node(qint64 id) const
{
    Item* item = m_items.value(id, nullptr);
    return item ? item->node : CauseNode();
}

QList<CauseNode> CauseTreeModel::nodesInOrder() const
{
    QList<CauseNode> list;
    list.reserve(m_items.size());
    std::vector<const Item*> stack;
    for (auto it = m_root.children.rbegin(); it != m_root.children.rend(); ++it) {
        stack.push_back(it->get());
    }
    while (!stack.empty()) {
        const Item* item = stack.back();
        stack.pop_back();
        list << item->node;
        for (auto it = item->children.rbegin(); it != item->children.rend(); ++it) {
            stack.push_back(it->get());
        }
    }
    return list;
}

QModelIndex CauseTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0)) {
        return {};
    }
    Item* p = itemAt(parent);
    if (row >= static_cast<int>(p->children.size())) {
        return {};
    }
    return createIndex(row, column, p->children[static_cast<size_t>(row)].get());
}

QModelIndex CauseTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid()) {
        return {};
    }
    return indexOf(itemAt(child)->parent);
}

int CauseTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0) {
        return 0;
    }
    return static_cast<int>(itemAt(parent)->children.size());
}

int CauseTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant CauseTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const CauseNode& n = itemAt(index)->node;
    switch (role) {
    case IdRole:
        return n.id;
    case TypeRole:
        return static_cast<int>(n.type);
    case CategoryIdRole:
        return n.categoryId;
    case StatementRole:
        return n.statement;
    case EvidenceRole:
        return n.evidence;
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case StatementColumn:
            return n.statement;
        case TypeColumn:
            return role == Qt::EditRole ? QVariant(static_cast<int>(n.type)) : QVariant(CauseNode::typeName(n.type));
        case CategoryColumn:
            return role == Qt::EditRole ? QVariant(n.categoryId) : QVariant(categoryName(n.categoryId));
        case EvidenceColumn:
            return n.evidence;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StatementColumn) {
            return CauseNode::typeStroke(n.type);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == StatementColumn && !n.evidence.isEmpty()) {
            //: Tooltip of a cause; %1 is its evidence note
            return tr("Evidence: %1").arg(n.evidence);
        }
        break;
    default:
        break;
    }
    return {};
}

bool CauseTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || isReadOnly()) {
        return false;
    }
    const CauseField field = fieldFor(index.column());
    Item* item = itemAt(index);
    QVariant newValue = value;
    if (field == CauseField::Type) {
        newValue = qBound(0, value.toInt(), static_cast<int>(CauseType::RootCause));
    } else if (field == CauseField::Category) {
        newValue = value.toLongLong();
    } else {
        newValue = value.toString();
    }
    const QVariant old = item->node.field(field);
    if (old == newValue) {
        return true;
    }
    const qint64 id = item->node.id;
    push(new EditCauseCommand(m_store, id, field, old, newValue));
    Item* after = m_items.value(id, nullptr);
    return after && after->node.field(field) == newValue;
}

Qt::ItemFlags CauseTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return isReadOnly() ? Qt::NoItemFlags : Qt::ItemIsDropEnabled;
    }
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!isReadOnly()) {
        f |= Qt::ItemIsEditable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    }
    return f;
}

QVariant CauseTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case StatementColumn:
        return tr("Statement");
    case TypeColumn:
        return tr("Type");
    case CategoryColumn:
        return tr("Category");
    case EvidenceColumn:
        return tr("Evidence");
    }
    return {};
}

QStringList CauseTreeModel::mimeTypes() const
{
    return {QString::fromLatin1(MimeType)};
}

QMimeData* CauseTreeModel::mimeData(const QModelIndexList& indexes) const
{
    // One node is dragged at a time (the views select single rows); its subtree comes with it.
    for (const QModelIndex& i : indexes) {
        if (i.isValid()) {
            QByteArray bytes;
            QDataStream stream(&bytes, QIODevice::WriteOnly);
            stream << m_storyId << itemAt(i)->node.id;
            auto* data = new QMimeData;
            data->setData(QString::fromLatin1(MimeType), bytes);
            return data;
        }
    }
    return nullptr;
}

qint64 CauseTreeModel::droppedId(const QMimeData* data, const QModelIndex& parent) const
{
    if (!data || isReadOnly() || !data->hasFormat(QString::fromLatin1(MimeType))) {
        return 0;
    }
    QDataStream stream(data->data(QString::fromLatin1(MimeType)));
    qint64 storyId = 0;
    qint64 id = 0;
    stream >> storyId >> id;
    if (stream.status() != QDataStream::Ok || storyId != m_storyId || !m_items.contains(id)) {
        return 0;
    }
    // Not onto itself or below itself.
    for (Item* p = itemAt(parent.siblingAtColumn(0)); p && p != &m_root; p = p->parent) {
        if (p->node.id == id) {
            return 0;
        }
    }
    return id;
}

bool CauseTreeModel::canDropMimeData(
    const QMimeData* data, Qt::DropAction action, int, int, const QModelIndex& parent) const
{
    return action == Qt::MoveAction && droppedId(data, parent) != 0;
}

bool CauseTreeModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int, const QModelIndex& parent)
{
    if (action == Qt::IgnoreAction) {
        return true;
    }
    const qint64 id = droppedId(data, parent);
    if (action != Qt::MoveAction || !id) {
        return false;
    }
    // The move happens here; the view's removal of the "source" rows afterwards finds nothing to
    // remove (removeRows is not supported), so nothing is lost.
    return moveNode(indexForId(id), parent.siblingAtColumn(0), row);
}

Qt::DropActions CauseTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions CauseTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

bool CauseTreeModel::push(QUndoCommand* command)
{
    if (!m_undoStack) {
        delete command;
        return false;
    }
    m_undoStack->push(command);
    return true;
}

QModelIndex CauseTreeModel::addChild(const QModelIndex& parent, const QString& statement)
{
    if (isReadOnly()) {
        return {};
    }
    Item* p = itemAt(parent.siblingAtColumn(0));
    CauseNode n;
    n.storyId = m_storyId;
    n.parentId = p == &m_root ? 0 : p->node.id;
    n.position = static_cast<int>(p->children.size());
    n.statement = statement;
    n.type = p == &m_root ? CauseType::Problem : CauseType::Cause;
    auto* command = new AddCauseCommand(m_store, n, p == &m_root ? tr("Add problem") : tr("Ask “Why?”"));
    push(command);
    return indexForId(command->nodeId());
}

QModelIndex CauseTreeModel::addSibling(const QModelIndex& index, const QString& statement)
{
    if (!index.isValid() || isReadOnly()) {
        return addChild({}, statement);
    }
    Item* item = itemAt(index);
    CauseNode n;
    n.storyId = m_storyId;
    n.parentId = item->node.parentId;
    n.position = item->row + 1;
    n.statement = statement;
    n.type = item->node.type;
    n.categoryId = item->node.categoryId;
    auto* command = new AddCauseCommand(m_store, n, tr("Add cause"));
    push(command);
    return indexForId(command->nodeId());
}

bool CauseTreeModel::moveNode(const QModelIndex& index, const QModelIndex& newParent, int row)
{
    if (!index.isValid() || isReadOnly()) {
        return false;
    }
    Item* item = itemAt(index);
    Item* target = itemAt(newParent.siblingAtColumn(0));
    for (Item* p = target; p && p != &m_root; p = p->parent) {
        if (p == item) {
            return false;
        }
    }
    const int count = static_cast<int>(target->children.size());
    int position = row < 0 || row > count ? count : row;
    if (target == item->parent) {
        if (position > item->row) {
            --position; // counted without the node itself
        }
        if (position == item->row) {
            return true; // dropped where it was
        }
    }
    const qint64 targetId = target == &m_root ? 0 : target->node.id;
    const qint64 id = item->node.id;
    push(new MoveCauseCommand(m_store, id, item->node.parentId, item->row, targetId, position, tr("Move cause")));
    Item* after = m_items.value(id, nullptr);
    return after && after->parent == target;
}

bool CauseTreeModel::indent(const QModelIndex& index)
{
    if (!index.isValid() || isReadOnly()) {
        return false;
    }
    Item* item = itemAt(index);
    if (item->row == 0) {
        return false;
    }
    Item* newParent = item->parent->children[static_cast<size_t>(item->row - 1)].get();
    const qint64 id = item->node.id;
    push(new MoveCauseCommand(m_store,
                              id,
                              item->node.parentId,
                              item->row,
                              newParent->node.id,
                              static_cast<int>(newParent->children.size()),
                              tr("Indent cause")));
    Item* after = m_items.value(id, nullptr);
    return after && after->parent == newParent;
}

bool CauseTreeModel::outdent(const QModelIndex& index)
{
    if (!index.isValid() || isReadOnly()) {
        return false;
    }
    Item* item = itemAt(index);
    Item* parent = item->parent;
    if (parent == &m_root) {
        return false;
    }
    const qint64 id = item->node.id;
    push(new MoveCauseCommand(
        m_store, id, parent->node.id, item->row, parent->node.parentId, parent->row + 1, tr("Outdent cause")));
    Item* after = m_items.value(id, nullptr);
    return after && after->parent == parent->parent;
}

bool CauseTreeModel::removeSubtree(const QModelIndex& index)
{
    if (!index.isValid() || isReadOnly()) {
        return false;
    }
    const qint64 id = itemAt(index)->node.id;
    auto subtree = m_store.subtree(id);
    if (!subtree) {
        return false;
    }
    push(new RemoveCauseSubtreeCommand(m_store, std::move(subtree).value()));
    return !m_items.contains(id);
}

void CauseTreeModel::renumber(Item* parent, int from)
{
    for (size_t i = static_cast<size_t>(qMax(0, from)); i < parent->children.size(); ++i) {
        parent->children[i]->row = static_cast<int>(i);
        parent->children[i]->node.position = static_cast<int>(i);
    }
}

void CauseTreeModel::forget(Item* item)
{
    m_items.remove(item->node.id);
    for (auto& child : item->children) {
        forget(child.get());
    }
}

void CauseTreeModel::onNodeInserted(qint64 storyId, qint64 id, qint64 parentId, int position)
{
    if (storyId != m_storyId || m_items.contains(id)) {
        return;
    }
    Item* parent = itemForId(parentId);
    auto subtree = m_store.subtree(id);
    if (!parent || !subtree) {
        (void)reload();
        return;
    }
    // Build the subtree (parents come before their children in the snapshot).
    auto root = std::make_unique<Item>();
    root->node = subtree->root();
    QHash<qint64, Item*> built;
    built.insert(id, root.get());
    for (qsizetype i = 1; i < subtree->nodes.size(); ++i) {
        const CauseNode& n = subtree->nodes[i];
        Item* p = built.value(n.parentId, nullptr);
        if (!p) {
            continue;
        }
        auto child = std::make_unique<Item>();
        child->node = n;
        child->parent = p;
        child->row = static_cast<int>(p->children.size());
        built.insert(n.id, child.get());
        p->children.push_back(std::move(child));
    }
    const int row = qBound(0, position, static_cast<int>(parent->children.size()));
    beginInsertRows(indexOf(parent), row, row);
    root->parent = parent;
    parent->children.insert(parent->children.begin() + row, std::move(root));
    renumber(parent, row);
    for (auto it = built.cbegin(); it != built.cend(); ++it) {
        m_items.insert(it.key(), it.value());
    }
    endInsertRows();
}

void CauseTreeModel::onNodeChanged(qint64 storyId, qint64 id, CauseField field)
{
    if (storyId != m_storyId) {
        return;
    }
    Item* item = m_items.value(id, nullptr);
    if (!item) {
        return;
    }
    auto fresh = m_store.node(id);
    if (!fresh) {
        return;
    }
    item->node.setField(field, fresh->field(field));
    const int column = columnFor(field);
    if (field == CauseField::Type) {
        // The colour swatch of the statement changes with the type.
        emit dataChanged(indexOf(item, StatementColumn),
                         indexOf(item, TypeColumn),
                         {Qt::DisplayRole, Qt::EditRole, Qt::DecorationRole, TypeRole});
    } else {
        const int role = field == CauseField::Statement  ? StatementRole
                         : field == CauseField::Evidence ? EvidenceRole
                                                         : CategoryIdRole;
        QList<int> roles = {Qt::DisplayRole, Qt::EditRole, role};
        if (field == CauseField::Evidence) {
            emit dataChanged(indexOf(item, StatementColumn), indexOf(item, StatementColumn), {Qt::ToolTipRole});
        }
        emit dataChanged(indexOf(item, column), indexOf(item, column), roles);
    }
}

void CauseTreeModel::onNodeMoved(
    qint64 storyId, qint64 id, qint64 oldParentId, int oldPosition, qint64 newParentId, int newPosition)
{
    if (storyId != m_storyId) {
        return;
    }
    Item* item = m_items.value(id, nullptr);
    Item* from = itemForId(oldParentId);
    Item* to = itemForId(newParentId);
    if (!item || !from || !to || item->parent != from || item->row != oldPosition) {
        (void)reload();
        return;
    }
    const int destinationChild = (from == to && newPosition > oldPosition) ? newPosition + 1 : newPosition;
    if (!beginMoveRows(indexOf(from), oldPosition, oldPosition, indexOf(to), destinationChild)) {
        (void)reload();
        return;
    }
    auto owned = std::move(from->children[static_cast<size_t>(oldPosition)]);
    from->children.erase(from->children.begin() + oldPosition);
    renumber(from, oldPosition);
    const int row = qBound(0, newPosition, static_cast<int>(to->children.size()));
    owned->parent = to;
    owned->node.parentId = newParentId;
    to->children.insert(to->children.begin() + row, std::move(owned));
    renumber(to, 0);
    endMoveRows();
}

void CauseTreeModel::onNodeRemoved(qint64 storyId, qint64 id, qint64 parentId, int position)
{
    if (storyId != m_storyId) {
        return;
    }
    Item* item = m_items.value(id, nullptr);
    Item* parent = itemForId(parentId);
    if (!item || !parent || item->parent != parent || item->row != position) {
        (void)reload();
        return;
    }
    beginRemoveRows(indexOf(parent), position, position);
    forget(item);
    parent->children.erase(parent->children.begin() + position);
    renumber(parent, position);
    endRemoveRows();
}
