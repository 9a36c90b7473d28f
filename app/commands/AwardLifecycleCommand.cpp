#include "commands/AwardLifecycleCommand.h"

#include "storage/AwardStore.h"

#include <QCoreApplication>

AwardLifecycleCommand::AwardLifecycleCommand(AwardStore& store, Action action, Award award)
    : m_store(store)
    , m_action(action)
    , m_award(std::move(award))
{
    setText(action == Action::Add ? QCoreApplication::translate("AwardLifecycleCommand", "Add award")
                                  : QCoreApplication::translate("AwardLifecycleCommand", "Remove award"));
}

void AwardLifecycleCommand::setPresent(bool present)
{
    if (present) {
        auto id = m_store.insert(m_award);
        if (!id) {
            setObsolete(true);
            return;
        }
        m_award.id = id.value();
        // The stored creation time, so that undo and redo bring back the same row.
        if (auto stored = m_store.award(m_award.id)) {
            m_award = stored.value();
        }
    } else if (!m_store.remove(m_award.id)) {
        setObsolete(true);
    }
}

void AwardLifecycleCommand::redo()
{
    setPresent(m_action == Action::Add);
}

void AwardLifecycleCommand::undo()
{
    setPresent(m_action == Action::Remove);
}
