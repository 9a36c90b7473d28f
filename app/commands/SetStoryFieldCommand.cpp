#include "commands/SetStoryFieldCommand.h"

#include "commands/CommandIds.h"
#include "commands/SetSectionCommand.h"
#include "document/StoryDocument.h"
#include "domain/StoryRules.h"

#include <QCoreApplication>

SetStoryFieldCommand::SetStoryFieldCommand(StoryDocument& document,
                                           StoryField field,
                                           QVariant oldValue,
                                           QVariant newValue)
    : m_document(document)
    , m_field(field)
    , m_oldValue(std::move(oldValue))
    , m_newValue(std::move(newValue))
{
    //: %1 is a field name such as "title"
    setText(QCoreApplication::translate("SetStoryFieldCommand", "Change %1").arg(StoryRules::fieldName(field)));
    m_sinceLastMerge.start();
}

void SetStoryFieldCommand::undo()
{
    if (!m_document.applyField(m_field, m_oldValue)) {
        setObsolete(true);
    }
}

void SetStoryFieldCommand::redo()
{
    if (!m_document.applyField(m_field, m_newValue)) {
        setObsolete(true);
    }
}

int SetStoryFieldCommand::id() const
{
    return CommandIds::SetStoryField;
}

bool SetStoryFieldCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetStoryFieldCommand*>(other);
    if (&next->m_document != &m_document || next->m_field != m_field) {
        return false;
    }
    // Typing a title merges; a status or a severity change is a decision of its own.
    const bool typed = m_field == StoryField::Title || m_field == StoryField::StartedAt ||
                       m_field == StoryField::DetectedAt || m_field == StoryField::ResolvedAt;
    if (!typed || m_sinceLastMerge.elapsed() > SetSectionCommand::MergeWindowMs) {
        return false;
    }
    m_newValue = next->m_newValue;
    m_sinceLastMerge.start();
    setObsolete(m_oldValue == m_newValue);
    return true;
}
