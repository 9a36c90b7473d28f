#pragma once

#include "domain/ActionItem.h"

#include <QDate>
#include <QString>

enum class RetroReviewSource {
    RetroAction, // a retro_action of an earlier retro
    StoryAction, // an action_item of a story linked to an earlier retro
};

enum class RetroReviewDecision {
    Undecided,
    Done,        // the source action's status becomes Done
    CarriedOver, // copied into this retro's actions
};

// One open action of the team's earlier retros (or their stories) as the Review phase lists it,
// with the decision taken in this retro.
struct RetroReviewItem
{
    RetroReviewSource source = RetroReviewSource::RetroAction;
    qint64 actionId = 0; // retro_action.id or action_item.id
    QString title;
    QString owner;
    QDate dueDate;
    ActionStatus status = ActionStatus::Open; // the source's current status
    QString originTitle;                      // the earlier retro's (or story's) title
    QDate originDate;                         // the earlier retro's date
    RetroReviewDecision decision = RetroReviewDecision::Undecided;
    qint64 carriedActionId = 0; // CarriedOver: the copy in this retro
};
