#pragma once

#include "domain/Person.h"

#include <QUndoCommand>

class PeopleModel;

// Adds a person to a story's people involved, or removes one; undo does the opposite.
class PersonLifecycleCommand : public QUndoCommand
{
public:
    enum class Action {
        Add,
        Remove,
    };

    PersonLifecycleCommand(PeopleModel& model, Action action, int row, Person person);

    void undo() override;
    void redo() override;

private:
    bool setPresent(bool present);

    PeopleModel& m_model;
    Action m_action;
    int m_row;
    Person m_person;
};
