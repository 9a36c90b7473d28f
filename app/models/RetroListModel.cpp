#include "models/RetroListModel.h"

#include "storage/RetroStore.h"

#include <QCoreApplication>
#include <QLocale>

RetroListModel::RetroListModel(RetroStore& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&m_store, &RetroStore::retroAdded, this, &RetroListModel::onAdded);
    connect(&m_store, &RetroStore::retroRemoved, this, &RetroListModel::onRemoved);
    connect(&m_store, &RetroStore::retroChanged, this, [this](qint64 id, RetroField) { onChanged(id); });
    connect(&m_store, &RetroStore::phaseChanged, this, [this](qint64 id, RetroPhase) { onChanged(id); });
    reload();
}

bool RetroListModel::reload()
{
    auto retros = m_store.retros();
    beginResetModel();
    m_rows = retros ? retros.value() : QList<Retro> {};
    m_lastError = retros ? QString() : retros.error();
    endResetModel();
    return retros.ok();
}

int RetroListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RetroListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RetroListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Retro& r = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return r.id;
    case PhaseRole:
        return static_cast<int>(r.phase);
    case StoryIdRole:
        return r.storyId;
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return r.displayTitle();
        case DateColumn:
            return r.heldOn.isValid() ? QLocale().toString(r.heldOn, QLocale::ShortFormat) : QString();
        case TeamColumn:
            return r.team;
        case PhaseColumn:
            return RetroPhases::name(r.phase);
        default:
            return {};
        }
    case Qt::EditRole:
        if (index.column() == DateColumn) {
            return r.heldOn;
        }
        return data(index, Qt::DisplayRole);
    default:
        return {};
    }
}

QVariant RetroListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TitleColumn:
        return QCoreApplication::translate("RetroListModel", "Title");
    case DateColumn:
        return QCoreApplication::translate("RetroListModel", "Date");
    case TeamColumn:
        return QCoreApplication::translate("RetroListModel", "Team");
    case PhaseColumn:
        return QCoreApplication::translate("RetroListModel", "Phase");
    default:
        return {};
    }
}

int RetroListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id) {
            return i;
        }
    }
    return -1;
}

int RetroListModel::sortedRowFor(const Retro& retro) const
{
    // Newest first: held_on descending (no date last), then id descending, as the store orders them.
    auto before = [](const Retro& a, const Retro& b) {
        const QString da = a.heldOn.isValid() ? a.heldOn.toString(Qt::ISODate) : QString();
        const QString db = b.heldOn.isValid() ? b.heldOn.toString(Qt::ISODate) : QString();
        if (da != db) {
            return da > db;
        }
        return a.id > b.id;
    };
    int row = 0;
    while (row < m_rows.size() && before(m_rows[row], retro)) {
        ++row;
    }
    return row;
}

void RetroListModel::onAdded(qint64 id)
{
    auto retro = m_store.retro(id);
    if (!retro || rowOf(id) >= 0) {
        return;
    }
    const int row = sortedRowFor(retro.value());
    beginInsertRows({}, row, row);
    m_rows.insert(row, retro.value());
    endInsertRows();
}

void RetroListModel::onRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void RetroListModel::onChanged(qint64 id)
{
    const int row = rowOf(id);
    auto retro = m_store.retro(id);
    if (row < 0 || !retro) {
        return;
    }
    m_rows[row] = retro.value();
    // A new date may move it.
    m_rows.removeAt(row);
    const int target = sortedRowFor(retro.value());
    m_rows.insert(row, retro.value());
    if (target != row) {
        const int destination = target > row ? target + 1 : target;
        beginMoveRows({}, row, row, {}, destination);
        m_rows.move(row, target);
        endMoveRows();
    }
    const int now = rowOf(id);
    emit dataChanged(index(now, 0), index(now, ColumnCount - 1));
}
