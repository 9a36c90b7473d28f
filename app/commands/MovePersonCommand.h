#pragma once

#include <QUndoCommand>

class PeopleModel;

// Moves a person to another place in a story's list of people involved.
class MovePersonCommand : public QUndoCommand
{
public:
    MovePersonCommand(PeopleModel& model, int from, int to);

    void undo() override;
    void redo() override;

private:
    PeopleModel& m_model;
    int m_from;
    int m_to;
};
