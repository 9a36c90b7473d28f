#include "commands/RetroOutcomeCommand.h"

#include "document/RetroDocument.h"
#include "storage/ActionStore.h"
#include "storage/CauseStore.h"
#include "storage/LessonStore.h"
#include "storage/RetroStore.h"

#include <QCoreApplication>

#include <limits>

RetroOutcomeCommand::RetroOutcomeCommand(
    RetroDocument& document, RetroOutcome outcome, ActionItem action, Lesson lesson, CauseNode cause)
    : m_document(document)
    , m_outcome(std::move(outcome))
    , m_action(std::move(action))
    , m_lesson(std::move(lesson))
    , m_cause(std::move(cause))
{
    switch (m_outcome.kind) {
    case RetroOutcomeKind::ActionItem:
        setText(QCoreApplication::translate("RetroOutcomeCommand", "Add action item to the story"));
        break;
    case RetroOutcomeKind::Lesson:
        setText(QCoreApplication::translate("RetroOutcomeCommand", "Add lesson to the story"));
        break;
    case RetroOutcomeKind::Cause:
        setText(QCoreApplication::translate("RetroOutcomeCommand", "Add cause to the story"));
        break;
    }
}

void RetroOutcomeCommand::redo()
{
    Result<qint64> id = Result<qint64>::failure(
        QCoreApplication::translate("RetroOutcomeCommand", "The retrospective has no linked story."));
    switch (m_outcome.kind) {
    case RetroOutcomeKind::ActionItem:
        if (ActionStore* store = m_document.actionStore()) {
            id = store->insert(m_action, std::numeric_limits<int>::max());
        }
        break;
    case RetroOutcomeKind::Lesson:
        if (LessonStore* store = m_document.lessonStore()) {
            id = store->insert(m_lesson, std::numeric_limits<int>::max());
        }
        break;
    case RetroOutcomeKind::Cause:
        if (CauseStore* store = m_document.causeStore()) {
            id = store->insert(m_cause);
        }
        break;
    }
    if (!id) {
        setObsolete(true);
        return;
    }
    m_action.id = m_lesson.id = m_cause.id = id.value();
    m_outcome.targetId = id.value();
    if (!m_document.store().addOutcome(m_outcome)) {
        setObsolete(true);
    }
}

void RetroOutcomeCommand::undo()
{
    (void)m_document.store().removeOutcome(m_outcome.retroId, m_outcome.kind, m_outcome.targetId);
    Status s;
    switch (m_outcome.kind) {
    case RetroOutcomeKind::ActionItem:
        s = m_document.actionStore() ? m_document.actionStore()->remove(m_outcome.targetId) : Status();
        break;
    case RetroOutcomeKind::Lesson:
        s = m_document.lessonStore() ? m_document.lessonStore()->remove(m_outcome.targetId) : Status();
        break;
    case RetroOutcomeKind::Cause:
        s = m_document.causeStore() ? m_document.causeStore()->removeSubtree(m_outcome.targetId) : Status();
        break;
    }
    if (!s) {
        setObsolete(true);
    }
}
