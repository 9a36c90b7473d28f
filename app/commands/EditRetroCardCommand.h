#pragma once

#include "domain/RetroCard.h"
#include "domain/RetroGroup.h"
#include "domain/RetroItemRef.h"

#include <QElapsedTimer>
#include <QUndoCommand>
#include <QVariant>

class RetroDocument;

// Changes a text field of a card (text, author, notes) or a group (name, notes). Consecutive typing
// in one field of one item merges.
class EditRetroCardCommand : public QUndoCommand
{
public:
    EditRetroCardCommand(
        RetroDocument& document, qint64 cardId, RetroCardField field, QVariant oldValue, QVariant newValue);
    EditRetroCardCommand(
        RetroDocument& document, qint64 groupId, RetroGroupField field, QVariant oldValue, QVariant newValue);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    void apply(const QVariant& value);

    RetroDocument& m_document;
    RetroItemRef m_target;
    int m_field; // RetroCardField or RetroGroupField as int, by m_target.kind
    QVariant m_oldValue;
    QVariant m_newValue;
    QElapsedTimer m_sinceLastMerge;
};
