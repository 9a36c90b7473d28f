#pragma once

#include "domain/ActionItem.h"

#include <QElapsedTimer>
#include <QUndoCommand>
#include <QVariant>

class StoryDocument;

// Changes one field of an action item (also its linked causes). Consecutive typing in one text
// field of one item merges into one step.
class EditActionItemCommand : public QUndoCommand
{
public:
    EditActionItemCommand(
        StoryDocument& document, qint64 actionId, ActionField field, QVariant oldValue, QVariant newValue);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    void apply(const QVariant& value);

    StoryDocument& m_document;
    qint64 m_actionId;
    ActionField m_field;
    QVariant m_oldValue;
    QVariant m_newValue;
    QElapsedTimer m_sinceLastMerge;
};
