#pragma once

#include "domain/Story.h"

#include <QElapsedTimer>
#include <QUndoCommand>
#include <QVariant>

class StoryDocument;

// Changes one metadata field of a story. Consecutive edits of the same text field merge.
class SetStoryFieldCommand : public QUndoCommand
{
public:
    SetStoryFieldCommand(StoryDocument& document, StoryField field, QVariant oldValue, QVariant newValue);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    StoryDocument& m_document;
    StoryField m_field;
    QVariant m_oldValue;
    QVariant m_newValue;
    QElapsedTimer m_sinceLastMerge;
};
