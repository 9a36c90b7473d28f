#pragma once

#include "domain/ActionItem.h"
#include "domain/CauseNode.h"
#include "domain/Lesson.h"
#include "domain/RetroOutcome.h"

#include <QUndoCommand>

class RetroDocument;

// Turns a card or group into an action item, lesson or cause of the retro's linked story (through
// ActionStore / LessonStore / CauseStore) and records it for the summary. Undo removes it again;
// redo puts it back with the same id.
class RetroOutcomeCommand : public QUndoCommand
{
public:
    RetroOutcomeCommand(
        RetroDocument& document, RetroOutcome outcome, ActionItem action, Lesson lesson, CauseNode cause);

    void undo() override;
    void redo() override;

    qint64 targetId() const { return m_outcome.targetId; }

private:
    RetroDocument& m_document;
    RetroOutcome m_outcome;
    ActionItem m_action;
    Lesson m_lesson;
    CauseNode m_cause;
};
