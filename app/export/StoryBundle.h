#pragma once

#include "domain/ActionItem.h"
#include "domain/Award.h"
#include "domain/CauseCategory.h"
#include "domain/CauseNode.h"
#include "domain/Lesson.h"
#include "domain/Person.h"
#include "domain/Story.h"
#include "domain/TimelineEvent.h"
#include "util/Result.h"

#include <QList>

class Library;

// A story with everything attached to it, read in one go: what every export (PDF, handbook,
// Markdown, HTML, JSON) works from. Plain values, so it can travel to a worker thread.
struct StoryBundle
{
    Story story;
    QList<TimelineEvent> timeline; // in time order
    QList<CauseNode> causes;       // every node of the cause tree (see childCauses)
    QList<Lesson> lessons;         // in the editor's order
    QList<ActionItem> actions;     // in the editor's order
    QList<Person> people;          // in the editor's order
    QList<Award> awards;           // by year (filled by the loader once AwardStore exists)

    // The children of `parentId` (0: the top level) in sibling order.
    QList<CauseNode> childCauses(qint64 parentId) const;
    // The statement of a cause by id; empty when unknown.
    QString causeStatement(qint64 id) const;
};

namespace StoryBundles {

// Reads one story and its parts.
Result<StoryBundle> load(Library& library, qint64 storyId);
// Reads several stories in the given order; fails on the first that cannot be read.
Result<QList<StoryBundle>> load(Library& library, const QList<qint64>& storyIds);
// The library's cause categories (names for CauseNode::categoryId).
Result<QList<CauseCategory>> categories(Library& library);

} // namespace StoryBundles
