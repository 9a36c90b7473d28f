#pragma once

#include "storage/RetroRows.h"

#include <QUndoCommand>

class RetroStore;

// Creates or deletes a retro on the library's undo stack. Undo of a delete puts every row back with
// the same ids; undo of a create removes it (its rows are kept for redo).
class RetroLifecycleCommand : public QUndoCommand
{
public:
    enum class Action {
        Create, // the retro exists already when pushed; redo() restores it after an undo
        Delete, // the retro is already deleted when pushed; undo() restores it
    };

    RetroLifecycleCommand(RetroStore& store, Action action, RetroRows rows, const QString& text);

    void undo() override;
    void redo() override;

private:
    void setPresent(bool present);

    RetroStore& m_store;
    Action m_action;
    RetroRows m_rows;
    bool m_firstRedo = true;
};
