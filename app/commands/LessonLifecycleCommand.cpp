#include "commands/LessonLifecycleCommand.h"

#include "document/StoryDocument.h"
#include "storage/LessonStore.h"

#include <QCoreApplication>

#include <climits>

LessonLifecycleCommand::LessonLifecycleCommand(StoryDocument& document, Action action, Lesson lesson, int position)
    : m_document(document)
    , m_action(action)
    , m_lesson(std::move(lesson))
    , m_position(position)
{
    setText(action == Action::Add ? QCoreApplication::translate("LessonLifecycleCommand", "Add lesson")
                                  : QCoreApplication::translate("LessonLifecycleCommand", "Remove lesson"));
}

void LessonLifecycleCommand::undo()
{
    setPresent(m_action == Action::Remove);
}

void LessonLifecycleCommand::redo()
{
    setPresent(m_action == Action::Add);
}

void LessonLifecycleCommand::setPresent(bool present)
{
    LessonStore* store = m_document.lessonStore();
    if (!store) {
        setObsolete(true);
        return;
    }
    if (present) {
        m_lesson.storyId = m_document.id();
        auto id = store->insert(m_lesson, m_position < 0 ? INT_MAX : m_position);
        if (!id) {
            setObsolete(true);
            return;
        }
        m_lesson.id = id.value();
        if (auto position = store->positionOf(m_lesson.id)) {
            m_position = position.value();
        }
        return;
    }
    // Keep the lesson as it is now, for bringing it back.
    auto current = store->lesson(m_lesson.id);
    auto position = store->positionOf(m_lesson.id);
    if (!current || !position) {
        setObsolete(true);
        return;
    }
    m_lesson = std::move(current).value();
    m_position = position.value();
    if (!store->remove(m_lesson.id)) {
        setObsolete(true);
    }
}
