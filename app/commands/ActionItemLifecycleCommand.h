#pragma once

#include "domain/ActionItem.h"

#include <QUndoCommand>

class StoryDocument;

// Adds an action item at a place in its story's list, or removes one. Undo brings the removed item back
// with its id, times, place and cause links.
class ActionItemLifecycleCommand : public QUndoCommand
{
public:
    enum class Action {
        Add,
        Remove,
    };

    // Add: `item` is the new item (id 0). Remove: `item.id` names the item.
    ActionItemLifecycleCommand(StoryDocument& document, Action action, ActionItem item, int position = -1);

    void undo() override;
    void redo() override;

    qint64 actionId() const { return m_item.id; }

private:
    void setPresent(bool present);

    StoryDocument& m_document;
    Action m_action;
    ActionItem m_item;
    int m_position;
};
