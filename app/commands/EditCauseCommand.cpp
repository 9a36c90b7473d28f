#include "commands/EditCauseCommand.h"

#include "commands/CommandIds.h"
#include "storage/CauseStore.h"

#include <QCoreApplication>

EditCauseCommand::EditCauseCommand(CauseStore& store, qint64 id, CauseField field, QVariant oldValue, QVariant newValue)
    : m_store(store)
    , m_id(id)
    , m_field(field)
    , m_oldValue(std::move(oldValue))
    , m_newValue(std::move(newValue))
{
    switch (field) {
    case CauseField::Statement:
        setText(QCoreApplication::translate("EditCauseCommand", "Edit cause statement"));
        break;
    case CauseField::Type:
        setText(QCoreApplication::translate("EditCauseCommand", "Change cause type"));
        break;
    case CauseField::Category:
        setText(QCoreApplication::translate("EditCauseCommand", "Change cause category"));
        break;
    case CauseField::Evidence:
        setText(QCoreApplication::translate("EditCauseCommand", "Edit cause evidence"));
        break;
    }
    m_sinceLastMerge.start();
}

void EditCauseCommand::undo()
{
    if (!m_store.setField(m_id, m_field, m_oldValue)) {
        setObsolete(true);
    }
}

void EditCauseCommand::redo()
{
    if (!m_store.setField(m_id, m_field, m_newValue)) {
        setObsolete(true);
    }
}

int EditCauseCommand::id() const
{
    return CommandIds::EditCause;
}

bool EditCauseCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const EditCauseCommand*>(other);
    const bool text = m_field == CauseField::Statement || m_field == CauseField::Evidence;
    if (!text || &next->m_store != &m_store || next->m_id != m_id || next->m_field != m_field ||
        m_sinceLastMerge.elapsed() > MergeWindowMs) {
        return false;
    }
    m_newValue = next->m_newValue;
    m_sinceLastMerge.start();
    setObsolete(m_oldValue == m_newValue);
    return true;
}
