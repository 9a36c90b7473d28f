#include "commands/RetroLifecycleCommand.h"

#include "storage/RetroStore.h"

RetroLifecycleCommand::RetroLifecycleCommand(RetroStore& store, Action action, RetroRows rows, const QString& text)
    : m_store(store)
    , m_action(action)
    , m_rows(std::move(rows))
{
    setText(text);
}

void RetroLifecycleCommand::setPresent(bool present)
{
    const Status s = present ? m_store.restoreRows(m_rows) : m_store.remove(m_rows.retroId);
    if (!s) {
        setObsolete(true);
    }
}

void RetroLifecycleCommand::undo()
{
    setPresent(m_action == Action::Delete);
}

void RetroLifecycleCommand::redo()
{
    // The first redo happens on push: the library already created or deleted the retro.
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    setPresent(m_action == Action::Create);
}
