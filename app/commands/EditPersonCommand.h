#pragma once

#include "domain/Person.h"

#include <QUndoCommand>

class PeopleModel;

// Changes the name or role of one person involved in a story.
class EditPersonCommand : public QUndoCommand
{
public:
    EditPersonCommand(PeopleModel& model, int row, Person oldValue, Person newValue);

    void undo() override;
    void redo() override;

private:
    PeopleModel& m_model;
    int m_row;
    Person m_old;
    Person m_new;
};
