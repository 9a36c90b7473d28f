#include "storage/TimelineStore.h"

#include "domain/TimelineRules.h"
#include "storage/LibraryDatabase.h"
#include "storage/SqlUtil.h"
#include "storage/StoryStore.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {

const char* const EventSelect =
    "SELECT id, story_id, occurred_at, date_only, kind, description, actor FROM timeline_event";

// Two ASCII digits at `at`, or -1.
int digits(QStringView text, qsizetype at, qsizetype count)
{
    int value = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9') {
            return -1;
        }
        value = value * 10 + (c - u'0');
    }
    return value;
}

// Reads what toDb() writes. A hand-written reader: QDateTime::fromString is the largest cost of
// loading a long timeline.
QDateTime timeFromDb(const QString& text, bool dateOnly)
{
    const QStringView v(text);
    if (v.size() >= 10 && v[4] == u'-' && v[7] == u'-') {
        const QDate date(digits(v, 0, 4), digits(v, 5, 2), digits(v, 8, 2));
        if (dateOnly && date.isValid()) {
            return QDateTime(date, QTime(0, 0), Qt::UTC);
        }
        // 2021-12-10T15:40:00.000Z
        if (v.size() == 24 && v[10] == u'T' && v[13] == u':' && v[16] == u':' && v[19] == u'.' && v[23] == u'Z') {
            const QTime time(digits(v, 11, 2), digits(v, 14, 2), digits(v, 17, 2), digits(v, 20, 3));
            if (date.isValid() && time.isValid()) {
                return QDateTime(date, time, Qt::UTC);
            }
        }
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? QDateTime(date, QTime(0, 0), Qt::UTC) : QDateTime();
    }
    return dateOnly ? QDateTime(time.date(), QTime(0, 0), Qt::UTC) : time.toUTC();
}

QString timeToDb(const TimelineEvent& event)
{
    if (event.dateOnly) {
        return event.date().toString(Qt::ISODate);
    }
    return event.occurredAt.toUTC().toString(Qt::ISODateWithMs);
}

TimelineEvent readEvent(const QSqlQuery& q)
{
    TimelineEvent e;
    e.id = q.value(0).toLongLong();
    e.storyId = q.value(1).toLongLong();
    e.dateOnly = q.value(3).toInt() != 0;
    e.occurredAt = timeFromDb(q.value(2).toString(), e.dateOnly);
    e.kind = TimelineRules::kindFromKey(q.value(4).toString()).value_or(TimelineKind::KeyMoment);
    e.description = q.value(5).toString();
    e.actor = q.value(6).toString();
    return e;
}

QString eventNotFound(qint64 id)
{
    return QCoreApplication::translate("TimelineStore", "Timeline event %1 does not exist.").arg(id);
}

QString invalidTime()
{
    return QCoreApplication::translate("TimelineStore", "A timeline event needs a valid date.");
}

} // namespace

TimelineStore::TimelineStore(LibraryDatabase& library, StoryStore& stories, QObject* parent)
    : QObject(parent)
    , m_library(library)
    , m_stories(stories)
{
}

bool TimelineStore::isReadOnly() const
{
    return m_library.isReadOnly();
}

Result<QList<TimelineEvent>> TimelineStore::events(qint64 storyId)
{
    using R = Result<QList<TimelineEvent>>;
    QSqlQuery q(m_library.db());
    q.setForwardOnly(true);
    if (Status s = SqlUtil::exec(q,
                                 QString::fromLatin1(EventSelect) +
                                     QStringLiteral(" WHERE story_id = ? ORDER BY occurred_at, id"),
                                 {storyId});
        !s) {
        return R::failure(s.error());
    }
    QList<TimelineEvent> list;
    while (q.next()) {
        list << readEvent(q);
    }
    return list;
}

Result<TimelineEvent> TimelineStore::event(qint64 id)
{
    QSqlQuery q(m_library.db());
    if (Status s = SqlUtil::exec(q, QString::fromLatin1(EventSelect) + QStringLiteral(" WHERE id = ?"), {id}); !s) {
        return Result<TimelineEvent>::failure(s.error());
    }
    if (!q.next()) {
        return Result<TimelineEvent>::failure(eventNotFound(id));
    }
    return readEvent(q);
}

Result<int> TimelineStore::count(qint64 storyId)
{
    QSqlQuery q(m_library.db());
    if (Status s =
            SqlUtil::exec(q, QStringLiteral("SELECT count(*) FROM timeline_event WHERE story_id = ?"), {storyId});
        !s || !q.next()) {
        return Result<int>::failure(s ? SqlUtil::errorText(q) : s.error());
    }
    return q.value(0).toInt();
}

