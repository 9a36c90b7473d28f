#pragma once

#include "domain/RetroAction.h"

#include <QUndoCommand>

class RetroDocument;

// Adds an action item to a retro, or removes one (undo brings it back with its id and place).
class RetroActionLifecycleCommand : public QUndoCommand
{
public:
    enum class Action {
        Add,
        Remove,
    };

    RetroActionLifecycleCommand(RetroDocument& document, Action action, RetroAction item, int position = -1);

    void undo() override;
    void redo() override;

    qint64 actionId() const { return m_item.id; }

private:
    void setPresent(bool present);

    RetroDocument& m_document;
    Action m_action;
    RetroAction m_item;
    int m_position;
};
