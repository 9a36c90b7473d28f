#include "commands/EditRetroCardCommand.h"

#include "commands/CommandIds.h"
#include "commands/SetSectionCommand.h"
#include "document/RetroDocument.h"
#include "storage/RetroStore.h"

#include <QCoreApplication>

EditRetroCardCommand::EditRetroCardCommand(
    RetroDocument& document, qint64 cardId, RetroCardField field, QVariant oldValue, QVariant newValue)
    : m_document(document)
    , m_target(RetroItemRef::card(cardId))
    , m_field(static_cast<int>(field))
    , m_oldValue(std::move(oldValue))
    , m_newValue(std::move(newValue))
{
    switch (field) {
    case RetroCardField::Text:
        setText(QCoreApplication::translate("EditRetroCardCommand", "Edit card"));
        break;
    case RetroCardField::Author:
        setText(QCoreApplication::translate("EditRetroCardCommand", "Change card author"));
        break;
    case RetroCardField::Notes:
        setText(QCoreApplication::translate("EditRetroCardCommand", "Edit notes"));
        break;
    }
    m_sinceLastMerge.start();
}

EditRetroCardCommand::EditRetroCardCommand(
    RetroDocument& document, qint64 groupId, RetroGroupField field, QVariant oldValue, QVariant newValue)
    : m_document(document)
    , m_target(RetroItemRef::group(groupId))
    , m_field(static_cast<int>(field))
    , m_oldValue(std::move(oldValue))
    , m_newValue(std::move(newValue))
{
    setText(field == RetroGroupField::Name ? QCoreApplication::translate("EditRetroCardCommand", "Rename group")
                                           : QCoreApplication::translate("EditRetroCardCommand", "Edit notes"));
    m_sinceLastMerge.start();
}

void EditRetroCardCommand::apply(const QVariant& value)
{
    RetroStore& store = m_document.store();
    const Status s = m_target.isCard() ? store.setCardField(m_target.id, static_cast<RetroCardField>(m_field), value)
                                       : store.setGroupField(m_target.id, static_cast<RetroGroupField>(m_field), value);
    if (!s) {
        setObsolete(true);
    }
}

void EditRetroCardCommand::undo()
{
    apply(m_oldValue);
}

void EditRetroCardCommand::redo()
{
    apply(m_newValue);
}

int EditRetroCardCommand::id() const
{
    return CommandIds::EditRetroCard;
}

bool EditRetroCardCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const EditRetroCardCommand*>(other);
    if (&next->m_document != &m_document || next->m_target != m_target || next->m_field != m_field ||
        m_sinceLastMerge.elapsed() > SetSectionCommand::MergeWindowMs) {
        return false;
    }
    m_newValue = next->m_newValue;
    m_sinceLastMerge.start();
    setObsolete(m_oldValue == m_newValue);
    return true;
}
