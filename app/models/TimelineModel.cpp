#include "models/TimelineModel.h"

#include "commands/AddTimelineEventsCommand.h"
#include "commands/EditTimelineEventCommand.h"
#include "commands/RemoveTimelineEventsCommand.h"
#include "import/TimelineParser.h"
#include "storage/TimelineStore.h"

#include <QColor>
#include <QCoreApplication>
#include <QUndoStack>

#include <algorithm>

TimelineModel::TimelineModel(TimelineStore& store, qint64 storyId, QUndoStack* undoStack, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_storyId(storyId)
    , m_undoStack(undoStack)
    , m_zone(QTimeZone::systemTimeZone())
{
    connect(&store, &TimelineStore::eventsAdded, this, &TimelineModel::onEventsAdded);
    connect(&store, &TimelineStore::eventChanged, this, &TimelineModel::onEventChanged);
    connect(&store, &TimelineStore::eventsRemoved, this, &TimelineModel::onEventsRemoved);
    (void)reload();
}

Status TimelineModel::reload()
{
    auto loaded = m_store.events(m_storyId);
    beginResetModel();
    m_rows.clear();
    if (loaded) {
        m_rows.reserve(loaded->size());
        for (const TimelineEvent& event : loaded.value()) {
            m_rows.append(makeRow(event));
        }
        // The store's order is by UTC text; date-only events move to the start of their local day.
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) {
            return TimelineRules::lessThan(a.event, a.key, b.event, b.key);
        });
    }
    endResetModel();
    emit timelineChanged();
    if (!loaded) {
        return Status::failure(loaded.error());
    }
    return {};
}

bool TimelineModel::isReadOnly() const
{
    return m_store.isReadOnly();
}

void TimelineModel::setTimeZone(const QTimeZone& zone)
{
    if (zone == m_zone) {
        return;
    }
    beginResetModel();
    m_zone = zone;
    for (Row& row : m_rows) {
        row.key = TimelineRules::sortKey(row.event, m_zone);
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) {
        return TimelineRules::lessThan(a.event, a.key, b.event, b.key);
    });
    endResetModel();
    emit timelineChanged();
}

TimelineModel::Row TimelineModel::makeRow(const TimelineEvent& event) const
{
    return Row {event, TimelineRules::sortKey(event, m_zone)};
}

int TimelineModel::position(const Row& row, int skip) const
{
    // Binary search for the first row that sorts after `row`, jumping over `skip`.
    int low = 0;
    int high = int(m_rows.size()) - (skip >= 0 ? 1 : 0);
    auto at = [&](int i) -> const Row& { return m_rows[skip >= 0 && i >= skip ? i + 1 : i]; };
    while (low < high) {
        const int mid = (low + high) / 2;
        const Row& other = at(mid);
        if (TimelineRules::lessThan(row.event, row.key, other.event, other.key)) {
            high = mid;
        } else {
            low = mid + 1;
        }
    }
    return low;
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TimelineModel::timeText(const TimelineEvent& event, const QTimeZone& zone)
{
    if (event.dateOnly) {
        return event.date().toString(Qt::ISODate);
    }
    const QDateTime local = event.occurredAt.toTimeZone(zone);
    const bool seconds = local.time().second() != 0 || local.time().msec() != 0;
    return local.toString(seconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm"));
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const TimelineEvent& event = m_rows[index.row()].event;
    switch (role) {
    case EventIdRole:
        return event.id;
    case OccurredAtRole:
        return event.occurredAt;
    case DateOnlyRole:
        return event.dateOnly;
    case KindRole:
        return static_cast<int>(event.kind);
    default:
        break;
    }
    switch (index.column()) {
    case TimeColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole) {
            return timeText(event, m_zone);
        }
        if (role == Qt::ToolTipRole) {
            if (event.dateOnly) {
                return QCoreApplication::translate("TimelineModel", "Date only: the time of day is not known.");
            }
            //: %1 is a date and time in UTC
            return QCoreApplication::translate("TimelineModel", "%1 UTC")
                .arg(event.occurredAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        }
        break;
    case DescriptionColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole) {
            return event.description;
        }
        break;
    case KindColumn:
        if (role == Qt::DisplayRole) {
            return TimelineRules::kindName(event.kind);
        }
        if (role == Qt::EditRole) {
            return static_cast<int>(event.kind);
        }
        if (role == Qt::BackgroundRole) {
            // The key moments whose gaps the timeline shows stand out, in colours light enough for
            // dark text.
            switch (event.kind) {
            case TimelineKind::Trigger:
                return QColor(0xf8, 0xd7, 0xd3);
            case TimelineKind::Detection:
                return QColor(0xfb, 0xe8, 0xc4);
            case TimelineKind::Repair:
                return QColor(0xd5, 0xef, 0xd6);
            default:
                return {};
            }
        }
        if (role == Qt::ForegroundRole &&
            (event.kind == TimelineKind::Trigger || event.kind == TimelineKind::Detection ||
             event.kind == TimelineKind::Repair)) {
            return QColor(Qt::black);
        }
        break;
    case ActorColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole) {
            return event.actor;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TimeColumn:
        return QCoreApplication::translate("TimelineModel", "Time");
    case DescriptionColumn:
        return QCoreApplication::translate("TimelineModel", "What happened");
    case KindColumn:
        return QCoreApplication::translate("TimelineModel", "Kind");
    case ActorColumn:
        return QCoreApplication::translate("TimelineModel", "Person or role");
    default:
        return {};
    }
}

Qt::ItemFlags TimelineModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_store.isReadOnly()) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

