#pragma once

#include "domain/ActionItem.h"
#include "domain/CauseNode.h"
#include "domain/Lesson.h"
#include "domain/TimelineEvent.h"

#include <QList>

// The analysis of the sample story (see SampleStory), in the current UI language. Ids are 0; the
// causes form one "5 Whys" chain, parent before child, and `links` say which lesson and action
// address which cause.
struct SampleStoryParts
{
    QList<TimelineEvent> events;
    // Each cause's parent is the one before it in the list (the first is the problem).
    QList<CauseNode> causeChain;
    // Index into causeChain of each cause's category (Schema's default order), -1 for none.
    QList<int> causeCategoryPositions;
    QList<Lesson> lessons;
    // For each lesson and action: the index into causeChain it addresses, -1 for none.
    QList<int> lessonCause;
    QList<ActionItem> actions;
    QList<int> actionCause;

    static SampleStoryParts create(const QDate& today);
};
