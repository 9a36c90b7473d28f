#pragma once

#include "domain/CauseSubtree.h"

#include <QUndoCommand>

class CauseStore;

// Removes a node with everything below it; undo puts the whole subtree back with the same ids,
// positions and links from lessons and action items.
class RemoveCauseSubtreeCommand : public QUndoCommand
{
public:
    RemoveCauseSubtreeCommand(CauseStore& store, CauseSubtree subtree);

    void undo() override;
    void redo() override;

private:
    CauseStore& m_store;
    CauseSubtree m_subtree;
};
