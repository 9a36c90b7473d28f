#include "commands/RetroBoardEditCommand.h"

#include "document/RetroDocument.h"
#include "storage/RetroStore.h"

RetroBoardEditCommand::RetroBoardEditCommand(RetroDocument& document, RetroBoardEdit edit, const QString& text)
    : m_document(document)
    , m_edit(std::move(edit))
{
    setText(text);
}

void RetroBoardEditCommand::redo()
{
    auto inverse = m_document.store().applyBoardEdit(m_edit);
    if (!inverse) {
        setObsolete(true);
        return;
    }
    m_inverse = inverse.value();
    if (!m_inverse.removeGroups.isEmpty()) {
        // The inverse removes the inserted groups last-first: the first inserted is the last.
        m_insertedGroupId = m_inverse.removeGroups.last();
    }
}

void RetroBoardEditCommand::undo()
{
    auto again = m_document.store().applyBoardEdit(m_inverse);
    if (!again) {
        setObsolete(true);
        return;
    }
    // The inverse of the inverse names the groups by their ids: redo keeps them.
    m_edit = again.value();
}
