#pragma once

#include "domain/RetroGroup.h"
#include "domain/RetroVote.h"

#include <QList>

// Moves one card: to `columnId`, into group `groupId` (0: top level of the column; a negative
// value -n names the n-th group of RetroBoardEdit::insertGroups, e.g. -1 the first), at
// `position` among the target's items counted without the card (-1: at the end).
struct RetroCardMove
{
    qint64 cardId = 0;
    qint64 columnId = 0;
    qint64 groupId = 0;
    int position = -1;
};

// A group to (re)insert with the votes it had.
struct RetroGroupInsert
{
    RetroGroup group; // id 0: new; position among the column's top-level items
    QList<RetroVote> votes;
};

// One change of a board's structure, applied by RetroStore::applyBoardEdit in one transaction and
// in this order: insert groups, move cards, remove groups (which must then be empty). The store
// returns the inverse edit (same shape), which undoes it exactly; undoing the inverse redoes it.
struct RetroBoardEdit
{
    qint64 retroId = 0;
    QList<RetroGroupInsert> insertGroups;
    QList<RetroCardMove> moves;
    QList<qint64> removeGroups;

    bool isEmpty() const { return insertGroups.isEmpty() && moves.isEmpty() && removeGroups.isEmpty(); }
};
