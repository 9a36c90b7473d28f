#pragma once

#include "domain/CauseCategory.h"

#include <QList>
#include <QUndoCommand>

class CauseStore;

// Adds, renames, moves or removes a cause category of the library. Removing remembers which nodes
// were filed under it, so undo files them there again.
class CauseCategoryCommand : public QUndoCommand
{
public:
    enum class Action {
        Add,
        Rename,
        Move,
        Remove,
    };

    // Add: `category` (position -1 appends). Rename: category.id and the new name. Move: category.id
    // and the new position. Remove: category.id.
    CauseCategoryCommand(CauseStore& store, Action action, CauseCategory category);

    void undo() override;
    void redo() override;

    qint64 categoryId() const { return m_category.id; }

private:
    CauseStore& m_store;
    Action m_action;
    CauseCategory m_category; // as it is after redo
    CauseCategory m_before;   // as it was before redo
    QList<qint64> m_nodeIds;  // Remove: the nodes filed under it
};
