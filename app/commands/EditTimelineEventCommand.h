#pragma once

#include "domain/TimelineEvent.h"

#include <QUndoCommand>

class TimelineStore;

// Changes an event of a timeline (its time, kind, description or person). Each committed cell edit
// is a step of its own.
class EditTimelineEventCommand : public QUndoCommand
{
public:
    EditTimelineEventCommand(TimelineStore& store, TimelineEvent before, TimelineEvent after, const QString& text);

    void undo() override;
    void redo() override;

private:
    TimelineStore& m_store;
    TimelineEvent m_before;
    TimelineEvent m_after;
};
