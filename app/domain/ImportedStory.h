#pragma once

#include "domain/ActionItem.h"
#include "domain/Lesson.h"
#include "domain/Story.h"
#include "domain/TimelineEvent.h"

#include <QList>
#include <QString>
#include <QStringList>

// A story read from a file, with its parts, before it is written to a library (all ids 0).
struct ImportedStory
{
    Story story;
    QList<TimelineEvent> events;
    QList<Lesson> lessons;
    QList<ActionItem> actions;
    // What the reader noticed and the user should know (unreadable timeline lines, bad encoding …).
    QStringList warnings;
    // A fingerprint of the source bytes, for finding a file imported before.
    QString fingerprint;
};
