#pragma once

#include "domain/RetroItemRef.h"

#include <QString>
#include <QUndoCommand>

class RetroDocument;

// Sets one participant's (or the room's) dots on a card or group.
class SetRetroVotesCommand : public QUndoCommand
{
public:
    SetRetroVotesCommand(RetroDocument& document, QString participant, RetroItemRef target, int oldDots, int newDots);

    void undo() override;
    void redo() override;

private:
    void apply(int dots);

    RetroDocument& m_document;
    QString m_participant;
    RetroItemRef m_target;
    int m_oldDots;
    int m_newDots;
};
