#include "export/JsonExport.h"

#include "document/Library.h"
#include "domain/StoryRules.h"
#include "domain/TimelineRules.h"
#include "export/StoryBundle.h"
#include "storage/CoachSettingsStore.h"
#include "storage/StoryStore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace JsonExport {

namespace {

QJsonValue time(const QDateTime& value)
{
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonArray strings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QJsonArray causeLinks(const QList<qint64>& ids, const QHash<qint64, qint64>& localIds)
{
    QList<qint64> local;
    for (qint64 id : ids) {
        if (localIds.contains(id)) {
            local << localIds.value(id);
        }
    }
    std::sort(local.begin(), local.end());
    QJsonArray array;
    for (qint64 id : local) {
        array << id;
    }
    return array;
}

// Parents before children, siblings in order: the order an importer can insert in.
void depthFirst(const StoryBundle& bundle, qint64 parentId, QList<CauseNode>& out)
{
    for (const CauseNode& node : bundle.childCauses(parentId)) {
        out << node;
        depthFirst(bundle, node.id, out);
    }
}

QJsonObject storyObject(const StoryBundle& bundle,
                        qint64 localId,
                        const QHash<qint64, qint64>& categoryIds,
                        const QList<QPair<QString, QString>>& ignoredHits)
{
    const Story& story = bundle.story;
    QJsonObject object;
    object.insert(QStringLiteral("id"), localId);
    object.insert(QStringLiteral("title"), story.title);
    object.insert(QStringLiteral("kind"), StoryRules::kindKey(story.kind));
    object.insert(QStringLiteral("status"), StoryRules::statusKey(story.status));
    object.insert(QStringLiteral("severity"), story.severity);
    object.insert(QStringLiteral("startedAt"), time(story.startedAt));
    object.insert(QStringLiteral("detectedAt"), time(story.detectedAt));
    object.insert(QStringLiteral("resolvedAt"), time(story.resolvedAt));
    object.insert(QStringLiteral("createdAt"), time(story.createdAt));
    object.insert(QStringLiteral("modifiedAt"), time(story.modifiedAt));
    object.insert(QStringLiteral("authors"), strings(story.authors));
    object.insert(QStringLiteral("tags"), strings(story.tags));
    QJsonObject sections;
    for (Section section : StoryRules::allSections()) {
        sections.insert(StoryRules::sectionKey(section), story.section(section));
    }
    object.insert(QStringLiteral("sections"), sections);

    QJsonArray people;
    for (const Person& person : bundle.people) {
        people << QJsonObject {{QStringLiteral("name"), person.name}, {QStringLiteral("role"), person.role}};
    }
    object.insert(QStringLiteral("people"), people);

    QJsonArray timeline;
    for (const TimelineEvent& event : bundle.timeline) {
        timeline << QJsonObject {{QStringLiteral("occurredAt"),
                                  event.dateOnly ? QJsonValue(event.occurredAt.toUTC().date().toString(Qt::ISODate))
                                                 : time(event.occurredAt)},
                                 {QStringLiteral("dateOnly"), event.dateOnly},
                                 {QStringLiteral("kind"), TimelineRules::kindKey(event.kind)},
                                 {QStringLiteral("description"), event.description},
                                 {QStringLiteral("actor"), event.actor}};
    }
    object.insert(QStringLiteral("timeline"), timeline);

    QList<CauseNode> ordered;
    depthFirst(bundle, 0, ordered);
    QHash<qint64, qint64> causeIds;
    for (const CauseNode& node : ordered) {
        causeIds.insert(node.id, causeIds.size() + 1);
    }
    QJsonArray causes;
    for (const CauseNode& node : ordered) {
        causes << QJsonObject {
            {QStringLiteral("id"), causeIds.value(node.id)},
            {QStringLiteral("parent"), node.parentId != 0 ? QJsonValue(causeIds.value(node.parentId)) : QJsonValue()},
            {QStringLiteral("statement"), node.statement},
            {QStringLiteral("type"), CauseNode::typeKey(node.type)},
            {QStringLiteral("category"),
             categoryIds.contains(node.categoryId) ? QJsonValue(categoryIds.value(node.categoryId)) : QJsonValue()},
            {QStringLiteral("evidence"), node.evidence}};
    }
    object.insert(QStringLiteral("causes"), causes);

    QJsonArray lessons;
    for (const Lesson& lesson : bundle.lessons) {
        lessons << QJsonObject {{QStringLiteral("kind"), LessonRules::kindKey(lesson.kind)},
                                {QStringLiteral("text"), lesson.text},
                                {QStringLiteral("causes"), causeLinks(lesson.causeIds, causeIds)}};
    }
    object.insert(QStringLiteral("lessons"), lessons);

    QJsonArray actions;
    for (const ActionItem& item : bundle.actions) {
        actions << QJsonObject {
            {QStringLiteral("title"), item.title},
            {QStringLiteral("owner"), item.owner},
            {QStringLiteral("dueDate"),
             item.dueDate.isValid() ? QJsonValue(item.dueDate.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("priority"), ActionRules::clampPriority(item.priority)},
            {QStringLiteral("status"), ActionRules::statusKey(item.status)},
            {QStringLiteral("type"), ActionRules::typeKey(item.type)},
            {QStringLiteral("ticketUrl"), item.ticketUrl},
            {QStringLiteral("createdAt"), time(item.createdAt)},
            {QStringLiteral("modifiedAt"), time(item.modifiedAt)},
            {QStringLiteral("causes"), causeLinks(item.causeIds, causeIds)}};
    }
    object.insert(QStringLiteral("actions"), actions);

    QJsonArray awards;
    for (const Award& award : bundle.awards) {
        awards << QJsonObject {{QStringLiteral("year"), award.year},
                               {QStringLiteral("title"), award.title},
                               {QStringLiteral("citation"), award.citation},
                               {QStringLiteral("createdAt"), time(award.createdAt)}};
    }
    object.insert(QStringLiteral("awards"), awards);

    QList<QPair<QString, QString>> hits = ignoredHits;
    std::sort(hits.begin(), hits.end());
    QJsonArray ignored;
    for (const auto& [rule, phrase] : hits) {
        ignored << QJsonObject {{QStringLiteral("rule"), rule}, {QStringLiteral("phrase"), phrase}};
    }
    object.insert(QStringLiteral("coachIgnored"), ignored);
    return object;
}

} // namespace

Result<QByteArray> library(Library& library, const Options& options)
{
    using R = Result<QByteArray>;
    QList<qint64> ids = options.storyIds;
    if (ids.isEmpty()) {
        auto summaries = library.stories().summaries();
        if (!summaries) {
            return R::failure(summaries.error());
        }
        for (const StorySummary& summary : summaries.value()) {
            ids << summary.id;
        }
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());

    auto categories = StoryBundles::categories(library);
    if (!categories) {
        return R::failure(categories.error());
    }
    QList<CauseCategory> sortedCategories = categories.value();
    std::stable_sort(sortedCategories.begin(),
                     sortedCategories.end(),
                     [](const CauseCategory& a, const CauseCategory& b) { return a.position < b.position; });
    QHash<qint64, qint64> categoryIds;
    QJsonArray categoryArray;
    for (const CauseCategory& category : sortedCategories) {
        const qint64 local = categoryIds.size() + 1;
        categoryIds.insert(category.id, local);
        categoryArray << QJsonObject {{QStringLiteral("id"), local}, {QStringLiteral("name"), category.name}};
    }

    QJsonArray stories;
    for (qint64 id : std::as_const(ids)) {
        auto bundle = StoryBundles::load(library, id);
        if (!bundle) {
            return R::failure(bundle.error());
        }
        auto hits = library.coachSettings().ignoredHits(id);
        if (!hits) {
            return R::failure(hits.error());
        }
        stories << storyObject(bundle.value(), stories.size() + 1, categoryIds, hits.value());
    }

    auto disabled = library.coachSettings().disabledRules();
    if (!disabled) {
        return R::failure(disabled.error());
    }
    QStringList disabledList(disabled->cbegin(), disabled->cend());
    disabledList.sort();

    QJsonObject root;
    root.insert(QStringLiteral("format"), QLatin1String(FormatName));
    root.insert(QStringLiteral("version"), FormatVersion);
    if (options.exportedAt.isValid()) {
        root.insert(QStringLiteral("exportedAt"), time(options.exportedAt));
    }
    root.insert(QStringLiteral("categories"), categoryArray);
    root.insert(QStringLiteral("coachRules"), QJsonObject {{QStringLiteral("disabled"), strings(disabledList)}});
    root.insert(QStringLiteral("stories"), stories);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace JsonExport
