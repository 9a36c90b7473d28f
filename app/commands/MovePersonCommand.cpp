#include "commands/MovePersonCommand.h"

#include "models/PeopleModel.h"

#include <QCoreApplication>

MovePersonCommand::MovePersonCommand(PeopleModel& model, int from, int to)
    : m_model(model)
    , m_from(from)
    , m_to(to)
{
    setText(QCoreApplication::translate("MovePersonCommand", "Move person"));
}

void MovePersonCommand::redo()
{
    if (!m_model.applyMove(m_from, m_to)) {
        setObsolete(true);
    }
}

void MovePersonCommand::undo()
{
    if (!m_model.applyMove(m_to, m_from)) {
        setObsolete(true);
    }
}
