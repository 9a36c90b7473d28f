#pragma once

#include "domain/Award.h"

#include <QUndoCommand>

class AwardStore;

// Gives a story an award, or takes one away; undo brings a removed award back with its id.
class AwardLifecycleCommand : public QUndoCommand
{
public:
    enum class Action {
        Add,
        Remove,
    };

    // Add: `award` is the new award (storyId set, id 0). Remove: `award` is the award as stored.
    AwardLifecycleCommand(AwardStore& store, Action action, Award award);

    void undo() override;
    void redo() override;

    qint64 awardId() const { return m_award.id; }

private:
    void setPresent(bool present);

    AwardStore& m_store;
    Action m_action;
    Award m_award;
};
