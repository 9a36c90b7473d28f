#pragma once

#include "domain/RetroItemRef.h"

#include <QString>

enum class RetroOutcomeKind {
    ActionItem, // an action_item of the linked story
    Lesson,     // a lesson of the linked story
    Cause,      // a cause_node of the linked story
};

// A card or group turned into a part of the retro's linked story (recorded for the summary).
struct RetroOutcome
{
    qint64 retroId = 0;
    RetroItemRef source;
    RetroOutcomeKind kind = RetroOutcomeKind::ActionItem;
    qint64 targetId = 0; // id in action_item / lesson / cause_node
    QString text;        // the text it was given
};
