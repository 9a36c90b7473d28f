#pragma once

#include "domain/RetroAction.h"

#include <QElapsedTimer>
#include <QUndoCommand>
#include <QVariant>

class RetroDocument;

// Changes one field of a retro's action item; consecutive typing in title or owner merges.
class EditRetroActionCommand : public QUndoCommand
{
public:
    EditRetroActionCommand(
        RetroDocument& document, qint64 actionId, RetroActionField field, QVariant oldValue, QVariant newValue);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    void apply(const QVariant& value);

    RetroDocument& m_document;
    qint64 m_actionId;
    RetroActionField m_field;
    QVariant m_oldValue;
    QVariant m_newValue;
    QElapsedTimer m_sinceLastMerge;
};
