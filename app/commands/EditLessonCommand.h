#pragma once

#include "domain/Lesson.h"

#include <QElapsedTimer>
#include <QUndoCommand>
#include <QVariant>

class StoryDocument;

// Changes one field of a lesson: its kind, its text or its linked causes. Consecutive typing in one
// lesson's text merges into one step.
class EditLessonCommand : public QUndoCommand
{
public:
    EditLessonCommand(
        StoryDocument& document, qint64 lessonId, LessonField field, QVariant oldValue, QVariant newValue);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    void apply(const QVariant& value);

    StoryDocument& m_document;
    qint64 m_lessonId;
    LessonField m_field;
    QVariant m_oldValue;
    QVariant m_newValue;
    QElapsedTimer m_sinceLastMerge;
};
