#pragma once

#include "domain/CauseNode.h"

#include <QUndoCommand>

class CauseStore;

// Adds a node to a cause tree (a problem, a "Why?" child or a sibling). Redo after undo brings the
// node back with the same id, so later commands that name it still find it.
class AddCauseCommand : public QUndoCommand
{
public:
    AddCauseCommand(CauseStore& store, CauseNode node, const QString& text);

    void undo() override;
    void redo() override;

    // The new node's id once redo() ran; 0 when it failed.
    qint64 nodeId() const { return m_node.id; }

private:
    CauseStore& m_store;
    CauseNode m_node;
};
