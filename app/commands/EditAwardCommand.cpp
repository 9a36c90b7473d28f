#include "commands/EditAwardCommand.h"

#include "commands/CommandIds.h"
#include "commands/SetSectionCommand.h"
#include "storage/AwardStore.h"

#include <QCoreApplication>

EditAwardCommand::EditAwardCommand(AwardStore& store, Award oldAward, Award newAward, Field field)
    : m_store(store)
    , m_old(std::move(oldAward))
    , m_new(std::move(newAward))
    , m_field(field)
{
    switch (field) {
    case Field::Year:
        setText(QCoreApplication::translate("EditAwardCommand", "Change award year"));
        break;
    case Field::Title:
        setText(QCoreApplication::translate("EditAwardCommand", "Edit award title"));
        break;
    case Field::Citation:
        setText(QCoreApplication::translate("EditAwardCommand", "Edit award citation"));
        break;
    }
    m_sinceLastMerge.start();
}

void EditAwardCommand::apply(const Award& award)
{
    if (!m_store.update(award)) {
        setObsolete(true);
    }
}

void EditAwardCommand::undo()
{
    apply(m_old);
}

void EditAwardCommand::redo()
{
    apply(m_new);
}

int EditAwardCommand::id() const
{
    return CommandIds::EditAward;
}

bool EditAwardCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const EditAwardCommand*>(other);
    if (&next->m_store != &m_store || next->m_new.id != m_new.id || next->m_field != m_field ||
        m_field == Field::Year || m_sinceLastMerge.elapsed() > SetSectionCommand::MergeWindowMs) {
        return false;
    }
    m_new = next->m_new;
    m_sinceLastMerge.start();
    setObsolete(m_old == m_new);
    return true;
}
