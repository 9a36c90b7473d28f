#include "commands/AddCauseCommand.h"

#include "storage/CauseStore.h"

AddCauseCommand::AddCauseCommand(CauseStore& store, CauseNode node, const QString& text)
    : QUndoCommand(text)
    , m_store(store)
    , m_node(std::move(node))
{
}

void AddCauseCommand::undo()
{
    if (!m_store.removeSubtree(m_node.id)) {
        setObsolete(true);
    }
}

void AddCauseCommand::redo()
{
    auto id = m_store.insert(m_node);
    if (!id) {
        m_node.id = 0;
        setObsolete(true);
        return;
    }
    m_node.id = id.value();
}
