#include "commands/EditTimelineEventCommand.h"

#include "storage/TimelineStore.h"

EditTimelineEventCommand::EditTimelineEventCommand(TimelineStore& store,
                                                   TimelineEvent before,
                                                   TimelineEvent after,
                                                   const QString& text)
    : QUndoCommand(text)
    , m_store(store)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void EditTimelineEventCommand::redo()
{
    if (!m_store.update(m_after)) {
        setObsolete(true);
    }
}

void EditTimelineEventCommand::undo()
{
    if (!m_store.update(m_before)) {
        setObsolete(true);
    }
}
