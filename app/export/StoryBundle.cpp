#include "export/StoryBundle.h"

#include "document/Library.h"
#include "storage/ActionStore.h"
#include "storage/AwardStore.h"
#include "storage/CauseStore.h"
#include "storage/LessonStore.h"
#include "storage/PeopleStore.h"
#include "storage/StoryStore.h"
#include "storage/TimelineStore.h"

#include <algorithm>

QList<CauseNode> StoryBundle::childCauses(qint64 parentId) const
{
    QList<CauseNode> children;
    for (const CauseNode& node : causes) {
        if (node.parentId == parentId) {
            children << node;
        }
    }
    std::stable_sort(children.begin(), children.end(), [](const CauseNode& a, const CauseNode& b) {
        return a.position < b.position;
    });
    return children;
}

QString StoryBundle::causeStatement(qint64 id) const
{
    for (const CauseNode& node : causes) {
        if (node.id == id) {
            return node.statement;
        }
    }
    return {};
}

namespace StoryBundles {

Result<StoryBundle> load(Library& library, qint64 storyId)
{
    StoryBundle bundle;
    auto story = library.stories().load(storyId);
    if (!story) {
        return Result<StoryBundle>::failure(story.error());
    }
    bundle.story = story.value();
    auto timeline = library.timeline().events(storyId);
    if (!timeline) {
        return Result<StoryBundle>::failure(timeline.error());
    }
    bundle.timeline = timeline.value();
    auto causes = library.causes().nodes(storyId);
    if (!causes) {
        return Result<StoryBundle>::failure(causes.error());
    }
    bundle.causes = causes.value();
    auto lessons = library.lessons().lessons(storyId);
    if (!lessons) {
        return Result<StoryBundle>::failure(lessons.error());
    }
    bundle.lessons = lessons.value();
    auto actions = library.actions().actions(storyId);
    if (!actions) {
        return Result<StoryBundle>::failure(actions.error());
    }
    bundle.actions = actions.value();
    auto people = library.people().people(storyId);
    if (!people) {
        return Result<StoryBundle>::failure(people.error());
    }
    bundle.people = people.value();
    auto awards = library.awards().awards(storyId);
    if (!awards) {
        return Result<StoryBundle>::failure(awards.error());
    }
    bundle.awards = awards.value();
    return bundle;
}

Result<QList<StoryBundle>> load(Library& library, const QList<qint64>& storyIds)
{
    QList<StoryBundle> bundles;
    bundles.reserve(storyIds.size());
    for (qint64 id : storyIds) {
        auto bundle = load(library, id);
        if (!bundle) {
            return Result<QList<StoryBundle>>::failure(bundle.error());
        }
        bundles << std::move(bundle).value();
    }
    return bundles;
}

Result<QList<CauseCategory>> categories(Library& library)
{
    return library.causes().categories();
}

} // namespace StoryBundles
