#pragma once

#include "domain/CauseNode.h"

#include <QList>
#include <QPair>

// A node with everything below it, as it was before a removal: enough to put it back with the same
// ids, positions and links from lessons and action items.
struct CauseSubtree
{
    QList<CauseNode> nodes;                   // the root first, then its descendants, parents before children
    QList<QPair<qint64, qint64>> lessonLinks; // (lesson id, cause id)
    QList<QPair<qint64, qint64>> actionLinks; // (action id, cause id)

    const CauseNode& root() const { return nodes.first(); }
};
