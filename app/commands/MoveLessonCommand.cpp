#include "commands/MoveLessonCommand.h"

#include "document/StoryDocument.h"
#include "storage/LessonStore.h"

#include <QCoreApplication>

MoveLessonCommand::MoveLessonCommand(StoryDocument& document, qint64 lessonId, int from, int to)
    : m_document(document)
    , m_lessonId(lessonId)
    , m_from(from)
    , m_to(to)
{
    setText(QCoreApplication::translate("MoveLessonCommand", "Move lesson"));
}

void MoveLessonCommand::moveTo(int position)
{
    LessonStore* store = m_document.lessonStore();
    if (!store || !store->move(m_lessonId, position)) {
        setObsolete(true);
    }
}

void MoveLessonCommand::undo()
{
    moveTo(m_from);
}

void MoveLessonCommand::redo()
{
    moveTo(m_to);
}
