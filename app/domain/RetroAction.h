#pragma once

#include "domain/ActionItem.h"
#include "domain/RetroItemRef.h"

#include <QDate>
#include <QString>
#include <QVariant>

enum class RetroActionField {
    Title,
    Owner,
    DueDate, // QDate; invalid: none
    Status,  // ActionStatus as int
};

// An action item of a retro (kept with the retro, for retros without a linked story; with a story,
// cards become the story's action items instead, see RetroOutcome).
struct RetroAction
{
    qint64 id = 0;
    qint64 retroId = 0;
    RetroItemRef source; // the card or group it came from; id 0: none
    int position = 0;
    QString title;
    QString owner;
    QDate dueDate;
    ActionStatus status = ActionStatus::Open;
    // Set on a copy made by "carried over" in a review: the retro_action it continues (0: none).
    qint64 carriedFromId = 0;

    QVariant field(RetroActionField f) const;
    void setField(RetroActionField f, const QVariant& value);
    static QString fieldName(RetroActionField f);
};
