#pragma once

#include <QUndoCommand>

class CauseStore;

// Moves a node with its subtree: indent, outdent, drag and drop.
class MoveCauseCommand : public QUndoCommand
{
public:
    // `newPosition` counts the new parent's children without the moved node.
    MoveCauseCommand(CauseStore& store,
                     qint64 id,
                     qint64 oldParentId,
                     int oldPosition,
                     qint64 newParentId,
                     int newPosition,
                     const QString& text);

    void undo() override;
    void redo() override;

private:
    CauseStore& m_store;
    qint64 m_id;
    qint64 m_oldParentId;
    int m_oldPosition;
    qint64 m_newParentId;
    int m_newPosition;
};
