#include "commands/RemoveCauseSubtreeCommand.h"

#include "storage/CauseStore.h"

#include <QCoreApplication>

RemoveCauseSubtreeCommand::RemoveCauseSubtreeCommand(CauseStore& store, CauseSubtree subtree)
    : m_store(store)
    , m_subtree(std::move(subtree))
{
    const int count = static_cast<int>(m_subtree.nodes.size());
    setText(count > 1 ? QCoreApplication::translate("RemoveCauseSubtreeCommand", "Delete %n cause(s)", nullptr, count)
                      : QCoreApplication::translate("RemoveCauseSubtreeCommand", "Delete cause"));
}

void RemoveCauseSubtreeCommand::undo()
{
    if (!m_store.restoreSubtree(m_subtree)) {
        setObsolete(true);
    }
}

void RemoveCauseSubtreeCommand::redo()
{
    if (m_subtree.nodes.isEmpty()) {
        setObsolete(true);
        return;
    }
    // Links may have changed since the snapshot: take it again so undo restores what is there now.
    if (auto fresh = m_store.subtree(m_subtree.root().id)) {
        m_subtree = std::move(fresh).value();
    }
    if (!m_store.removeSubtree(m_subtree.root().id)) {
        setObsolete(true);
    }
}
