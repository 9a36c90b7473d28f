#include "commands/SetRetroPhaseCommand.h"

#include "document/RetroDocument.h"

#include <QCoreApplication>

SetRetroPhaseCommand::SetRetroPhaseCommand(RetroDocument& document, RetroPhase from, RetroPhase to, bool reveal)
    : m_document(document)
    , m_from(from)
    , m_to(to)
    , m_reveal(reveal)
{
    //: %1 is the name of a retrospective phase, such as "Vote"
    setText(QCoreApplication::translate("SetRetroPhaseCommand", "Go to “%1”").arg(RetroPhases::name(to)));
}

void SetRetroPhaseCommand::undo()
{
    if (!m_document.applyPhase(m_from, m_reveal ? std::optional<bool>(false) : std::nullopt)) {
        setObsolete(true);
    }
}

void SetRetroPhaseCommand::redo()
{
    if (!m_document.applyPhase(m_to, m_reveal ? std::optional<bool>(true) : std::nullopt)) {
        setObsolete(true);
    }
}
