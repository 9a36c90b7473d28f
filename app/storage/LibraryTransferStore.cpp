#include "storage/LibraryTransferStore.h"

#include "domain/StoryRules.h"
#include "domain/TimelineRules.h"
#include "storage/CauseStore.h"
#include "storage/CoachSettingsStore.h"
#include "storage/LibraryDatabase.h"
#include "storage/SqlUtil.h"
#include "storage/StoryStore.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace {

QVariant timeToDb(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QString requiredTime(const QDateTime& time)
{
    return (time.isValid() ? time : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODateWithMs);
}

Status insertList(QSqlQuery& q, qint64 storyId, const QString& table, const QString& column, const QStringList& items)
{
    for (int i = 0; i < items.size(); ++i) {
        if (Status s = SqlUtil::exec(
                q,
                QStringLiteral("INSERT INTO %1(story_id, position, %2) VALUES (?, ?, ?)").arg(table, column),
                {storyId, i, items[i]});
            !s) {
            return s;
        }
    }
    return {};
}

Status insertLinks(QSqlQuery& q,
                   const QString& table,
                   const QString& column,
                   qint64 id,
                   const QList<qint64>& localCauses,
                   const QHash<qint64, qint64>& causeIds)
{
    for (qint64 local : localCauses) {
        const qint64 cause = causeIds.value(local);
        if (cause == 0) {
            continue;
        }
        if (Status s =
                SqlUtil::exec(q,
                              QStringLiteral("INSERT OR IGNORE INTO %1(%2, cause_id) VALUES (?, ?)").arg(table, column),
                              {id, cause});
            !s) {
            return s;
        }
    }
    return {};
}

} // namespace

LibraryTransferStore::LibraryTransferStore(LibraryDatabase& library,
                                           StoryStore& stories,
                                           CauseStore& causes,
                                           CoachSettingsStore& coachSettings,
                                           QObject* parent)
    : QObject(parent)
    , m_library(library)
    , m_stories(stories)
    , m_causes(causes)
    , m_coachSettings(coachSettings)
{
}

Result<TransferResult> LibraryTransferStore::importAll(const LibraryTransfer& transfer)
{
    using R = Result<TransferResult>;
    if (m_library.isReadOnly()) {
        return R::failure(LibraryDatabase::readOnlyMessage());
    }
    WriteTransaction tx(m_library);
    if (Status s = tx.begin(); !s) {
        return R::failure(s.error());
    }
    QSqlDatabase& db = m_library.db();
    QSqlQuery q(db);
    TransferResult result;
    QList<QPair<qint64, int>> addedCategories; // (id, position)

    if (Status s = SqlUtil::exec(q, QStringLiteral("SELECT count(*), coalesce(max(id), 0) FROM story")); !s) {
        return R::failure(s.error());
    }
    // Stories count as already there only when they were there before this import: a file may
    // hold two stories with the same title and creation time, and a restore keeps both.
    qint64 lastExistingId = 0;
    if (q.next()) {
        result.restored = q.value(0).toLongLong() == 0;
        lastExistingId = q.value(1).toLongLong();
    }

    // Categories: the library's own when the name matches, else a new one at the end.
    QHash<QString, qint64> byName;
    int nextPosition = 0;
    if (Status s = SqlUtil::exec(q, QStringLiteral("SELECT id, name, position FROM cause_category ORDER BY position"));
        !s) {
        return R::failure(s.error());
    }
    while (q.next()) {
        byName.insert(q.value(1).toString(), q.value(0).toLongLong());
        nextPosition = qMax(nextPosition, q.value(2).toInt() + 1);
    }
    QHash<qint64, qint64> categoryIds;
    for (const CauseCategory& category : transfer.categories) {
        qint64 id = byName.value(category.name);
        if (id == 0) {
            if (Status s = SqlUtil::exec(q,
                                         QStringLiteral("INSERT INTO cause_category(name, position) VALUES (?, ?)"),
                                         {category.name, nextPosition});
                !s) {
                return R::failure(s.error());
            }
            id = q.lastInsertId().toLongLong();
            byName.insert(category.name, id);
            addedCategories << qMakePair(id, nextPosition++);
        }
        categoryIds.insert(category.id, id);
    }
    result.categoriesAdded = int(addedCategories.size());

    for (int i = 0; i < transfer.stories.size(); ++i) {
        const Story& story = transfer.stories[i].story;
        if (Status s =
                SqlUtil::exec(q,
                              QStringLiteral("SELECT 1 FROM story WHERE title = ? AND created_at = ? AND id <= ?"),
                              {story.title, requiredTime(story.createdAt), lastExistingId});
            !s) {
            return R::failure(s.error());
        }
        if (story.createdAt.isValid() && q.next()) {
            result.skipped << i;
            continue;
        }
        auto id = insertStory(transfer.stories[i], categoryIds);
        if (!id) {
            return R::failure(id.error());
        }
        result.addedIds << id.value();
    }

    QStringList disabledChanges;
    if (result.restored && transfer.disabledRules) {
        for (const QString& rule : *transfer.disabledRules) {
            if (Status s =
                    SqlUtil::exec(q,
                                  QStringLiteral("INSERT INTO coach_rule_setting(rule_id, enabled) VALUES (?, 0) "
                                                 "ON CONFLICT(rule_id) DO UPDATE SET enabled = 0"),
                                  {rule});
                !s) {
                return R::failure(s.error());
            }
            disabledChanges << rule;
        }
    }
    if (Status s = tx.commit(); !s) {
        return R::failure(s.error());
    }
    for (const auto& [id, position] : std::as_const(addedCategories)) {
        emit m_causes.categoryAdded(id, position);
    }
    for (const QString& rule : std::as_const(disabledChanges)) {
        emit m_coachSettings.ruleEnabledChanged(rule, false);
    }
    for (qint64 id : std::as_const(result.addedIds)) {
        emit m_stories.storyAdded(id);
    }
    return result;
}

