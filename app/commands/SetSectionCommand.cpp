#include "commands/SetSectionCommand.h"

#include "commands/CommandIds.h"
#include "document/StoryDocument.h"
#include "domain/StoryRules.h"

#include <QCoreApplication>

SetSectionCommand::SetSectionCommand(StoryDocument& document, Section section, QString oldText, QString newText)
    : m_document(document)
    , m_section(section)
    , m_oldText(std::move(oldText))
    , m_newText(std::move(newText))
{
    //: %1 is a section title such as "Impact"
    setText(QCoreApplication::translate("SetSectionCommand", "Typing in %1").arg(StoryRules::sectionTitle(section)));
    m_sinceLastMerge.start();
}

void SetSectionCommand::undo()
{
    if (!m_document.applySection(m_section, m_oldText)) {
        setObsolete(true);
    }
}

void SetSectionCommand::redo()
{
    if (!m_document.applySection(m_section, m_newText)) {
        setObsolete(true);
    }
}

int SetSectionCommand::id() const
{
    return CommandIds::SetSection;
}

bool SetSectionCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetSectionCommand*>(other);
    if (&next->m_document != &m_document || next->m_section != m_section ||
        m_sinceLastMerge.elapsed() > MergeWindowMs) {
        return false;
    }
    m_newText = next->m_newText;
    m_sinceLastMerge.start();
    setObsolete(m_oldText == m_newText);
    return true;
}