Result<QList<TimelineEvent>> TimelineStore::insertImpl(qint64 storyId, const QList<TimelineEvent>& events)
{
    using R = Result<QList<TimelineEvent>>;
    if (m_library.isReadOnly()) {
        return R::failure(LibraryDatabase::readOnlyMessage());
    }
    WriteTransaction tx(m_library);
    if (Status s = tx.begin(); !s) {
        return R::failure(s.error());
    }
    QSqlQuery q(m_library.db());
    QList<TimelineEvent> inserted;
    inserted.reserve(events.size());
    for (TimelineEvent event : events) {
        if (!event.occurredAt.isValid()) {
            return R::failure(invalidTime());
        }
        event.storyId = storyId;
        if (event.dateOnly) {
            event.occurredAt = QDateTime(event.date(), QTime(0, 0), Qt::UTC);
        } else {
            event.occurredAt = event.occurredAt.toUTC();
        }
        Status s =
            SqlUtil::exec(q,
                          QStringLiteral("INSERT INTO timeline_event(id, story_id, occurred_at, date_only, kind, "
                                         "description, actor) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          {event.id > 0 ? QVariant(event.id) : QVariant(),
                           storyId,
                           timeToDb(event),
                           event.dateOnly ? 1 : 0,
                           TimelineRules::kindKey(event.kind),
                           event.description,
                           event.actor});
        if (!s) {
            return R::failure(s.error());
        }
        event.id = q.lastInsertId().toLongLong();
        inserted << event;
    }
    Status s = m_stories.partChanged(storyId);
    if (!s || !(s = tx.commit())) {
        return R::failure(s.error());
    }
    m_stories.emitPartChanged(storyId);
    emit eventsAdded(storyId, inserted);
    return inserted;
}

Status TimelineStore::updateImpl(const TimelineEvent& event)
{
    if (m_library.isReadOnly()) {
        return Status::failure(LibraryDatabase::readOnlyMessage());
    }
    if (!event.occurredAt.isValid()) {
        return Status::failure(invalidTime());
    }
    WriteTransaction tx(m_library);
    if (Status s = tx.begin(); !s) {
        return s;
    }
    TimelineEvent stored = event;
    stored.occurredAt = event.dateOnly ? QDateTime(event.date(), QTime(0, 0), Qt::UTC) : event.occurredAt.toUTC();
    QSqlQuery q(m_library.db());
    Status s = SqlUtil::exec(q,
                             QStringLiteral("UPDATE timeline_event SET occurred_at = ?, date_only = ?, kind = ?, "
                                            "description = ?, actor = ? WHERE id = ? AND story_id = ?"),
                             {timeToDb(stored),
                              stored.dateOnly ? 1 : 0,
                              TimelineRules::kindKey(stored.kind),
                              stored.description,
                              stored.actor,
                              stored.id,
                              stored.storyId});
    if (!s) {
        return s;
    }
    if (q.numRowsAffected() != 1) {
        return Status::failure(eventNotFound(event.id));
    }
    if (!(s = m_stories.partChanged(stored.storyId)) || !(s = tx.commit())) {
        return s;
    }
    m_stories.emitPartChanged(stored.storyId);
    emit eventChanged(stored.storyId, stored);
    return {};
}

Status TimelineStore::removeImpl(qint64 storyId, const QList<qint64>& ids)
{
    if (m_library.isReadOnly()) {
        return Status::failure(LibraryDatabase::readOnlyMessage());
    }
    WriteTransaction tx(m_library);
    if (Status s = tx.begin(); !s) {
        return s;
    }
    QSqlQuery q(m_library.db());
    for (qint64 id : ids) {
        if (Status s = SqlUtil::exec(
                q, QStringLiteral("DELETE FROM timeline_event WHERE id = ? AND story_id = ?"), {id, storyId});
            !s) {
            return s;
        }
        if (q.numRowsAffected() != 1) {
            return Status::failure(eventNotFound(id));
        }
    }
    Status s = m_stories.partChanged(storyId);
    if (!s || !(s = tx.commit())) {
        return s;
    }
    m_stories.emitPartChanged(storyId);
    emit eventsRemoved(storyId, ids);
    return {};
}

template <typename R>
R TimelineStore::reportFailure(R result)
{
    if (!result.ok()) {
        // The window shows the story store's write failures in its status bar.
        emit m_stories.writeFailed(result.error());
    }
    return result;
}

Result<QList<TimelineEvent>> TimelineStore::insert(qint64 storyId, const QList<TimelineEvent>& events)
{
    return reportFailure(insertImpl(storyId, events));
}

Status TimelineStore::update(const TimelineEvent& event)
{
    return reportFailure(updateImpl(event));
}

Status TimelineStore::remove(qint64 storyId, const QList<qint64>& ids)
{
    return reportFailure(removeImpl(storyId, ids));
}
