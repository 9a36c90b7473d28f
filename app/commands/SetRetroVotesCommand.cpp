#include "commands/SetRetroVotesCommand.h"

#include "document/RetroDocument.h"
#include "storage/RetroStore.h"

#include <QCoreApplication>

SetRetroVotesCommand::SetRetroVotesCommand(
    RetroDocument& document, QString participant, RetroItemRef target, int oldDots, int newDots)
    : m_document(document)
    , m_participant(std::move(participant))
    , m_target(target)
    , m_oldDots(oldDots)
    , m_newDots(newDots)
{
    if (m_participant.isEmpty()) {
        setText(QCoreApplication::translate("SetRetroVotesCommand", "Record the room’s dots"));
    } else {
        //: %1 is a participant's name
        setText(QCoreApplication::translate("SetRetroVotesCommand", "Record %1’s dots").arg(m_participant));
    }
}

void SetRetroVotesCommand::apply(int dots)
{
    if (!m_document.store().setVotes(m_document.id(), m_participant, m_target, dots)) {
        setObsolete(true);
    }
}

void SetRetroVotesCommand::undo()
{
    apply(m_oldDots);
}

void SetRetroVotesCommand::redo()
{
    apply(m_newDots);
}
