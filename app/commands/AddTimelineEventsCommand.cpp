#include "commands/AddTimelineEventsCommand.h"

#include "storage/TimelineStore.h"

AddTimelineEventsCommand::AddTimelineEventsCommand(TimelineStore& store,
                                                   qint64 storyId,
                                                   QList<TimelineEvent> events,
                                                   const QString& text)
    : QUndoCommand(text)
    , m_store(store)
    , m_storyId(storyId)
    , m_events(std::move(events))
{
}

void AddTimelineEventsCommand::redo()
{
    auto inserted = m_store.insert(m_storyId, m_events);
    if (!inserted) {
        setObsolete(true);
        return;
    }
    m_events = std::move(inserted).value();
}

void AddTimelineEventsCommand::undo()
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
