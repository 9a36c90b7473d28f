#pragma once

#include "domain/RetroItemRef.h"

#include <QString>

// Dots one participant (or the room: participant "") put on a card or group.
struct RetroVote
{
    QString participant; // "" = the room's tally
    RetroItemRef target;
    int dots = 0;
};
