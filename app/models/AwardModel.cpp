#include "models/AwardModel.h"

#include "commands/AwardLifecycleCommand.h"
#include "commands/EditAwardCommand.h"
#include "storage/AwardStore.h"

#include <QUndoStack>

AwardModel::AwardModel(AwardStore& store, qint64 storyId, QUndoStack* undoStack, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_storyId(storyId)
    , m_undoStack(undoStack)
{
    connect(&m_store, &AwardStore::awardAdded, this, &AwardModel::onAdded);
    connect(&m_store, &AwardStore::awardChanged, this, &AwardModel::onChanged);
    connect(&m_store, &AwardStore::awardRemoved, this, &AwardModel::onRemoved);
    reload();
}

QString AwardModel::defaultTitle()
{
    //: the default title of a new award in the hall of fame
    return tr("Most instructive mistake");
}

void AwardModel::reload()
{
    auto loaded = m_store.awards(m_storyId);
    beginResetModel();
    m_awards = loaded ? loaded.value() : QList<Award>();
    endResetModel();
}

int AwardModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_awards.size(); ++i) {
        if (m_awards[i].id == id) {
            return i;
        }
    }
    return -1;
}

int AwardModel::sortedRow(const Award& award, int ignoreRow) const
{
    // The store's order: by year, then by id.
    int row = 0;
    for (int i = 0; i < m_awards.size(); ++i) {
        if (i == ignoreRow) {
            continue;
        }
        const Award& other = m_awards[i];
        if (other.year < award.year || (other.year == award.year && other.id < award.id)) {
            ++row;
        }
    }
    return row;
}

int AwardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_awards.size());
}

int AwardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AwardModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Award& award = m_awards.at(index.row());
    if (role == IdRole) {
        return award.id;
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case YearColumn:
            return award.year;
        case TitleColumn:
            return award.title;
        case CitationColumn:
            return award.citation;
        default:
            break;
        }
    }
    return {};
}

QVariant AwardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case YearColumn:
        return tr("Year");
    case TitleColumn:
        //: the title of an award, e.g. "Most instructive mistake"
        return tr("Award");
    case CitationColumn:
        //: why a story earned an award
        return tr("Citation");
    default:
        return {};
    }
}

Qt::ItemFlags AwardModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid()) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

bool AwardModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const Award old = m_awards.at(index.row());
    Award changed = old;
    EditAwardCommand::Field field = EditAwardCommand::Field::Title;
    switch (index.column()) {
    case YearColumn: {
        bool ok = false;
        const int year = value.toInt(&ok);
        if (!ok || year < 1 || year > 9999) {
            return false;
        }
        changed.year = year;
        field = EditAwardCommand::Field::Year;
        break;
    }
    case TitleColumn:
        changed.title = value.toString();
        break;
    case CitationColumn:
        changed.citation = value.toString();
        field = EditAwardCommand::Field::Citation;
        break;
    default:
        return false;
    }
    if (changed == old) {
        return true;
    }
    auto* command = new EditAwardCommand(m_store, old, changed, field);
    m_undoStack->push(command);
    return rowOf(old.id) >= 0 && m_awards.at(rowOf(old.id)) == changed;
}

qint64 AwardModel::addAward(const Award& award)
{
    Award added = award;
    added.id = 0;
    added.storyId = m_storyId;
    m_lastAddedId = 0;
    m_undoStack->push(new AwardLifecycleCommand(m_store, AwardLifecycleCommand::Action::Add, added));
    // The command is deleted by the stack when it failed; onAdded notes the new id.
    return m_lastAddedId;
}

bool AwardModel::removeAward(int row)
{
    if (row < 0 || row >= m_awards.size()) {
        return false;
    }
    const qint64 id = m_awards.at(row).id;
    m_undoStack->push(new AwardLifecycleCommand(m_store, AwardLifecycleCommand::Action::Remove, m_awards.at(row)));
    return rowOf(id) < 0;
}

void AwardModel::onAdded(qint64 storyId, qint64 id)
{
    if (storyId != m_storyId || rowOf(id) >= 0) {
        return;
    }
    auto award = m_store.award(id);
    if (!award) {
        return;
    }
    m_lastAddedId = id;
    const int row = sortedRow(award.value(), -1);
    beginInsertRows({}, row, row);
    m_awards.insert(row, award.value());
    endInsertRows();
}

void AwardModel::onChanged(qint64 storyId, qint64 id)
{
    const int row = rowOf(id);
    if (storyId != m_storyId || row < 0) {
        return;
    }
    auto award = m_store.award(id);
    if (!award) {
        return;
    }
    const int target = sortedRow(award.value(), row);
    if (target != row) {
        // beginMoveRows counts the destination before the row is taken out.
        beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
        m_awards.move(row, target);
        endMoveRows();
    }
    const Award old = m_awards.at(target);
    m_awards[target] = award.value();
    QList<int> roles {Qt::DisplayRole, Qt::EditRole};
    int first = YearColumn;
    int last = CitationColumn;
    if (old.year == award->year && old.title == award->title) {
        first = CitationColumn;
    } else if (old.year == award->year && old.citation == award->citation) {
        first = last = TitleColumn;
    } else if (old.title == award->title && old.citation == award->citation) {
        last = YearColumn;
    }
    emit dataChanged(index(target, first), index(target, last), roles);
}

void AwardModel::onRemoved(qint64 storyId, qint64 id)
{
    const int row = rowOf(id);
    if (storyId != m_storyId || row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_awards.removeAt(row);
    endRemoveRows();
}
