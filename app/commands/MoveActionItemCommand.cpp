#include "commands/MoveActionItemCommand.h"

#include "document/StoryDocument.h"
#include "storage/ActionStore.h"

#include <QCoreApplication>

MoveActionItemCommand::MoveActionItemCommand(StoryDocument& document, qint64 actionId, int from, int to)
    : m_document(document)
    , m_actionId(actionId)
    , m_from(from)
    , m_to(to)
{
    setText(QCoreApplication::translate("MoveActionItemCommand", "Move action item"));
}

void MoveActionItemCommand::moveTo(int position)
{
    ActionStore* store = m_document.actionStore();
    if (!store || !store->move(m_actionId, position)) {
        setObsolete(true);
    }
}

void MoveActionItemCommand::undo()
{
    moveTo(m_from);
}

void MoveActionItemCommand::redo()
{
    moveTo(m_to);
}
