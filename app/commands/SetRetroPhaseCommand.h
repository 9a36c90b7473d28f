#pragma once

#include "domain/RetroPhase.h"

#include <QUndoCommand>

class RetroDocument;

// Moves a retro to another phase; with `reveal`, hidden cards are revealed in the same step (undo
// hides them again).
class SetRetroPhaseCommand : public QUndoCommand
{
public:
    SetRetroPhaseCommand(RetroDocument& document, RetroPhase from, RetroPhase to, bool reveal);

    void undo() override;
    void redo() override;

private:
    RetroDocument& m_document;
    RetroPhase m_from;
    RetroPhase m_to;
    bool m_reveal;
};
