#pragma once

#include <QUndoCommand>

class StoryDocument;

// Moves an action item to another place in its story's list.
class MoveActionItemCommand : public QUndoCommand
{
public:
    MoveActionItemCommand(StoryDocument& document, qint64 actionId, int from, int to);

    void undo() override;
    void redo() override;

private:
    void moveTo(int position);

    StoryDocument& m_document;
    qint64 m_actionId;
    int m_from;
    int m_to;
};