bool TimelineModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const TimelineEvent& before = m_rows[index.row()].event;
    TimelineEvent after = before;
    QString undoText;
    switch (index.column()) {
    case TimeColumn: {
        if (value.typeId() == QMetaType::QDate) {
            if (!value.toDate().isValid()) {
                return false;
            }
            after.dateOnly = true;
            after.occurredAt = QDateTime(value.toDate(), QTime(0, 0), Qt::UTC);
        } else if (value.typeId() == QMetaType::QDateTime) {
            if (!value.toDateTime().isValid()) {
                return false;
            }
            after.dateOnly = false;
            after.occurredAt = value.toDateTime().toUTC();
        } else {
            const QDate ownDate = before.dateOnly ? before.date() : before.occurredAt.toTimeZone(m_zone).date();
            const auto parsed = TimelineParser::parseTimestamp(value.toString(), m_zone, ownDate);
            if (!parsed) {
                return false;
            }
            after.dateOnly = parsed->dateOnly;
            after.occurredAt = parsed->utc;
        }
        undoText = QCoreApplication::translate("TimelineModel", "Change event time");
        break;
    }
    case DescriptionColumn:
        after.description = value.toString();
        undoText = QCoreApplication::translate("TimelineModel", "Edit event");
        break;
    case KindColumn: {
        std::optional<TimelineKind> kind;
        if (value.typeId() == QMetaType::QString) {
            kind = TimelineRules::kindFromKey(value.toString());
        } else {
            bool ok = false;
            const int k = value.toInt(&ok);
            if (ok && k >= 0 && k <= static_cast<int>(TimelineKind::KeyMoment)) {
                kind = static_cast<TimelineKind>(k);
            }
        }
        if (!kind) {
            return false;
        }
        after.kind = *kind;
        undoText = QCoreApplication::translate("TimelineModel", "Change event kind");
        break;
    }
    case ActorColumn:
        after.actor = value.toString().trimmed();
        undoText = QCoreApplication::translate("TimelineModel", "Change person or role");
        break;
    default:
        return false;
    }
    return editEvent(after, undoText);
}

QList<TimelineEvent> TimelineModel::events() const
{
    QList<TimelineEvent> list;
    list.reserve(m_rows.size());
    for (const Row& row : m_rows) {
        list << row.event;
    }
    return list;
}

int TimelineModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].event.id == id) {
            return i;
        }
    }
    return -1;
}

TimelineRules::Gaps TimelineModel::gaps() const
{
    return TimelineRules::gaps(events());
}

void TimelineModel::push(QUndoCommand* command)
{
    if (m_undoStack) {
        m_undoStack->push(command);
    } else {
        command->redo();
        delete command;
    }
}