Result<qint64> LibraryTransferStore::insertStory(const LibraryTransfer::StoryData& data,
                                                 const QHash<qint64, qint64>& categoryIds)
{
    using R = Result<qint64>;
    QSqlQuery q(m_library.db());
    const Story& story = data.story;
    const QString modified = requiredTime(story.modifiedAt);
    Status s = SqlUtil::exec(q,
                             QStringLiteral("INSERT INTO story(kind, title, status, severity, started_at, detected_at, "
                                            "resolved_at, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             {StoryRules::kindKey(story.kind),
                              story.title,
                              StoryRules::statusKey(story.status),
                              qBound(0, story.severity, StoryRules::MaxSeverity),
                              timeToDb(story.startedAt),
                              timeToDb(story.detectedAt),
                              timeToDb(story.resolvedAt),
                              requiredTime(story.createdAt),
                              modified});
    if (!s) {
        return R::failure(s.error());
    }
    const qint64 id = q.lastInsertId().toLongLong();
    for (Section section : StoryRules::allSections()) {
        if (!(s = SqlUtil::exec(q,
                                QStringLiteral("INSERT INTO story_section(story_id, section, body) VALUES (?, ?, ?)"),
                                {id, StoryRules::sectionKey(section), story.section(section)}))) {
            return R::failure(s.error());
        }
    }
    if (!(s = insertList(q, id, QStringLiteral("story_author"), QStringLiteral("name"), story.authors)) ||
        !(s = insertList(q, id, QStringLiteral("story_tag"), QStringLiteral("tag"), story.tags))) {
        return R::failure(s.error());
    }
    for (int i = 0; i < data.people.size(); ++i) {
        if (!(s = SqlUtil::exec(
                  q,
                  QStringLiteral("INSERT INTO story_person(story_id, position, name, role) VALUES (?, ?, ?, ?)"),
                  {id, i, data.people[i].name, data.people[i].role}))) {
            return R::failure(s.error());
        }
    }
    for (const TimelineEvent& event : data.timeline) {
        const QString when = event.dateOnly ? event.occurredAt.toUTC().date().toString(Qt::ISODate)
                                            : event.occurredAt.toUTC().toString(Qt::ISODateWithMs);
        if (!(s = SqlUtil::exec(q,
                                QStringLiteral("INSERT INTO timeline_event(story_id, occurred_at, date_only, kind, "
                                               "description, actor) VALUES (?, ?, ?, ?, ?, ?)"),
                                {id,
                                 when,
                                 event.dateOnly ? 1 : 0,
                                 TimelineRules::kindKey(event.kind),
                                 event.description,
                                 event.actor}))) {
            return R::failure(s.error());
        }
    }
    QHash<qint64, qint64> causeIds;
    QHash<qint64, int> childCount;
    for (const CauseNode& node : data.causes) {
        const qint64 parent = node.parentId != 0 ? causeIds.value(node.parentId) : 0;
        if (node.parentId != 0 && parent == 0) {
            return R::failure(
                QCoreApplication::translate("LibraryTransferStore", "Cause %1 of “%2” comes before its parent.")
                    .arg(node.id)
                    .arg(story.displayTitle()));
        }
        const int position = childCount[parent]++;
        const qint64 category = node.categoryId != 0 ? categoryIds.value(node.categoryId) : 0;
        if (!(s = SqlUtil::exec(q,
                                QStringLiteral("INSERT INTO cause_node(story_id, parent_id, position, statement, type, "
                                               "category_id, evidence) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                {id,
                                 parent != 0 ? QVariant(parent) : QVariant(),
                                 position,
                                 node.statement,
                                 CauseNode::typeKey(node.type),
                                 category != 0 ? QVariant(category) : QVariant(),
                                 node.evidence}))) {
            return R::failure(s.error());
        }
        causeIds.insert(node.id, q.lastInsertId().toLongLong());
    }
    for (int i = 0; i < data.lessons.size(); ++i) {
        const Lesson& lesson = data.lessons[i];
        if (!(s = SqlUtil::exec(
                  q,
                  QStringLiteral("INSERT INTO lesson(story_id, position, kind, text) VALUES (?, ?, ?, ?)"),
                  {id, i, LessonRules::kindKey(lesson.kind), lesson.text}))) {
            return R::failure(s.error());
        }
        const qint64 lessonId = q.lastInsertId().toLongLong();
        if (!(s = insertLinks(q,
                              QStringLiteral("lesson_cause"),
                              QStringLiteral("lesson_id"),
                              lessonId,
                              lesson.causeIds,
                              causeIds))) {
            return R::failure(s.error());
        }
    }
    for (int i = 0; i < data.actions.size(); ++i) {
        const ActionItem& item = data.actions[i];
        if (!(s = SqlUtil::exec(q,
                                QStringLiteral("INSERT INTO action_item(story_id, position, title, owner, due_date, "
                                               "priority, status, type, ticket_url, created_at, modified_at) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                {id,
                                 i,
                                 item.title,
                                 item.owner,
                                 item.dueDate.isValid() ? QVariant(item.dueDate.toString(Qt::ISODate)) : QVariant(),
                                 ActionRules::clampPriority(item.priority),
                                 ActionRules::statusKey(item.status),
                                 ActionRules::typeKey(item.type),
                                 item.ticketUrl,
                                 requiredTime(item.createdAt),
                                 requiredTime(item.modifiedAt)}))) {
            return R::failure(s.error());
        }
        const qint64 actionId = q.lastInsertId().toLongLong();
        if (!(s = insertLinks(
                  q, QStringLiteral("action_cause"), QStringLiteral("action_id"), actionId, item.causeIds, causeIds))) {
            return R::failure(s.error());
        }
    }
    for (const Award& award : data.awards) {
        if (!(s = SqlUtil::exec(q,
                                QStringLiteral("INSERT INTO award(story_id, year, title, citation, created_at) "
                                               "VALUES (?, ?, ?, ?, ?)"),
                                {id, award.year, award.title, award.citation, requiredTime(award.createdAt)}))) {
            return R::failure(s.error());
        }
    }
    for (const auto& [rule, phrase] : data.ignoredHits) {
        if (!(s = SqlUtil::exec(q,
                                QStringLiteral("INSERT OR IGNORE INTO coach_ignored_hit(story_id, rule_id, phrase) "
                                               "VALUES (?, ?, ?)"),
                                {id, rule, phrase}))) {
            return R::failure(s.error());
        }
    }
    // The search index, then the modified time as it was (partChanged sets it to now).
    if (!(s = m_stories.partChanged(id)) ||
        !(s = SqlUtil::exec(q, QStringLiteral("UPDATE story SET modified_at = ? WHERE id = ?"), {modified, id}))) {
        return R::failure(s.error());
    }
    return id;
}
