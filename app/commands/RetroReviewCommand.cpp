#include "commands/RetroReviewCommand.h"

#include "document/RetroDocument.h"
#include "storage/ActionStore.h"
#include "storage/RetroStore.h"

#include <QCoreApplication>

RetroReviewCommand::RetroReviewCommand(RetroDocument& document, RetroReviewItem item, RetroReviewDecision decision)
    : m_document(document)
    , m_item(std::move(item))
    , m_decision(decision)
{
    switch (decision) {
    case RetroReviewDecision::Done:
        setText(QCoreApplication::translate("RetroReviewCommand", "Mark action as done"));
        break;
    case RetroReviewDecision::CarriedOver:
        setText(QCoreApplication::translate("RetroReviewCommand", "Carry action over"));
        break;
    case RetroReviewDecision::Undecided:
        setText(QCoreApplication::translate("RetroReviewCommand", "Clear review decision"));
        break;
    }
    m_copy.id = m_item.decision == RetroReviewDecision::CarriedOver ? m_item.carriedActionId : 0;
}

Status RetroReviewCommand::apply(RetroReviewDecision from, RetroReviewDecision to)
{
    RetroStore& store = m_document.store();
    auto setSourceStatus = [this, &store](ActionStatus status) -> Status {
        if (m_item.source == RetroReviewSource::RetroAction) {
            return store.setActionField(m_item.actionId, RetroActionField::Status, static_cast<int>(status));
        }
        ActionStore* actions = m_document.actionStore();
        if (!actions) {
            return Status::failure(
                QCoreApplication::translate("RetroReviewCommand", "The action item cannot be changed."));
        }
        return actions->setField(m_item.actionId, ActionField::Status, static_cast<int>(status));
    };
    // Take back what `from` did.
    if (from == RetroReviewDecision::Done) {
        const ActionStatus before = m_item.decision == RetroReviewDecision::Done && m_item.status == ActionStatus::Done
                                        ? ActionStatus::Open
                                        : m_item.status;
        if (Status s = setSourceStatus(before); !s) {
            return s;
        }
    } else if (from == RetroReviewDecision::CarriedOver && m_copy.id > 0) {
        auto copy = store.action(m_copy.id);
        if (copy) {
            m_copy = copy.value();
            if (Status s = store.removeAction(m_copy.id); !s) {
                return s;
            }
        }
    }
    qint64 carried = 0;
    if (to == RetroReviewDecision::Done) {
        if (Status s = setSourceStatus(ActionStatus::Done); !s) {
            return s;
        }
    } else if (to == RetroReviewDecision::CarriedOver) {
        if (m_copy.title.isEmpty() && m_copy.owner.isEmpty()) {
            m_copy.retroId = m_document.id();
            m_copy.title = m_item.title;
            m_copy.owner = m_item.owner;
            m_copy.dueDate = m_item.dueDate;
            m_copy.status = ActionStatus::Open;
            m_copy.carriedFromId = m_item.source == RetroReviewSource::RetroAction ? m_item.actionId : 0;
        }
        auto id = store.insertAction(m_copy, -1);
        if (!id) {
            return Status::failure(id.error());
        }
        m_copy.id = carried = id.value();
    }
    return store.setReviewDecision(m_document.id(), m_item.source, m_item.actionId, to, carried);
}

void RetroReviewCommand::redo()
{
    if (!apply(m_item.decision, m_decision)) {
        setObsolete(true);
    }
}

void RetroReviewCommand::undo()
{
    if (!apply(m_decision, m_item.decision)) {
        setObsolete(true);
    }
}
