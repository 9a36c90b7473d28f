#pragma once

#include "domain/RetroItemRef.h"

#include <QString>
#include <QStringList>

// A card or group in discussion order (votes descending, then board order): Discuss and Summary.
struct RetroDiscussionItem
{
    RetroItemRef ref;
    qint64 columnId = 0;
    QString columnTitle;
    QString text;      // card text or group name
    QStringList cards; // a group's card texts (empty for a card)
    QString notes;
    int votes = 0; // total dots (all participants and the room)
};
