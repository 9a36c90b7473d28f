#include "commands/RetroActionLifecycleCommand.h"

#include "document/RetroDocument.h"
#include "storage/RetroStore.h"

#include <QCoreApplication>

RetroActionLifecycleCommand::RetroActionLifecycleCommand(RetroDocument& document,
                                                         Action action,
                                                         RetroAction item,
                                                         int position)
    : m_document(document)
    , m_action(action)
    , m_item(std::move(item))
    , m_position(position)
{
    setText(action == Action::Add ? QCoreApplication::translate("RetroActionLifecycleCommand", "Add action item")
                                  : QCoreApplication::translate("RetroActionLifecycleCommand", "Remove action item"));
}

void RetroActionLifecycleCommand::setPresent(bool present)
{
    RetroStore& store = m_document.store();
    if (present) {
        auto id = store.insertAction(m_item, m_position);
        if (!id) {
            setObsolete(true);
            return;
        }
        m_item.id = id.value();
    } else {
        auto current = store.action(m_item.id);
        if (!current || !store.removeAction(m_item.id)) {
            setObsolete(true);
            return;
        }
        m_item = current.value();
        m_position = m_item.position;
    }
}

void RetroActionLifecycleCommand::undo()
{
    setPresent(m_action == Action::Remove);
}

void RetroActionLifecycleCommand::redo()
{
    setPresent(m_action == Action::Add);
}
