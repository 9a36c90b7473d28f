#include "storage/ImportStore.h"

#include "domain/StoryRules.h"
#include "domain/TimelineRules.h"
#include "storage/LibraryDatabase.h"
#include "storage/SqlUtil.h"
#include "storage/StoryStore.h"
#include "storage/WriteTransaction.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace {

QVariant timeToDb(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

// A null QString binds as NULL; text columns want ''.
QVariant text(const QString& s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

Status run(QSqlQuery& q, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i) {
        q.bindValue(i, values[i]);
    }
    return q.exec() ? Status() : Status::failure(SqlUtil::errorText(q));
}

Status prepare(QSqlQuery& q, const QString& sql)
{
    return q.prepare(sql) ? Status() : Status::failure(SqlUtil::errorText(q));
}

} // namespace

ImportStore::ImportStore(LibraryDatabase& library, StoryStore& stories)
    : m_library(library)
    , m_stories(stories)
{
}

Result<qint64> ImportStore::insert(const ImportedStory& imported)
{
    using R = Result<qint64>;
    if (m_library.isReadOnly()) {
        return R::failure(LibraryDatabase::readOnlyMessage());
    }
    WriteTransaction tx(m_library);
    if (Status s = tx.begin(); !s) {
        return R::failure(s.error());
    }
    QSqlDatabase& db = m_library.db();
    const Story& story = imported.story;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery q(db);
    Status s = prepare(q,
                       QStringLiteral("INSERT INTO story(kind, title, status, severity, started_at, detected_at, "
                                      "resolved_at, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!s || !(s = run(q,
                        {StoryRules::kindKey(story.kind),
                         text(story.title),
                         StoryRules::statusKey(story.status),
                         qBound(0, story.severity, StoryRules::MaxSeverity),
                         timeToDb(story.startedAt),
                         timeToDb(story.detectedAt),
                         timeToDb(story.resolvedAt),
                         now,
                         now}))) {
        return R::failure(s.error());
    }
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery section(db);
    if (!(s = prepare(section,
                      QStringLiteral("INSERT INTO story_section(story_id, section, body) VALUES (?, ?, ?)")))) {
        return R::failure(s.error());
    }
    for (Section sec : StoryRules::allSections()) {
        if (!(s = run(section, {id, StoryRules::sectionKey(sec), text(story.section(sec))}))) {
            return R::failure(s.error());
        }
    }
    for (const auto& [table, column, items] :
         {std::tuple {QStringLiteral("story_author"), QStringLiteral("name"), story.authors},
          std::tuple {QStringLiteral("story_tag"), QStringLiteral("tag"), story.tags}}) {
        QSqlQuery list(db);
        if (!(s = prepare(
                  list,
                  QStringLiteral("INSERT INTO %1(story_id, position, %2) VALUES (?, ?, ?)").arg(table, column)))) {
            return R::failure(s.error());
        }
        for (int i = 0; i < items.size(); ++i) {
            if (!(s = run(list, {id, i, items[i]}))) {
                return R::failure(s.error());
            }
        }
    }
    QSqlQuery event(db);
    if (!(s = prepare(event,
                      QStringLiteral("INSERT INTO timeline_event(story_id, occurred_at, date_only, kind, description, "
                                     "actor) VALUES (?, ?, ?, ?, ?, ?)")))) {
        return R::failure(s.error());
    }
    for (const TimelineEvent& e : imported.events) {
        if (!e.occurredAt.isValid()) {
            continue;
        }
        const QString when =
            e.dateOnly ? e.date().toString(Qt::ISODate) : e.occurredAt.toUTC().toString(Qt::ISODateWithMs);
        if (!(s = run(event,
                      {id,
                       when,
                       e.dateOnly ? 1 : 0,
                       TimelineRules::kindKey(e.kind),
                       text(e.description),
                       text(e.actor)}))) {
            return R::failure(s.error());
        }
    }
    QSqlQuery lesson(db);
    if (!(s = prepare(lesson,
                      QStringLiteral("INSERT INTO lesson(story_id, position, kind, text) VALUES (?, ?, ?, ?)")))) {
        return R::failure(s.error());
    }
    for (int i = 0; i < imported.lessons.size(); ++i) {
        const Lesson& l = imported.lessons[i];
        if (!(s = run(lesson, {id, i, LessonRules::kindKey(l.kind), text(l.text)}))) {
            return R::failure(s.error());
        }
    }
    QSqlQuery action(db);
    if (!(s = prepare(action,
                      QStringLiteral("INSERT INTO action_item(story_id, position, title, owner, due_date, priority, "
                                     "status, type, ticket_url, created_at, modified_at)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))) {
        return R::failure(s.error());
    }
    for (int i = 0; i < imported.actions.size(); ++i) {
        const ActionItem& a = imported.actions[i];
        if (!(s = run(action,
                      {id,
                       i,
                       text(a.title.simplified()),
                       text(a.owner.simplified()),
                       a.dueDate.isValid() ? QVariant(a.dueDate.toString(Qt::ISODate)) : QVariant(),
                       ActionRules::clampPriority(a.priority),
                       ActionRules::statusKey(a.status),
                       ActionRules::typeKey(a.type),
                       text(a.ticketUrl.trimmed()),
                       now,
                       now}))) {
            return R::failure(s.error());
        }
    }
    if (!(s = m_stories.partChanged(id)) || !(s = tx.commit())) {
        return R::failure(s.error());
    }
    emit m_stories.storyAdded(id);
    return id;
}

Result<QSet<QString>> ImportStore::importedFingerprints()
{
    using R = Result<QSet<QString>>;
    QSqlQuery q(m_library.db());
    q.setForwardOnly(true);
    if (Status s = SqlUtil::exec(q,
                                 QStringLiteral("SELECT body FROM story_section WHERE section = ? AND "
                                                "instr(body, 'kintsugi-import-') > 0"),
                                 {StoryRules::sectionKey(Section::SupportingInfo)});
        !s) {
        return R::failure(s.error());
    }
    static const QRegularExpression marker(QStringLiteral("kintsugi-import-([0-9a-f]{20})"));
    QSet<QString> result;
    while (q.next()) {
        auto it = marker.globalMatch(q.value(0).toString());
        while (it.hasNext()) {
            result.insert(it.next().captured(1));
        }
    }
    return result;
}
