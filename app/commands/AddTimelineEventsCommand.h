#pragma once

#include "domain/TimelineEvent.h"

#include <QList>
#include <QUndoCommand>

class TimelineStore;

// Adds one or more events to a story's timeline in one write (a new row, or a whole paste).
// Undo removes them; redo brings them back with the same ids.
class AddTimelineEventsCommand : public QUndoCommand
{
public:
    AddTimelineEventsCommand(TimelineStore& store, qint64 storyId, QList<TimelineEvent> events, const QString& text);

    void undo() override;
    void redo() override;

    // The events as written, with their ids (after the first redo).
    const QList<TimelineEvent>& events() const { return m_events; }

private:
    TimelineStore& m_store;
    qint64 m_storyId;
    QList<TimelineEvent> m_events;
};
