#include "commands/RemoveTimelineEventsCommand.h"

#include "storage/TimelineStore.h"

RemoveTimelineEventsCommand::RemoveTimelineEventsCommand(TimelineStore& store,
                                                         qint64 storyId,
                                                         QList<TimelineEvent> events,
                                                         const QString& text)
    : QUndoCommand(text)
    , m_store(store)
    , m_storyId(storyId)
    , m_events(std::move(events))
{
}

void RemoveTimelineEventsCommand::redo()
{
    QList<qint64> ids;
    ids.reserve(m_events.size());
    for (const TimelineEvent& event : std::as_const(m_events)) {
        ids << event.id;
    }
    if (!m_store.remove(m_storyId, ids)) {
        setObsolete(true);
    }
}

void RemoveTimelineEventsCommand::undo()
{
    if (!m_store.insert(m_storyId, m_events)) {
        setObsolete(true);
    }
}
