#include "commands/StoryLifecycleCommand.h"

#include "storage/StoryStore.h"

StoryLifecycleCommand::StoryLifecycleCommand(StoryStore& store, Action action, StoryRows snapshot, const QString& text)
    : QUndoCommand(text)
    , m_store(store)
    , m_action(action)
    , m_snapshot(std::move(snapshot))
{
}

void StoryLifecycleCommand::undo()
{
    setPresent(m_action == Action::Delete);
}

void StoryLifecycleCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    setPresent(m_action == Action::Create);
}

void StoryLifecycleCommand::setPresent(bool present)
{
    if (present) {
        if (!m_store.restoreRows(m_snapshot)) {
            setObsolete(true);
        }
        return;
    }
    // Keep what the story has become since the snapshot.
    if (auto current = m_store.takeRows(m_snapshot.storyId)) {
        m_snapshot = std::move(current).value();
    }
    if (!m_store.remove(m_snapshot.storyId)) {
        setObsolete(true);
    }
}
