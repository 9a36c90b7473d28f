#include "commands/StoryLifecycleCommand.h"

#include "storage/StoryStore.h"

StoryLifecycleCommand::StoryLifecycleCommand(StoryStore& store, Action action, Story snapshot, const QString& text)
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
        if (!m_store.create(m_snapshot)) {
            setObsolete(true);
        }
        return;
    }
    // Keep what the story has become since the snapshot.
    if (auto current = m_store.load(m_snapshot.id)) {
        m_snapshot = std::move(current).value();
    }
    if (!m_store.remove(m_snapshot.id)) {
        setObsolete(true);
    }
}
