#include "storage/StoryStore.h"

#include "domain/StoryRules.h"
#include "storage/LibraryDatabase.h"
#include "storage/Schema.h"
#include "storage/SqlUtil.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

const QChar ListSeparator(0x1f); // unit separator: cannot be typed into a list item

QVariant toDb(const QDateTime& time)
{
    if (!time.isValid()) {
        return QVariant(); // NULL
    }
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromDb(const QVariant& value)
{
    if (value.isNull()) {
        return {};
    }
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QStringList splitDbList(const QVariant& value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QStringList() : text.split(ListSeparator);
}

QString notFound(qint64 id)
{
    return QCoreApplication::translate("StoryStore", "Story %1 does not exist.").arg(id);
}

const char* columnFor(StoryField field)
{
    switch (field) {
    case StoryField::Title:
        return "title";
    case StoryField::Kind:
        return "kind";
    case StoryField::Status:
        return "status";
    case StoryField::Severity:
        return "severity";
    case StoryField::StartedAt:
        return "started_at";
    case StoryField::DetectedAt:
        return "detected_at";
    case StoryField::ResolvedAt:
        return "resolved_at";
    case StoryField::Authors:
    case StoryField::Tags:
        break;
    }
    return nullptr;
}

QVariant columnValue(StoryField field, const QVariant& value)
{
    switch (field) {
    case StoryField::Title:
        return value.toString();
    case StoryField::Kind:
        return StoryRules::kindKey(static_cast<StoryKind>(value.toInt()));
    case StoryField::Status:
        return StoryRules::statusKey(static_cast<StoryStatus>(value.toInt()));
    case StoryField::Severity:
        return qBound(0, value.toInt(), StoryRules::MaxSeverity);
    case StoryField::StartedAt:
    case StoryField::DetectedAt:
    case StoryField::ResolvedAt:
        return toDb(value.toDateTime());
    case StoryField::Authors:
    case StoryField::Tags:
        break;
    }
    return {};
}

} // namespace

StoryStore::StoryStore(LibraryDatabase& library, QObject* parent)
    : QObject(parent)
    , m_library(library)
{
}

bool StoryStore::isReadOnly() const
{
    return m_library.isReadOnly();
}

Status StoryStore::checkWritable() const
{
    if (m_library.isReadOnly()) {
        return Status::failure(LibraryDatabase::readOnlyMessage());
    }
    return {};
}

namespace {
const char* SummarySelect = "SELECT s.id, s.kind, s.title, s.status, s.severity, s.started_at, s.modified_at,"
                            " (SELECT group_concat(name, char(31)) FROM"
                            "   (SELECT name FROM story_author a WHERE a.story_id = s.id ORDER BY position)),"
                            " (SELECT group_concat(tag, char(31)) FROM"
                            "   (SELECT tag FROM story_tag t WHERE t.story_id = s.id ORDER BY position))"
                            " FROM story s";

StorySummary readSummary(const QSqlQuery& q)
{
    StorySummary s;
    s.id = q.value(0).toLongLong();
    s.kind = StoryRules::kindFromKey(q.value(1).toString()).value_or(StoryKind::Postmortem);
    s.title = q.value(2).toString();
    s.status = StoryRules::statusFromKey(q.value(3).toString()).value_or(StoryStatus::Draft);
    s.severity = q.value(4).toInt();
    s.startedAt = fromDb(q.value(5));
    s.modifiedAt = fromDb(q.value(6));
    s.authors = splitDbList(q.value(7));
    s.tags = splitDbList(q.value(8));
    return s;
}
} // namespace

Result<QList<StorySummary>> StoryStore::summaries()
{
    QSqlQuery q(m_library.db());
    q.setForwardOnly(true);
    if (Status s = SqlUtil::exec(q, QString::fromLatin1(SummarySelect) + QStringLiteral(" ORDER BY s.id")); !s) {
        return Result<QList<StorySummary>>::failure(s.error());
    }
    QList<StorySummary> list;
    while (q.next()) {
        list << readSummary(q);
    }
    return list;
}

Result<StorySummary> StoryStore::summary(qint64 id)
{
    QSqlQuery q(m_library.db());
    if (Status s = SqlUtil::exec(q, QString::fromLatin1(SummarySelect) + QStringLiteral(" WHERE s.id = ?"), {id}); !s) {
        return Result<StorySummary>::failure(s.error());
    }
    if (!q.next()) {
        return Result<StorySummary>::failure(notFound(id));
    }
    return readSummary(q);
}

Result<Story> StoryStore::load(qint64 id)
{
    using R = Result<Story>;
    QSqlQuery q(m_library.db());
    if (Status s = SqlUtil::exec(q,
                                 QStringLiteral("SELECT kind, title, status, severity, started_at, detected_at, "
                                                "resolved_at, created_at, modified_at FROM story WHERE id = ?"),
                                 {id});
        !s) {
        return R::failure(s.error());
    }
    if (!q.next()) {
        return R::failure(notFound(id));
    }
    Story story;
    story.id = id;
    story.kind = StoryRules::kindFromKey(q.value(0).toString()).value_or(StoryKind::Postmortem);
    story.title = q.value(1).toString();
    story.status = StoryRules::statusFromKey(q.value(2).toString()).value_or(StoryStatus::Draft);
    story.severity = q.value(3).toInt();
    story.startedAt = fromDb(q.value(4));
    story.detectedAt = fromDb(q.value(5));
    story.resolvedAt = fromDb(q.value(6));
    story.createdAt = fromDb(q.value(7));
    story.modifiedAt = fromDb(q.value(8));

    if (Status s = SqlUtil::exec(q, QStringLiteral("SELECT section, body FROM story_section WHERE story_id = ?"), {id});
        !s) {
        return R::failure(s.error());
    }
    while (q.next()) {
        if (auto section = StoryRules::sectionFromKey(q.value(0).toString())) {
            story.setSection(*section, q.value(1).toString());
        }
    }
    if (Status s = SqlUtil::exec(
            q, QStringLiteral("SELECT name FROM story_author WHERE story_id = ? ORDER BY position"), {id});
        !s) {
        return R::failure(s.error());
    }
    while (q.next()) {
        story.authors << q.value(0).toString();
    }
    if (Status s =
            SqlUtil::exec(q, QStringLiteral("SELECT tag FROM story_tag WHERE story_id = ? ORDER BY position"), {id});
        !s) {
        return R::failure(s.error());
    }
    while (q.next()) {
        story.tags << q.value(0).toString();
    }
    return story;
}

Result<int> StoryStore::count()
{
    QSqlQuery q(m_library.db());
    if (Status s = SqlUtil::exec(q, QStringLiteral("SELECT count(*) FROM story")); !s || !q.next()) {
        return Result<int>::failure(s ? SqlUtil::errorText(q) : s.error());
    }
    return q.value(0).toInt();
}

Result<QStringList> StoryStore::allTags()
{
    QSqlQuery q(m_library.db());
    if (Status s = SqlUtil::exec(q, QStringLiteral("SELECT DISTINCT tag FROM story_tag ORDER BY tag COLLATE NOCASE"));
        !s) {
        return Result<QStringList>::failure(s.error());
    }
    QStringList tags;
    while (q.next()) {
        tags << q.value(0).toString();
    }
    return tags;
}

Status StoryStore::reindex(qint64 id)
{
    // One index row per story (rowid = story id), so that the words of a query may come from
    // different fields. Built inside SQLite from the rows just written.
    QSqlQuery q(m_library.db());
    if (Status s = SqlUtil::exec(q, QStringLiteral("DELETE FROM story_fts WHERE rowid = ?"), {id}); !s) {
        return s;
    }
    // The body holds the sections, then the story's parts: timeline, causes, lessons, actions.
    return SqlUtil::exec(
        q,
        QStringLiteral(
            "INSERT INTO story_fts(rowid, title, meta, body) SELECT s.id, s.title,"
            " coalesce((SELECT group_concat(name, ' ') FROM story_author WHERE story_id = s.id), '')"
            " || ' ' || coalesce((SELECT group_concat(tag, ' ') FROM story_tag WHERE story_id = s.id), '')"
            " || ' ' || coalesce((SELECT group_concat(name || ' ' || role, ' ') FROM story_person"
            "   WHERE story_id = s.id), ''),"
            " coalesce((SELECT group_concat(body, char(10)) FROM story_section WHERE story_id = s.id), '')"
            " || char(10) || coalesce((SELECT group_concat(description || ' ' || actor, char(10))"
            "   FROM timeline_event WHERE story_id = s.id), '')"
            " || char(10) || coalesce((SELECT group_concat(statement || ' ' || evidence, char(10))"
            "   FROM cause_node WHERE story_id = s.id), '')"
            " || char(10) || coalesce((SELECT group_concat(text, char(10)) FROM lesson WHERE story_id = s.id), '')"
            " || char(10) || coalesce((SELECT group_concat(title || ' ' || owner, char(10))"
            "   FROM action_item WHERE story_id = s.id), '')"
            " FROM story s WHERE s.id = ?"),
        {id});
}

Status StoryStore::writeList(qint64 id, const QString& table, const QString& column, const QStringList& items)
{
    QSqlQuery q(m_library.db());
    if (Status s = SqlUtil::exec(q, QStringLiteral("DELETE FROM %1 WHERE story_id = ?").arg(table), {id}); !s) {
        return s;
    }
    for (int i = 0; i < items.size(); ++i) {
        if (Status s = SqlUtil::exec(
                q,
                QStringLiteral("INSERT INTO %1(story_id, position, %2) VALUES (?, ?, ?)").arg(table, column),
                {id, i, items[i]});
            !s) {
            return s;
        }
    }
    return {};
}

Status StoryStore::partChanged(qint64 id)
{
    if (Status s = touch(id); !s) {
        return s;
    }
    return reindex(id);
}

void StoryStore::emitPartChanged(qint64 id)
{
    emit storyTouched(id);
}

Status StoryStore::touch(qint64 id)
{
    QSqlQuery q(m_library.db());
    if (Status s = SqlUtil::exec(q,
                                 QStringLiteral("UPDATE story SET modified_at = ? WHERE id = ?"),
                                 {toDb(QDateTime::currentDateTimeUtc()), id});
        !s) {
        return s;
    }
    if (q.numRowsAffected() != 1) {
        return Status::failure(notFound(id));
    }
    return {};
}

Result<qint64> StoryStore::createImpl(const Story& story)
{
    using R = Result<qint64>;
    if (Status s = checkWritable(); !s) {
        return R::failure(s.error());
    }
    WriteTransaction tx(m_library);
    if (Status s = tx.begin(); !s) {
        return R::failure(s.error());
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_library.db());
    Status s = SqlUtil::exec(q,
                             QStringLiteral("INSERT INTO story(id, kind, title, status, severity, started_at, "
                                            "detected_at, resolved_at, created_at, modified_at) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             {story.id > 0 ? QVariant(story.id) : QVariant(),
                              StoryRules::kindKey(story.kind),
                              story.title,
                              StoryRules::statusKey(story.status),
                              qBound(0, story.severity, StoryRules::MaxSeverity),
                              toDb(story.startedAt),
                              toDb(story.detectedAt),
                              toDb(story.resolvedAt),
                              toDb(story.createdAt.isValid() ? story.createdAt : now),
                              toDb(story.modifiedAt.isValid() ? story.modifiedAt : now)});
    if (!s) {
        return R::failure(s.error());
    }
    const qint64 id = q.lastInsertId().toLongLong();
    for (Section section : StoryRules::allSections()) {
        const QString body = story.section(section);
        s = SqlUtil::exec(q,
                          QStringLiteral("INSERT INTO story_section(story_id, section, body) VALUES (?, ?, ?)"),
                          {id, StoryRules::sectionKey(section), body});
        if (!s) {
            return R::failure(s.error());
        }
    }
    if (!(s = writeList(id, QStringLiteral("story_author"), QStringLiteral("name"), story.authors)) ||
        !(s = writeList(id, QStringLiteral("story_tag"), QStringLiteral("tag"), story.tags)) || !(s = reindex(id)) ||
        !(s = tx.commit())) {
        return R::failure(s.error());
    }
    emit storyAdded(id);
    return id;
}

Status StoryStore::setFieldImpl(qint64 id, StoryField field, const QVariant& value)
{
    if (Status s = checkWritable(); !s) {
        return s;
    }
    WriteTransaction tx(m_library);
    if (Status s = tx.begin(); !s) {
        return s;
    }
    QSqlQuery q(m_library.db());
    Status s;
    if (field == StoryField::Status) {
        if (!(s = SqlUtil::exec(q, QStringLiteral("SELECT status FROM story WHERE id = ?"), {id}))) {
            return s;
        }
        if (!q.next()) {
            return Status::failure(notFound(id));
        }
        const auto from = StoryRules::statusFromKey(q.value(0).toString()).value_or(StoryStatus::Draft);
        const auto to = static_cast<StoryStatus>(value.toInt());
        if (!StoryRules::canTransition(from, to)) {
            return Status::failure(QCoreApplication::translate("StoryStore", "A story cannot go from “%1” to “%2”.")
                                       .arg(StoryRules::statusName(from), StoryRules::statusName(to)));
        }
    }
    if (!(s = touch(id))) {
        return s;
    }
    if (field == StoryField::Authors) {
        const QStringList list = value.toStringList();
        s = writeList(id, QStringLiteral("story_author"), QStringLiteral("name"), list);
    } else if (field == StoryField::Tags) {
        const QStringList list = value.toStringList();
        s = writeList(id, QStringLiteral("story_tag"), QStringLiteral("tag"), list);
    } else {
        s = SqlUtil::exec(q,
                          QStringLiteral("UPDATE story SET %1 = ? WHERE id = ?").arg(QLatin1String(columnFor(field))),
                          {columnValue(field, value), id});
    }
    const bool indexed = field == StoryField::Title || field == StoryField::Authors || field == StoryField::Tags;
    if (!s || (indexed && !(s = reindex(id))) || !(s = tx.commit())) {
        return s;
    }
    emit storyChanged(id, field);
    return {};
}

Status StoryStore::setSectionImpl(qint64 id, Section section, const QString& text)
{
    if (Status s = checkWritable(); !s) {
        return s;
    }
    WriteTransaction tx(m_library);
    Status s = tx.begin();
    if (!s || !(s = touch(id))) {
        return s;
    }
    QSqlQuery q(m_library.db());
    s = SqlUtil::exec(q,
                      QStringLiteral("INSERT INTO story_section(story_id, section, body) VALUES (?, ?, ?) "
                                     "ON CONFLICT(story_id, section) DO UPDATE SET body = excluded.body"),
                      {id, StoryRules::sectionKey(section), text});
    if (!s || !(s = reindex(id)) || !(s = tx.commit())) {
        return s;
    }
    emit sectionChanged(id, section);
    return {};
}

Status StoryStore::removeImpl(qint64 id)
{
    if (Status s = checkWritable(); !s) {
        return s;
    }
    WriteTransaction tx(m_library);
    Status s = tx.begin();
    if (!s) {
        return s;
    }
    QSqlQuery q(m_library.db());
    if (!(s = SqlUtil::exec(q, QStringLiteral("DELETE FROM story WHERE id = ?"), {id}))) {
        return s;
    }
    if (q.numRowsAffected() != 1) {
        return Status::failure(notFound(id));
    }
    if (!(s = SqlUtil::exec(q, QStringLiteral("DELETE FROM story_fts WHERE rowid = ?"), {id})) || !(s = tx.commit())) {
        return s;
    }
    emit storyRemoved(id);
    return {};
}

template <typename R>
R StoryStore::reportFailure(R result)
{
    if (!result.ok()) {
        emit writeFailed(result.error());
    }
    return result;
}

Result<qint64> StoryStore::create(const Story& story)
{
    return reportFailure(createImpl(story));
}

Status StoryStore::setField(qint64 id, StoryField field, const QVariant& value)
{
    return reportFailure(setFieldImpl(id, field, value));
}

Status StoryStore::setSection(qint64 id, Section section, const QString& text)
{
    return reportFailure(setSectionImpl(id, section, text));
}

Status StoryStore::remove(qint64 id)
{
    return reportFailure(removeImpl(id));
}

namespace {
// The tables holding a story's rows, parents before children, each with the query that selects
// the story's rows (bound to the story id).
struct StoryTableQuery
{
    const char* table;
    const char* where;
};
constexpr StoryTableQuery StoryTables[] = {
    {"story", "id = ?"},
    {"story_section", "story_id = ?"},
    {"story_author", "story_id = ?"},
    {"story_tag", "story_id = ?"},
    {"story_person", "story_id = ?"},
    {"timeline_event", "story_id = ?"},
    {"cause_node", "story_id = ?"},
    {"lesson", "story_id = ?"},
    {"action_item", "story_id = ?"},
    {"lesson_cause", "lesson_id IN (SELECT id FROM lesson WHERE story_id = ?)"},
    {"action_cause", "action_id IN (SELECT id FROM action_item WHERE story_id = ?)"},
    {"coach_ignored_hit", "story_id = ?"},
    {"award", "story_id = ?"},
};
} // namespace

Result<StoryRows> StoryStore::takeRows(qint64 id)
{
    using R = Result<StoryRows>;
    StoryRows result;
    result.storyId = id;
    for (const StoryTableQuery& t : StoryTables) {
        auto table = SqlUtil::readRows(m_library.db(), QLatin1String(t.table), QLatin1String(t.where), id);
        if (!table) {
            return R::failure(table.error());
        }
        result.tables << table.value();
    }
    if (result.tables.isEmpty() || result.tables.first().rows.isEmpty()) {
        return R::failure(notFound(id));
    }
    return result;
}

Status StoryStore::restoreRows(const StoryRows& rows)
{
    return reportFailure(restoreRowsImpl(rows));
}

Status StoryStore::restoreRowsImpl(const StoryRows& rows)
{
    if (Status s = checkWritable(); !s) {
        return s;
    }
    WriteTransaction tx(m_library);
    Status s = tx.begin();
    if (!s) {
        return s;
    }
    // A cause's parent may come after it; foreign keys are checked at the commit.
    if (!(s = SqlUtil::exec(m_library.db(), QStringLiteral("PRAGMA defer_foreign_keys = ON")))) {
        return s;
    }
    for (const StoryRows::Table& table : rows.tables) {
        if (!(s = SqlUtil::insertRows(m_library.db(), table))) {
            return s;
        }
    }
    if (!(s = reindex(rows.storyId)) || !(s = tx.commit())) {
        return s;
    }
    emit storyAdded(rows.storyId);
    return {};
}

QString StoryStore::ftsQuery(const QString& text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList terms;
    const QStringList words = text.split(space, Qt::SkipEmptyParts);
    for (QString word : words) {
        word.remove(QLatin1Char('"'));
        const bool hasWordCharacter =
            std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
        if (hasWordCharacter) {
            terms << QLatin1Char('"') + word + QStringLiteral("\"*");
        }
    }
    return terms.join(QLatin1Char(' '));
}

Result<QList<SearchHit>> StoryStore::search(const QString& text, int limit)
{
    using R = Result<QList<SearchHit>>;
    const QString query = ftsQuery(text);
    if (query.isEmpty()) {
        return QList<SearchHit>();
    }
    QString sql = QStringLiteral("SELECT rowid, rank FROM story_fts WHERE story_fts MATCH ? ORDER BY rank, rowid");
    if (limit >= 0) {
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    }
    QSqlQuery q(m_library.db());
    q.setForwardOnly(true);
    if (Status s = SqlUtil::exec(q, sql, {query}); !s) {
        return R::failure(QCoreApplication::translate("StoryStore", "Search failed: %1").arg(s.error()));
    }
    QList<SearchHit> hits;
    while (q.next()) {
        hits << SearchHit {q.value(0).toLongLong(), q.value(1).toDouble()};
    }
    return hits;
}

Result<QList<qint64>> StoryStore::matchingIds(const QString& text)
{
    using R = Result<QList<qint64>>;
    const QString query = ftsQuery(text);
    if (query.isEmpty()) {
        return QList<qint64>();
    }
    // No rank: computing bm25 for every matching row is what makes search() slow on broad queries.
    const QString sql = QStringLiteral("SELECT rowid FROM story_fts WHERE story_fts MATCH ?");
    QSqlQuery q(m_library.db());
    q.setForwardOnly(true);
    if (Status s = SqlUtil::exec(q, sql, {query}); !s) {
        return R::failure(QCoreApplication::translate("StoryStore", "Search failed: %1").arg(s.error()));
    }
    QList<qint64> ids;
    while (q.next()) {
        ids << q.value(0).toLongLong();
    }
    return ids;
}
