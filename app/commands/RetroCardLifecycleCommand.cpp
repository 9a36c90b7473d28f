#include "commands/RetroCardLifecycleCommand.h"

#include "document/RetroDocument.h"

#include <QCoreApplication>

RetroCardLifecycleCommand::RetroCardLifecycleCommand(RetroDocument& document,
                                                     Action action,
                                                     RetroCard card,
                                                     int position)
    : m_document(document)
    , m_action(action)
    , m_position(position)
{
    m_snapshot.card = std::move(card);
    setText(action == Action::Add ? QCoreApplication::translate("RetroCardLifecycleCommand", "Add card")
                                  : QCoreApplication::translate("RetroCardLifecycleCommand", "Remove card"));
}

void RetroCardLifecycleCommand::setPresent(bool present)
{
    RetroStore& store = m_document.store();
    if (present) {
        auto id = store.insertCard(m_snapshot.card, m_position, m_snapshot.votes);
        if (!id) {
            setObsolete(true);
            return;
        }
        m_snapshot.card.id = id.value();
    } else {
        auto removed = store.removeCard(m_snapshot.card.id);
        if (!removed) {
            setObsolete(true);
            return;
        }
        m_snapshot = removed.value();
        m_position = m_snapshot.card.position;
    }
}

void RetroCardLifecycleCommand::undo()
{
    setPresent(m_action == Action::Remove);
}

void RetroCardLifecycleCommand::redo()
{
    setPresent(m_action == Action::Add);
}
