#pragma once

#include "domain/RetroAction.h"
#include "domain/RetroReviewItem.h"
#include "util/Result.h"

#include <QUndoCommand>

class RetroDocument;

// Records a decision on an earlier action in the Review phase. Done also sets the source action's
// status to Done; Carried over also copies it into this retro's actions. Undo restores the previous
// decision, status and removes the copy.
class RetroReviewCommand : public QUndoCommand
{
public:
    RetroReviewCommand(RetroDocument& document, RetroReviewItem item, RetroReviewDecision decision);

    void undo() override;
    void redo() override;

private:
    Status apply(RetroReviewDecision from, RetroReviewDecision to);

    RetroDocument& m_document;
    RetroReviewItem m_item; // as it was before
    RetroReviewDecision m_decision;
    RetroAction m_copy; // the carried-over copy (id kept across redo)
};
