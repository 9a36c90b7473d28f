#pragma once

#include "domain/CauseNode.h"

#include <QElapsedTimer>
#include <QUndoCommand>
#include <QVariant>

class CauseStore;

// Changes one field of a cause node. Consecutive typing in the same text field of the same node
// merges into one command until the author pauses.
class EditCauseCommand : public QUndoCommand
{
public:
    EditCauseCommand(CauseStore& store, qint64 id, CauseField field, QVariant oldValue, QVariant newValue);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    static constexpr int MergeWindowMs = 3000;

private:
    CauseStore& m_store;
    qint64 m_id;
    CauseField m_field;
    QVariant m_oldValue;
    QVariant m_newValue;
    QElapsedTimer m_sinceLastMerge;
};
