#include "models/ActionItemModel.h"

#include "storage/ActionStore.h"
#include "storage/StoryStore.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QStringList>

namespace {
const QColor OverdueText(0x9b, 0x1c, 0x1c);
const QColor OverdueBackground(0xfd, 0xe2, 0xe2);
const QColor ClosedText(0x70, 0x70, 0x70);

bool sameIds(const QList<CauseChoice>& a, const QList<CauseChoice>& b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (int i = 0; i < a.size(); ++i) {
        if (a[i].id != b[i].id || a[i].statement != b[i].statement || a[i].type != b[i].type) {
            return false;
        }
    }
    return true;
}
} // namespace

ActionItemModel::ActionItemModel(ActionStore& store, StoryStore& stories, qint64 storyId, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_storyId(storyId)
    , m_today(QDate::currentDate())
{
    connect(&m_store, &ActionStore::actionAdded, this, &ActionItemModel::onAdded);
    connect(&m_store, &ActionStore::actionRemoved, this, &ActionItemModel::onRemoved);
    connect(&m_store, &ActionStore::actionChanged, this, &ActionItemModel::onChanged);
    connect(&m_store, &ActionStore::actionMoved, this, &ActionItemModel::onMoved);
    connect(&m_store, &ActionStore::actionsReset, this, &ActionItemModel::reload);
    connect(&stories, &StoryStore::storyTouched, this, [this](qint64 id) {
        if (id == m_storyId) {
            refreshCauses();
        }
    });
    // Deleting a story takes its parts along, undoing the deletion brings them back: read again.
    for (auto signal : {&StoryStore::storyAdded, &StoryStore::storyRemoved}) {
        connect(&stories, signal, this, [this](qint64 id) {
            if (id == m_storyId) {
                reload();
            }
        });
    }
    reload();
}

bool ActionItemModel::reload()
{
    beginResetModel();
    m_rows.clear();
    auto rows = m_store.actions(m_storyId);
    auto causes = m_store.causeChoices(m_storyId);
    if (rows && causes) {
        m_rows = std::move(rows).value();
        m_causes = std::move(causes).value();
        m_lastError.clear();
    } else {
        m_lastError = rows ? causes.error() : rows.error();
        m_causes.clear();
    }
    m_causeIndex.clear();
    for (int i = 0; i < m_causes.size(); ++i) {
        m_causeIndex.insert(m_causes[i].id, i);
    }
    endResetModel();
    refreshUnactioned();
    emit summaryChanged();
    return m_lastError.isEmpty();
}

void ActionItemModel::setToday(const QDate& today)
{
    if (today == m_today) {
        return;
    }
    m_today = today;
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
    }
    emit summaryChanged();
}

int ActionItemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ActionItemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActionItemModel::causeStatement(qint64 causeId) const
{
    const int index = m_causeIndex.value(causeId, -1);
    return index < 0 ? QString() : m_causes[index].statement;
}

QString ActionItemModel::causesText(const ActionItem& item) const
{
    QStringList names;
    for (qint64 id : item.causeIds) {
        const QString statement = causeStatement(id);
        //: a linked cause node without a statement
        names << (statement.isEmpty() ? tr("(untitled cause)") : statement);
    }
    return names.join(QStringLiteral("; "));
}

ActionField ActionItemModel::fieldOf(int column)
{
    switch (column) {
    case OwnerColumn:
        return ActionField::Owner;
    case DueColumn:
        return ActionField::DueDate;
    case PriorityColumn:
        return ActionField::Priority;
    case StatusColumn:
        return ActionField::Status;
    case TypeColumn:
        return ActionField::Type;
    case TicketColumn:
        return ActionField::TicketUrl;
    case CausesColumn:
        return ActionField::Causes;
    default:
        return ActionField::Title;
    }
}

QVariant ActionItemModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ActionItem& item = m_rows.at(index.row());
    const bool overdue = ActionRules::isOverdue(item, m_today);
    switch (role) {
    case IdRole:
        return item.id;
    case OverdueRole:
        return overdue;
    case DaysOverdueRole:
        return ActionRules::daysOverdue(item.status, item.dueDate, m_today);
    case StatusRole:
        return static_cast<int>(item.status);
    case CauseIdsRole:
        return QVariant::fromValue(item.causeIds);
    case Qt::EditRole:
        return item.field(fieldOf(index.column()));
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return item.title;
        case OwnerColumn:
            return item.owner;
        case DueColumn:
            return item.dueDate.isValid() ? QLocale().toString(item.dueDate, QLocale::ShortFormat) : QString();
        case PriorityColumn:
            return ActionRules::priorityName(item.priority);
        case StatusColumn:
            return ActionRules::statusName(item.status);
        case TypeColumn:
            return ActionRules::typeName(item.type);
        case TicketColumn:
            return item.ticketUrl;
        case CausesColumn:
            return causesText(item);
        }
        break;
    case Qt::ToolTipRole:
        if (overdue) {
            return ActionRules::overdueText(item.status, item.dueDate, m_today);
        }
        if (index.column() == TicketColumn && !item.ticketUrl.isEmpty()) {
            return tr("Ctrl+Enter opens the ticket in the browser.");
        }
        if (index.column() == TypeColumn) {
            return ActionRules::typeDescription(item.type);
        }
        if (index.column() == CausesColumn) {
            return item.causeIds.isEmpty() ? tr("Not linked to a cause. Press Ctrl+L to link it.") : causesText(item);
        }
        break;
    case Qt::ForegroundRole:
        if (overdue) {
            return QBrush(OverdueText);
        }
        if (!ActionRules::isOpen(item.status)) {
            return QBrush(ClosedText);
        }
        break;
    case Qt::BackgroundRole:
        if (overdue) {
            return QBrush(OverdueBackground);
        }
        break;
    case Qt::FontRole:
        if (overdue && index.column() == DueColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (!ActionRules::isOpen(item.status) && index.column() == TitleColumn) {
            QFont font;
            font.setStrikeOut(item.status == ActionStatus::WontDo);
            return font;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ActionItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TitleColumn:
        //: column header: what the action item is
        return tr("Action");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case PriorityColumn:
        return tr("Priority");
    case StatusColumn:
        return tr("Status");
    case TypeColumn:
        //: column header: mitigate, prevent, detect, process
        return tr("Type");
    case TicketColumn:
        return tr("Ticket");
    case CausesColumn:
        //: column header: the cause nodes a lesson or action item is linked to
        return tr("Linked causes");
    }
    return {};
}

