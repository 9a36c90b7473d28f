#include "commands/MoveCauseCommand.h"

#include "storage/CauseStore.h"

MoveCauseCommand::MoveCauseCommand(CauseStore& store,
                                   qint64 id,
                                   qint64 oldParentId,
                                   int oldPosition,
                                   qint64 newParentId,
                                   int newPosition,
                                   const QString& text)
    : QUndoCommand(text)
    , m_store(store)
    , m_id(id)
    , m_oldParentId(oldParentId)
    , m_oldPosition(oldPosition)
    , m_newParentId(newParentId)
    , m_newPosition(newPosition)
{
}

void MoveCauseCommand::undo()
{
    if (!m_store.move(m_id, m_oldParentId, m_oldPosition)) {
        setObsolete(true);
    }
}

void MoveCauseCommand::redo()
{
    if (!m_store.move(m_id, m_newParentId, m_newPosition)) {
        setObsolete(true);
    }
}