QList<qint64> TimelineModel::addEvents(const QList<TimelineEvent>& events, const QString& undoText)
{
    if (events.isEmpty()) {
        return {};
    }
    QString text = undoText;
    if (text.isEmpty()) {
        text = events.size() == 1
                   ? QCoreApplication::translate("TimelineModel", "Add event")
                   : QCoreApplication::translate("TimelineModel", "Add %n events", nullptr, int(events.size()));
    }
    m_lastAdded.clear();
    push(new AddTimelineEventsCommand(m_store, m_storyId, events, text));
    return std::exchange(m_lastAdded, {});
}

bool TimelineModel::removeEvents(const QList<qint64>& ids)
{
    QList<TimelineEvent> removed;
    for (qint64 id : ids) {
        const int row = rowOf(id);
        if (row >= 0) {
            removed << m_rows[row].event;
        }
    }
    if (removed.isEmpty()) {
        return false;
    }
    const QString text =
        removed.size() == 1
            ? QCoreApplication::translate("TimelineModel", "Delete event")
            : QCoreApplication::translate("TimelineModel", "Delete %n events", nullptr, int(removed.size()));
    push(new RemoveTimelineEventsCommand(m_store, m_storyId, removed, text));
    return std::all_of(removed.cbegin(), removed.cend(), [this](const TimelineEvent& e) { return rowOf(e.id) < 0; });
}

bool TimelineModel::editEvent(const TimelineEvent& changed, const QString& undoText)
{
    const int row = rowOf(changed.id);
    if (row < 0) {
        return false;
    }
    TimelineEvent after = changed;
    after.storyId = m_storyId;
    if (after.dateOnly) {
        after.occurredAt = QDateTime(after.date(), QTime(0, 0), Qt::UTC);
    }
    const TimelineEvent before = m_rows[row].event;
    if (after == before) {
        return true;
    }
    push(new EditTimelineEventCommand(m_store, before, after, undoText));
    const int now = rowOf(changed.id);
    return now >= 0 && m_rows[now].event == after;
}

void TimelineModel::onEventsAdded(qint64 storyId, const QList<TimelineEvent>& events)
{
    if (storyId != m_storyId) {
        return;
    }
    for (const TimelineEvent& event : events) {
        const Row row = makeRow(event);
        const int at = position(row);
        beginInsertRows(QModelIndex(), at, at);
        m_rows.insert(at, row);
        endInsertRows();
        m_lastAdded << event.id;
    }
    emit timelineChanged();
}

void TimelineModel::onEventChanged(qint64 storyId, const TimelineEvent& event)
{
    if (storyId != m_storyId) {
        return;
    }
    int row = rowOf(event.id);
    if (row < 0) {
        return;
    }
    const Row changed = makeRow(event);
    const int target = position(changed, row);
    if (target != row) {
        // beginMoveRows takes the destination as a row of the list before the move.
        beginMoveRows(QModelIndex(), row, row, QModelIndex(), target > row ? target + 1 : target);
        m_rows.move(row, target);
        endMoveRows();
        row = target;
    }
    const TimelineEvent before = std::exchange(m_rows[row], changed).event;
    auto changedColumn = [this, row](int column, const QList<int>& roles) {
        emit dataChanged(index(row, column), index(row, column), roles);
    };
    if (before.occurredAt != event.occurredAt || before.dateOnly != event.dateOnly) {
        changedColumn(TimeColumn, {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole, OccurredAtRole, DateOnlyRole});
    }
    if (before.description != event.description) {
        changedColumn(DescriptionColumn, {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole});
    }
    if (before.kind != event.kind) {
        changedColumn(KindColumn, {Qt::DisplayRole, Qt::EditRole, Qt::BackgroundRole, Qt::ForegroundRole, KindRole});
    }
    if (before.actor != event.actor) {
        changedColumn(ActorColumn, {Qt::DisplayRole, Qt::EditRole});
    }
    emit timelineChanged();
}

void TimelineModel::onEventsRemoved(qint64 storyId, const QList<qint64>& ids)
{
    if (storyId != m_storyId) {
        return;
    }
    for (qint64 id : ids) {
        const int row = rowOf(id);
        if (row < 0) {
            continue;
        }
        beginRemoveRows(QModelIndex(), row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    emit timelineChanged();
}
