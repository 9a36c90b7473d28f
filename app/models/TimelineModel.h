#pragma once

#include "domain/TimelineEvent.h"
#include "domain/TimelineRules.h"
#include "util/Result.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimeZone>

class QUndoCommand;
class QUndoStack;
class TimelineStore;

// The events of one story's timeline, always sorted by time (date-only events first on their day).
// Times are stored in UTC and shown in timeZone(). Every edit (setData, addEvents, removeEvents,
// editEvent) is an undo command on the story's stack; the rows follow the store's signals, so an
// edited time moves its row with beginMoveRows.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        DescriptionColumn,
        KindColumn,
        ActorColumn,
        ColumnCount,
    };
    enum Role {
        EventIdRole = Qt::UserRole + 1,
        OccurredAtRole, // QDateTime, UTC
        DateOnlyRole,   // bool
        KindRole,       // int (TimelineKind)
    };

    TimelineModel(TimelineStore& store, qint64 storyId, QUndoStack* undoStack, QObject* parent = nullptr);

    // Reads the timeline from the store again (a model reset).
    Status reload();

    qint64 storyId() const { return m_storyId; }
    bool isReadOnly() const;
    // The zone times are shown and typed in; the system's by default.
    QTimeZone timeZone() const { return m_zone; }
    void setTimeZone(const QTimeZone& zone);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // The time column takes text as typed ("2021-12-10 15:40", "15:40" on the row's date, a date alone),
    // a QDateTime or a QDate; the kind column an int or a kind key.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    const TimelineEvent& event(int row) const { return m_rows[row].event; }
    QList<TimelineEvent> events() const;
    // -1 when there is no such event.
    int rowOf(qint64 id) const;
    TimelineRules::Gaps gaps() const;
    // The event's time as shown: "2021-12-10 15:40" in `zone`, or "2021-12-10" when date-only.
    static QString timeText(const TimelineEvent& event, const QTimeZone& zone);

    // User edits, each one undo step. Return false (or no ids) when nothing could be saved.
    // Adds the events (e.g. a paste) as one step; returns their ids.
    QList<qint64> addEvents(const QList<TimelineEvent>& events, const QString& undoText = {});
    bool removeEvents(const QList<qint64>& ids);
    bool editEvent(const TimelineEvent& changed, const QString& undoText);

signals:
    // After every change of the rows or their data (for summaries such as the gaps).
    void timelineChanged();

private:
    struct Row
    {
        TimelineEvent event;
        qint64 key = 0;
    };
    Row makeRow(const TimelineEvent& event) const;
    // Where `row` belongs among the rows, leaving out the row at `skip`.
    int position(const Row& row, int skip = -1) const;
    void onEventsAdded(qint64 storyId, const QList<TimelineEvent>& events);
    void onEventChanged(qint64 storyId, const TimelineEvent& event);
    void onEventsRemoved(qint64 storyId, const QList<qint64>& ids);
    void push(QUndoCommand* command);

    TimelineStore& m_store;
    qint64 m_storyId;
    QUndoStack* m_undoStack;
    QTimeZone m_zone;
    QList<Row> m_rows;
    QList<qint64> m_lastAdded;
};
