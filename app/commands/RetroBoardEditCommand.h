#pragma once

#include "domain/RetroBoardEdit.h"

#include <QUndoCommand>

class RetroDocument;

// Grouping, ungrouping and moving cards: applies a RetroBoardEdit through the store; undo applies
// the inverse the store returned. New groups keep their ids across undo/redo.
class RetroBoardEditCommand : public QUndoCommand
{
public:
    RetroBoardEditCommand(RetroDocument& document, RetroBoardEdit edit, const QString& text);

    void undo() override;
    void redo() override;

    // After the first redo: the id of the first inserted group (0: none).
    qint64 insertedGroupId() const { return m_insertedGroupId; }

private:
    RetroDocument& m_document;
    RetroBoardEdit m_edit;
    RetroBoardEdit m_inverse;
    qint64 m_insertedGroupId = 0;
};
