#include "commands/PersonLifecycleCommand.h"

#include "models/PeopleModel.h"

#include <QCoreApplication>

PersonLifecycleCommand::PersonLifecycleCommand(PeopleModel& model, Action action, int row, Person person)
    : m_model(model)
    , m_action(action)
    , m_row(row)
    , m_person(std::move(person))
{
    setText(action == Action::Add ? QCoreApplication::translate("PersonLifecycleCommand", "Add person")
                                  : QCoreApplication::translate("PersonLifecycleCommand", "Remove person"));
}

bool PersonLifecycleCommand::setPresent(bool present)
{
    return present ? m_model.applyInsert(m_row, m_person).ok() : m_model.applyRemove(m_row).ok();
}

void PersonLifecycleCommand::redo()
{
    if (!setPresent(m_action == Action::Add)) {
        setObsolete(true);
    }
}

void PersonLifecycleCommand::undo()
{
    if (!setPresent(m_action != Action::Add)) {
        setObsolete(true);
    }
}
