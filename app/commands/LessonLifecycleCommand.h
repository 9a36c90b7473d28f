#pragma once

#include "domain/Lesson.h"

#include <QUndoCommand>

class StoryDocument;

// Adds a lesson at a place in its story's list, or removes one. Undo brings the removed lesson back
// with its id, place and cause links.
class LessonLifecycleCommand : public QUndoCommand
{
public:
    enum class Action {
        Add,
        Remove,
    };

    // Add: `lesson` is the new lesson (its storyId set, id 0). Remove: `lesson.id` names the lesson.
    LessonLifecycleCommand(StoryDocument& document, Action action, Lesson lesson, int position = -1);

    void undo() override;
    void redo() override;

    qint64 lessonId() const { return m_lesson.id; }

private:
    void setPresent(bool present);

    StoryDocument& m_document;
    Action m_action;
    Lesson m_lesson;
    int m_position;
};
