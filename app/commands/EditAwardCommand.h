#pragma once

#include "domain/Award.h"

#include <QElapsedTimer>
#include <QUndoCommand>

class AwardStore;

// Changes an award's year, title or citation. Consecutive typing in one text field of one award
// merges into one step.
class EditAwardCommand : public QUndoCommand
{
public:
    enum class Field {
        Year,
        Title,
        Citation,
    };

    EditAwardCommand(AwardStore& store, Award oldAward, Award newAward, Field field);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    void apply(const Award& award);

    AwardStore& m_store;
    Award m_old;
    Award m_new;
    Field m_field;
    QElapsedTimer m_sinceLastMerge;
};
