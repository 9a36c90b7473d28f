#include "commands/EditActionItemCommand.h"

#include "commands/CommandIds.h"
#include "commands/SetSectionCommand.h"
#include "document/StoryDocument.h"
#include "storage/ActionStore.h"

#include <QCoreApplication>

EditActionItemCommand::EditActionItemCommand(
    StoryDocument& document, qint64 actionId, ActionField field, QVariant oldValue, QVariant newValue)
    : m_document(document)
    , m_actionId(actionId)
    , m_field(field)
    , m_oldValue(std::move(oldValue))
    , m_newValue(std::move(newValue))
{
    if (field == ActionField::Causes) {
        setText(QCoreApplication::translate("EditActionItemCommand", "Link action item to causes"));
    } else {
        //: %1 is a field of an action item, such as "owner" or "due date"
        setText(QCoreApplication::translate("EditActionItemCommand", "Change %1").arg(ActionRules::fieldName(field)));
    }
    m_sinceLastMerge.start();
}

void EditActionItemCommand::apply(const QVariant& value)
{
    ActionStore* store = m_document.actionStore();
    if (!store || !store->setField(m_actionId, m_field, value)) {
        setObsolete(true);
    }
}

void EditActionItemCommand::undo()
{
    apply(m_oldValue);
}

void EditActionItemCommand::redo()
{
    apply(m_newValue);
}

int EditActionItemCommand::id() const
{
    return CommandIds::EditActionItem;
}

bool EditActionItemCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const EditActionItemCommand*>(other);
    const bool typed =
        m_field == ActionField::Title || m_field == ActionField::Owner || m_field == ActionField::TicketUrl;
    if (&next->m_document != &m_document || next->m_actionId != m_actionId || next->m_field != m_field || !typed ||
        m_sinceLastMerge.elapsed() > SetSectionCommand::MergeWindowMs) {
        return false;
    }
    m_newValue = next->m_newValue;
    m_sinceLastMerge.start();
    setObsolete(m_oldValue == m_newValue);
    return true;
}
