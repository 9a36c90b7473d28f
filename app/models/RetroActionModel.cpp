#include "models/RetroActionModel.h"

#include "storage/RetroStore.h"

#include <QCoreApplication>
#include <QLocale>

RetroActionModel::RetroActionModel(RetroStore& store, qint64 retroId, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_retroId(retroId)
{
    connect(&m_store, &RetroStore::actionAdded, this, &RetroActionModel::onAdded);
    connect(&m_store, &RetroStore::actionRemoved, this, &RetroActionModel::onRemoved);
    connect(&m_store, &RetroStore::actionChanged, this, &RetroActionModel::onChanged);
    connect(&m_store, &RetroStore::retroAdded, this, [this](qint64 id) {
        if (id == m_retroId) {
            reload();
        }
    });
    reload();
}

bool RetroActionModel::reload()
{
    auto actions = m_store.actions(m_retroId);
    beginResetModel();
    m_rows = actions ? actions.value() : QList<RetroAction> {};
    m_lastError = actions ? QString() : actions.error();
    endResetModel();
    return actions.ok();
}

int RetroActionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RetroActionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RetroActionModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const RetroAction& a = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return a.id;
    case StatusRole:
        return static_cast<int>(a.status);
    case CarriedFromRole:
        return a.carriedFromId;
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return a.title;
        case OwnerColumn:
            return a.owner;
        case DueDateColumn:
            return a.dueDate.isValid() ? QLocale().toString(a.dueDate, QLocale::ShortFormat) : QString();
        case StatusColumn:
            return ActionRules::statusName(a.status);
        default:
            return {};
        }
    case Qt::EditRole:
        switch (index.column()) {
        case TitleColumn:
            return a.title;
        case OwnerColumn:
            return a.owner;
        case DueDateColumn:
            return a.dueDate;
        case StatusColumn:
            return static_cast<int>(a.status);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant RetroActionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TitleColumn:
        return QCoreApplication::translate("RetroActionModel", "Action");
    case OwnerColumn:
        return QCoreApplication::translate("RetroActionModel", "Owner");
    case DueDateColumn:
        return QCoreApplication::translate("RetroActionModel", "Due");
    case StatusColumn:
        return QCoreApplication::translate("RetroActionModel", "Status");
    default:
        return {};
    }
}

int RetroActionModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id) {
            return i;
        }
    }
    return -1;
}

void RetroActionModel::onAdded(qint64 retroId, qint64 id, int position)
{
    if (retroId != m_retroId) {
        return;
    }
    auto action = m_store.action(id);
    if (!action) {
        return;
    }
    const int row = qBound(0, position, static_cast<int>(m_rows.size()));
    beginInsertRows({}, row, row);
    m_rows.insert(row, action.value());
    endInsertRows();
}

void RetroActionModel::onRemoved(qint64 retroId, qint64 id, int position)
{
    Q_UNUSED(position);
    if (retroId != m_retroId) {
        return;
    }
    const int row = rowOf(id);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void RetroActionModel::onChanged(qint64 retroId, qint64 id, RetroActionField field)
{
    if (retroId != m_retroId) {
        return;
    }
    const int row = rowOf(id);
    auto action = m_store.action(id);
    if (row < 0 || !action) {
        return;
    }
    m_rows[row] = action.value();
    int column = TitleColumn;
    QList<int> roles = {Qt::DisplayRole, Qt::EditRole};
    switch (field) {
    case RetroActionField::Title:
        column = TitleColumn;
        break;
    case RetroActionField::Owner:
        column = OwnerColumn;
        break;
    case RetroActionField::DueDate:
        column = DueDateColumn;
        break;
    case RetroActionField::Status:
        column = StatusColumn;
        roles << StatusRole;
        break;
    }
    emit dataChanged(index(row, column), index(row, column), roles);
    if (column != StatusColumn) {
        return;
    }
    // The status role is on every column.
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1), {StatusRole});
}
