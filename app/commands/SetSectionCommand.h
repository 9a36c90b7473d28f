#pragma once

#include "domain/Story.h"

#include <QElapsedTimer>
#include <QUndoCommand>

class StoryDocument;

// Replaces the text of one section. Typing in the same section merges into one command until the
// author pauses for a while or edits something else.
class SetSectionCommand : public QUndoCommand
{
public:
    SetSectionCommand(StoryDocument& document, Section section, QString oldText, QString newText);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    static constexpr int MergeWindowMs = 3000;

private:
    StoryDocument& m_document;
    Section m_section;
    QString m_oldText;
    QString m_newText;
    QElapsedTimer m_sinceLastMerge;
};