Qt::ItemFlags ActionItemModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (index.column() != CausesColumn) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

int ActionItemModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id) {
            return i;
        }
    }
    return -1;
}

QStringList ActionItemModel::knownOwners() const
{
    auto owners = m_store.openOwners();
    return owners ? owners.value() : QStringList();
}

int ActionItemModel::openCount() const
{
    return static_cast<int>(std::count_if(
        m_rows.cbegin(), m_rows.cend(), [](const ActionItem& i) { return ActionRules::isOpen(i.status); }));
}

int ActionItemModel::overdueCount() const
{
    return static_cast<int>(std::count_if(
        m_rows.cbegin(), m_rows.cend(), [this](const ActionItem& i) { return ActionRules::isOverdue(i, m_today); }));
}

void ActionItemModel::onAdded(qint64 storyId, qint64 id, int position)
{
    if (storyId != m_storyId) {
        return;
    }
    auto item = m_store.action(id);
    if (!item) {
        m_lastError = item.error();
        return;
    }
    position = qBound(0, position, static_cast<int>(m_rows.size()));
    beginInsertRows({}, position, position);
    m_rows.insert(position, std::move(item).value());
    endInsertRows();
    refreshUnactioned();
    emit summaryChanged();
}

void ActionItemModel::onRemoved(qint64 storyId, qint64 id)
{
    const int row = storyId == m_storyId ? rowOf(id) : -1;
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    refreshUnactioned();
    emit summaryChanged();
}

void ActionItemModel::onChanged(qint64 storyId, qint64 id, ActionField field)
{
    const int row = storyId == m_storyId ? rowOf(id) : -1;
    if (row < 0) {
        return;
    }
    auto item = m_store.action(id);
    if (!item) {
        m_lastError = item.error();
        return;
    }
    m_rows[row] = std::move(item).value();
    if (field == ActionField::Status || field == ActionField::DueDate) {
        // Overdue colours and tool tips cover the whole row.
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        emit summaryChanged();
        return;
    }
    int column = TitleColumn;
    for (int c = 0; c < ColumnCount; ++c) {
        if (fieldOf(c) == field) {
            column = c;
        }
    }
    emit dataChanged(
        index(row, column), index(row, column), {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole, CauseIdsRole});
    if (field == ActionField::Causes) {
        refreshUnactioned();
        emit summaryChanged();
    }
}

void ActionItemModel::onMoved(qint64 storyId, qint64 id, int position)
{
    const int from = storyId == m_storyId ? rowOf(id) : -1;
    if (from < 0 || position < 0 || position >= m_rows.size() || position == from) {
        return;
    }
    const int destination = position > from ? position + 1 : position;
    beginMoveRows({}, from, from, {}, destination);
    m_rows.move(from, position);
    endMoveRows();
}

void ActionItemModel::refreshUnactioned()
{
    auto unactioned = m_store.unactionedRootCauses(m_storyId);
    m_unactioned = unactioned ? std::move(unactioned).value() : QList<CauseChoice>();
}

void ActionItemModel::refreshCauses()
{
    auto causes = m_store.causeChoices(m_storyId);
    if (!causes || sameIds(causes.value(), m_causes)) {
        return;
    }
    m_causes = std::move(causes).value();
    m_causeIndex.clear();
    for (int i = 0; i < m_causes.size(); ++i) {
        m_causeIndex.insert(m_causes[i].id, i);
    }
    for (int row = 0; row < m_rows.size(); ++row) {
        ActionItem& item = m_rows[row];
        QList<qint64> kept;
        for (qint64 id : std::as_const(item.causeIds)) {
            if (m_causeIndex.contains(id)) {
                kept << id;
            }
        }
        const bool linksChanged = kept != item.causeIds;
        item.causeIds = kept;
        if (!item.causeIds.isEmpty() || linksChanged) {
            QList<int> roles = {Qt::DisplayRole, Qt::ToolTipRole};
            if (linksChanged) {
                roles << Qt::EditRole << CauseIdsRole;
            }
            emit dataChanged(index(row, CausesColumn), index(row, CausesColumn), roles);
        }
    }
    refreshUnactioned();
    emit summaryChanged();
}
