#pragma once

#include "domain/RetroCard.h"
#include "domain/RetroColumn.h"
#include "domain/RetroDiscussionItem.h"
#include "domain/RetroGroup.h"
#include "domain/RetroItemRef.h"

#include <QHash>
#include <QList>

// Discussion order of a board: every group and every ungrouped card, by total votes descending,
// ties in board order (column, then position). Grouped cards are discussed with their group.
namespace RetroDiscussion {

QList<RetroDiscussionItem> order(const QList<RetroColumn>& columns,
                                 const QList<RetroGroup>& groups,
                                 const QList<RetroCard>& cards,
                                 const QHash<RetroItemRef, int>& totals);

} // namespace RetroDiscussion
