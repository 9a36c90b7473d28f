#include "commands/SetRetroFieldCommand.h"

#include "commands/CommandIds.h"
#include "commands/SetSectionCommand.h"
#include "document/RetroDocument.h"

#include <QCoreApplication>

SetRetroFieldCommand::SetRetroFieldCommand(RetroDocument& document,
                                           RetroField field,
                                           QVariant oldValue,
                                           QVariant newValue)
    : m_document(document)
    , m_field(field)
    , m_oldValue(std::move(oldValue))
    , m_newValue(std::move(newValue))
{
    if (field == RetroField::Revealed) {
        setText(m_newValue.toBool() ? QCoreApplication::translate("SetRetroFieldCommand", "Reveal cards")
                                    : QCoreApplication::translate("SetRetroFieldCommand", "Hide cards"));
    } else {
        //: %1 is a field of a retrospective, such as "title" or "team"
        setText(QCoreApplication::translate("SetRetroFieldCommand", "Change %1").arg(Retro::fieldName(field)));
    }
    m_sinceLastMerge.start();
}

void SetRetroFieldCommand::undo()
{
    if (!m_document.applyField(m_field, m_oldValue)) {
        setObsolete(true);
    }
}

void SetRetroFieldCommand::redo()
{
    if (!m_document.applyField(m_field, m_newValue)) {
        setObsolete(true);
    }
}

int SetRetroFieldCommand::id() const
{
    return CommandIds::SetRetroField;
}

bool SetRetroFieldCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetRetroFieldCommand*>(other);
    const bool typed =
        m_field == RetroField::Title || m_field == RetroField::Team || m_field == RetroField::Facilitator;
    if (&next->m_document != &m_document || next->m_field != m_field || !typed ||
        m_sinceLastMerge.elapsed() > SetSectionCommand::MergeWindowMs) {
        return false;
    }
    m_newValue = next->m_newValue;
    m_sinceLastMerge.start();
    setObsolete(m_oldValue == m_newValue);
    return true;
}
