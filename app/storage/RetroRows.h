#pragma once

#include "storage/StoryRows.h"

// Every stored row of one retro (metadata, participants, columns, groups, cards, votes, actions,
// reviews, outcomes), as the database holds them: undoing a delete puts them back, ids and all.
struct RetroRows
{
    qint64 retroId = 0;
    QList<StoryRows::Table> tables;
};
