#include "models/CauseCategoryModel.h"

#include "commands/CauseCategoryCommand.h"
#include "storage/CauseStore.h"

#include <QUndoStack>

CauseCategoryModel::CauseCategoryModel(CauseStore& store, QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(&m_store, &CauseStore::categoryAdded, this, &CauseCategoryModel::onAdded);
    connect(&m_store, &CauseStore::categoryRenamed, this, &CauseCategoryModel::onRenamed);
    connect(&m_store, &CauseStore::categoryMoved, this, &CauseCategoryModel::onMoved);
    connect(&m_store, &CauseStore::categoryRemoved, this, &CauseCategoryModel::onRemoved);
    if (auto list = m_store.categories()) {
        m_categories = list.value();
    }
}

void CauseCategoryModel::reload()
{
    beginResetModel();
    if (auto list = m_store.categories()) {
        m_categories = list.value();
    }
    endResetModel();
}

int CauseCategoryModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_categories.size(); ++i) {
        if (m_categories[i].id == id) {
            return i;
        }
    }
    return -1;
}

int CauseCategoryModel::addCategory(const QString& name)
{
    if (!m_undoStack || name.trimmed().isEmpty() || m_store.isReadOnly()) {
        return -1;
    }
    auto* command = new CauseCategoryCommand(m_store, CauseCategoryCommand::Action::Add, {0, name.trimmed(), -1});
    m_undoStack->push(command);
    return rowOf(command->categoryId());
}

bool CauseCategoryModel::removeCategory(int row)
{
    if (!m_undoStack || row < 0 || row >= m_categories.size() || m_store.isReadOnly()) {
        return false;
    }
    const qint64 id = m_categories[row].id;
    m_undoStack->push(new CauseCategoryCommand(m_store, CauseCategoryCommand::Action::Remove, {id, {}, row}));
    return rowOf(id) < 0;
}

bool CauseCategoryModel::moveCategory(int row, int newRow)
{
    if (!m_undoStack || row < 0 || row >= m_categories.size() || newRow < 0 || newRow >= m_categories.size() ||
        row == newRow || m_store.isReadOnly()) {
        return false;
    }
    const qint64 id = m_categories[row].id;
    m_undoStack->push(new CauseCategoryCommand(m_store, CauseCategoryCommand::Action::Move, {id, {}, newRow}));
    return rowOf(id) == newRow;
}

int CauseCategoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_categories.size());
}

QVariant CauseCategoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_categories.size()) {
        return {};
    }
    const CauseCategory& c = m_categories[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return c.name;
    case IdRole:
        return c.id;
    default:
        return {};
    }
}

bool CauseCategoryModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !m_undoStack || m_store.isReadOnly()) {
        return false;
    }
    const QString name = value.toString().trimmed();
    const CauseCategory& c = m_categories[index.row()];
    if (name.isEmpty()) {
        return false;
    }
    if (name == c.name) {
        return true;
    }
    m_undoStack->push(
        new CauseCategoryCommand(m_store, CauseCategoryCommand::Action::Rename, {c.id, name, c.position}));
    return m_categories[index.row()].name == name;
}

Qt::ItemFlags CauseCategoryModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_undoStack && !m_store.isReadOnly()) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

void CauseCategoryModel::onAdded(qint64 id, int position)
{
    if (rowOf(id) >= 0) {
        return;
    }
    auto list = m_store.categories();
    if (!list || position < 0 || position > m_categories.size()) {
        reload();
        return;
    }
    for (const CauseCategory& c : list.value()) {
        if (c.id == id) {
            beginInsertRows({}, position, position);
            m_categories.insert(position, c);
            for (int i = 0; i < m_categories.size(); ++i) {
                m_categories[i].position = i;
            }
            endInsertRows();
            return;
        }
    }
}

void CauseCategoryModel::onRenamed(qint64 id)
{
    const int row = rowOf(id);
    auto list = m_store.categories();
    if (row < 0 || !list) {
        return;
    }
    for (const CauseCategory& c : list.value()) {
        if (c.id == id) {
            m_categories[row].name = c.name;
            emit dataChanged(index(row), index(row), {Qt::DisplayRole, Qt::EditRole});
        }
    }
}

void CauseCategoryModel::onMoved(qint64 id, int oldPosition, int newPosition)
{
    if (rowOf(id) != oldPosition || newPosition < 0 || newPosition >= m_categories.size()) {
        reload();
        return;
    }
    const int destination = newPosition > oldPosition ? newPosition + 1 : newPosition;
    if (!beginMoveRows({}, oldPosition, oldPosition, {}, destination)) {
        return;
    }
    m_categories.move(oldPosition, newPosition);
    for (int i = 0; i < m_categories.size(); ++i) {
        m_categories[i].position = i;
    }
    endMoveRows();
}

void CauseCategoryModel::onRemoved(qint64 id, int position)
{
    if (rowOf(id) != position) {
        reload();
        return;
    }
    beginRemoveRows({}, position, position);
    m_categories.removeAt(position);
    for (int i = 0; i < m_categories.size(); ++i) {
        m_categories[i].position = i;
    }
    endRemoveRows();
}
