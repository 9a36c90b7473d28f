#include "commands/EditLessonCommand.h"

#include "commands/CommandIds.h"
#include "commands/SetSectionCommand.h"
#include "document/StoryDocument.h"
#include "storage/LessonStore.h"

#include <QCoreApplication>

EditLessonCommand::EditLessonCommand(
    StoryDocument& document, qint64 lessonId, LessonField field, QVariant oldValue, QVariant newValue)
    : m_document(document)
    , m_lessonId(lessonId)
    , m_field(field)
    , m_oldValue(std::move(oldValue))
    , m_newValue(std::move(newValue))
{
    switch (field) {
    case LessonField::Kind:
        setText(QCoreApplication::translate("EditLessonCommand", "Change lesson kind"));
        break;
    case LessonField::Text:
        setText(QCoreApplication::translate("EditLessonCommand", "Edit lesson"));
        break;
    case LessonField::Causes:
        setText(QCoreApplication::translate("EditLessonCommand", "Link lesson to causes"));
        break;
    }
    m_sinceLastMerge.start();
}

void EditLessonCommand::apply(const QVariant& value)
{
    LessonStore* store = m_document.lessonStore();
    if (!store || !store->setField(m_lessonId, m_field, value)) {
        setObsolete(true);
    }
}

void EditLessonCommand::undo()
{
    apply(m_oldValue);
}

void EditLessonCommand::redo()
{
    apply(m_newValue);
}

int EditLessonCommand::id() const
{
    return CommandIds::EditLesson;
}

bool EditLessonCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const EditLessonCommand*>(other);
    if (&next->m_document != &m_document || next->m_lessonId != m_lessonId || next->m_field != m_field ||
        m_field != LessonField::Text || m_sinceLastMerge.elapsed() > SetSectionCommand::MergeWindowMs) {
        return false;
    }
    m_newValue = next->m_newValue;
    m_sinceLastMerge.start();
    setObsolete(m_oldValue == m_newValue);
    return true;
}
