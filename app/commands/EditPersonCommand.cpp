#include "commands/EditPersonCommand.h"

#include "models/PeopleModel.h"

#include <QCoreApplication>

EditPersonCommand::EditPersonCommand(PeopleModel& model, int row, Person oldValue, Person newValue)
    : m_model(model)
    , m_row(row)
    , m_old(std::move(oldValue))
    , m_new(std::move(newValue))
{
    setText(QCoreApplication::translate("EditPersonCommand", "Edit person"));
}

void EditPersonCommand::redo()
{
    if (!m_model.applyUpdate(m_row, m_new)) {
        setObsolete(true);
    }
}

void EditPersonCommand::undo()
{
    if (!m_model.applyUpdate(m_row, m_old)) {
        setObsolete(true);
    }
}
