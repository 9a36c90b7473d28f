#pragma once

#include <QUndoCommand>

class StoryDocument;

// Moves a lesson to another place in its story's list.
class MoveLessonCommand : public QUndoCommand
{
public:
    MoveLessonCommand(StoryDocument& document, qint64 lessonId, int from, int to);

    void undo() override;
    void redo() override;

private:
    void moveTo(int position);

    StoryDocument& m_document;
    qint64 m_lessonId;
    int m_from;
    int m_to;
};
