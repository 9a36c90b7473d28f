#pragma once

#include "domain/TimelineEvent.h"

#include <QList>
#include <QUndoCommand>

class TimelineStore;

// Removes events from a story's timeline in one write. Undo puts them back as they were, ids and all.
class RemoveTimelineEventsCommand : public QUndoCommand
{
public:
    // `events`: the events as they are now.
    RemoveTimelineEventsCommand(TimelineStore& store, qint64 storyId, QList<TimelineEvent> events, const QString& text);

    void undo() override;
    void redo() override;

private:
    TimelineStore& m_store;
    qint64 m_storyId;
    QList<TimelineEvent> m_events;
};
