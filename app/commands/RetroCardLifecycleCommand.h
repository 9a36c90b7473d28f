#pragma once

#include "storage/RetroStore.h"

#include <QUndoCommand>

class RetroDocument;

// Adds a card to a column (or group), or removes one. Undo of a removal brings the card back with
// its id, place and votes.
class RetroCardLifecycleCommand : public QUndoCommand
{
public:
    enum class Action {
        Add,
        Remove,
    };

    // Add: `card` is new (id 0), placed at `position` (-1: end). Remove: card.id names the card.
    RetroCardLifecycleCommand(RetroDocument& document, Action action, RetroCard card, int position = -1);

    void undo() override;
    void redo() override;

    qint64 cardId() const { return m_snapshot.card.id; }

private:
    void setPresent(bool present);

    RetroDocument& m_document;
    Action m_action;
    RetroCardSnapshot m_snapshot;
    int m_position;
};
