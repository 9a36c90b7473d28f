#include "commands/ActionItemLifecycleCommand.h"

#include "document/StoryDocument.h"
#include "storage/ActionStore.h"

#include <QCoreApplication>

#include <climits>

ActionItemLifecycleCommand::ActionItemLifecycleCommand(StoryDocument& document,
                                                       Action action,
                                                       ActionItem item,
                                                       int position)
    : m_document(document)
    , m_action(action)
    , m_item(std::move(item))
    , m_position(position)
{
    setText(action == Action::Add ? QCoreApplication::translate("ActionItemLifecycleCommand", "Add action item")
                                  : QCoreApplication::translate("ActionItemLifecycleCommand", "Remove action item"));
}

void ActionItemLifecycleCommand::undo()
{
    setPresent(m_action == Action::Remove);
}

void ActionItemLifecycleCommand::redo()
{
    setPresent(m_action == Action::Add);
}

void ActionItemLifecycleCommand::setPresent(bool present)
{
    ActionStore* store = m_document.actionStore();
    if (!store) {
        setObsolete(true);
        return;
    }
    if (present) {
        m_item.storyId = m_document.id();
        auto id = store->insert(m_item, m_position < 0 ? INT_MAX : m_position);
        if (!id) {
            setObsolete(true);
            return;
        }
        m_item.id = id.value();
        // Keep the times the store gave it, so that redo after undo restores them too.
        if (auto stored = store->action(m_item.id)) {
            m_item = std::move(stored).value();
        }
        if (auto position = store->positionOf(m_item.id)) {
            m_position = position.value();
        }
        return;
    }
    auto current = store->action(m_item.id);
    auto position = store->positionOf(m_item.id);
    if (!current || !position) {
        setObsolete(true);
        return;
    }
    m_item = std::move(current).value();
    m_position = position.value();
    if (!store->remove(m_item.id)) {
        setObsolete(true);
    }
}
