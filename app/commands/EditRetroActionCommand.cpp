#include "commands/EditRetroActionCommand.h"

#include "commands/CommandIds.h"
#include "commands/SetSectionCommand.h"
#include "document/RetroDocument.h"
#include "storage/RetroStore.h"

#include <QCoreApplication>

EditRetroActionCommand::EditRetroActionCommand(
    RetroDocument& document, qint64 actionId, RetroActionField field, QVariant oldValue, QVariant newValue)
    : m_document(document)
    , m_actionId(actionId)
    , m_field(field)
    , m_oldValue(std::move(oldValue))
    , m_newValue(std::move(newValue))
{
    //: %1 is a field of an action item, such as "owner" or "due date"
    setText(QCoreApplication::translate("EditRetroActionCommand", "Change %1").arg(RetroAction::fieldName(field)));
    m_sinceLastMerge.start();
}

void EditRetroActionCommand::apply(const QVariant& value)
{
    if (!m_document.store().setActionField(m_actionId, m_field, value)) {
        setObsolete(true);
    }
}

void EditRetroActionCommand::undo()
{
    apply(m_oldValue);
}

void EditRetroActionCommand::redo()
{
    apply(m_newValue);
}

int EditRetroActionCommand::id() const
{
    return CommandIds::EditRetroAction;
}

bool EditRetroActionCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const EditRetroActionCommand*>(other);
    const bool typed = m_field == RetroActionField::Title || m_field == RetroActionField::Owner;
    if (&next->m_document != &m_document || next->m_actionId != m_actionId || next->m_field != m_field || !typed ||
        m_sinceLastMerge.elapsed() > SetSectionCommand::MergeWindowMs) {
        return false;
    }
    m_newValue = next->m_newValue;
    m_sinceLastMerge.start();
    setObsolete(m_oldValue == m_newValue);
    return true;
}
