#pragma once

#include "domain/Retro.h"

#include <QElapsedTimer>
#include <QUndoCommand>
#include <QVariant>

class RetroDocument;

// Changes one metadata field of a retro (title, team, dots per participant, reveal …). Consecutive
// typing in one text field merges.
class SetRetroFieldCommand : public QUndoCommand
{
public:
    SetRetroFieldCommand(RetroDocument& document, RetroField field, QVariant oldValue, QVariant newValue);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    RetroDocument& m_document;
    RetroField m_field;
    QVariant m_oldValue;
    QVariant m_newValue;
    QElapsedTimer m_sinceLastMerge;
};
