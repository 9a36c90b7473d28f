#include "storage/AwardStore.h"

#include "storage/LibraryDatabase.h"
#include "storage/SqlUtil.h"
#include "storage/StoryStore.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {

QString notFound(qint64 id)
{
    return QCoreApplication::translate("AwardStore", "Award %1 does not exist.").arg(id);
}

QDateTime fromDb(const QVariant& value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

Award readAward(const QSqlQuery& q)
{
    Award award;
    award.id = q.value(0).toLongLong();
    award.storyId = q.value(1).toLongLong();
    award.year = q.value(2).toInt();
    award.title = q.value(3).toString();
    award.citation = q.value(4).toString();
    award.createdAt = fromDb(q.value(5));
    return award;
}

const QString Columns = QStringLiteral("id, story_id, year, title, citation, created_at");

} // namespace

AwardStore::AwardStore(LibraryDatabase& library, StoryStore& stories, QObject* parent)
    : QObject(parent)
    , m_library(library)
    , m_stories(stories)
{
}

Status AwardStore::checkWritable() const
{
    if (m_library.isReadOnly()) {
        return Status::failure(LibraryDatabase::readOnlyMessage());
    }
    return {};
}

Result<QList<Award>> AwardStore::read(const QString& where, const QVariant& value)
{
    using R = Result<QList<Award>>;
    if (m_library.schemaVersion() < 3) {
        // A library opened read-only before its upgrade: awards came with schema version 3.
        return QList<Award> {};
    }
    QSqlQuery q(m_library.db());
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT %1 FROM award %2 ORDER BY year, id").arg(Columns, where);
    Status s = value.isValid() ? SqlUtil::exec(q, sql, {value}) : SqlUtil::exec(q, sql);
    if (!s) {
        return R::failure(s.error());
    }
    QList<Award> list;
    while (q.next()) {
        list << readAward(q);
    }
    return list;
}

Result<QList<Award>> AwardStore::awards(qint64 storyId)
{
    return read(QStringLiteral("WHERE story_id = ?"), storyId);
}

Result<QList<Award>> AwardStore::allAwards()
{
    return read(QString(), QVariant());
}

Result<Award> AwardStore::award(qint64 id)
{
    auto list = read(QStringLiteral("WHERE id = ?"), id);
    if (!list) {
        return Result<Award>::failure(list.error());
    }
    if (list->isEmpty()) {
        return Result<Award>::failure(notFound(id));
    }
    return list->first();
}

Result<qint64> AwardStore::insertImpl(const Award& award)
{
    using R = Result<qint64>;
    if (Status s = checkWritable(); !s) {
        return R::failure(s.error());
    }
    WriteTransaction tx(m_library);
    if (Status s = tx.begin(); !s) {
        return R::failure(s.error());
    }
    const QDateTime created = award.createdAt.isValid() ? award.createdAt : QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_library.db());
    Status s = SqlUtil::exec(q,
                             QStringLiteral("INSERT INTO award(id, story_id, year, title, citation, created_at)"
                                            " VALUES (?, ?, ?, ?, ?, ?)"),
                             {award.id > 0 ? QVariant(award.id) : QVariant(),
                              award.storyId,
                              award.year,
                              award.title,
                              award.citation,
                              created.toUTC().toString(Qt::ISODateWithMs)});
    if (!s) {
        return R::failure(s.error());
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (!(s = m_stories.partChanged(award.storyId)) || !(s = tx.commit())) {
        return R::failure(s.error());
    }
    m_stories.emitPartChanged(award.storyId);
    emit awardAdded(award.storyId, id);
    return id;
}

Status AwardStore::updateImpl(const Award& award)
{
    if (Status s = checkWritable(); !s) {
        return s;
    }
    WriteTransaction tx(m_library);
    if (Status s = tx.begin(); !s) {
        return s;
    }
    QSqlQuery q(m_library.db());
    Status s = SqlUtil::exec(q, QStringLiteral("SELECT story_id FROM award WHERE id = ?"), {award.id});
    if (!s) {
        return s;
    }
    if (!q.next()) {
        return Status::failure(notFound(award.id));
    }
    const qint64 storyId = q.value(0).toLongLong();
    s = SqlUtil::exec(q,
                      QStringLiteral("UPDATE award SET year = ?, title = ?, citation = ? WHERE id = ?"),
                      {award.year, award.title, award.citation, award.id});
    if (!s || !(s = m_stories.partChanged(storyId)) || !(s = tx.commit())) {
        return s;
    }
    m_stories.emitPartChanged(storyId);
    emit awardChanged(storyId, award.id);
    return {};
}

Status AwardStore::removeImpl(qint64 id)
{
    if (Status s = checkWritable(); !s) {
        return s;
    }
    WriteTransaction tx(m_library);
    if (Status s = tx.begin(); !s) {
        return s;
    }
    QSqlQuery q(m_library.db());
    Status s = SqlUtil::exec(q, QStringLiteral("SELECT story_id FROM award WHERE id = ?"), {id});
    if (!s) {
        return s;
    }
    if (!q.next()) {
        return Status::failure(notFound(id));
    }
    const qint64 storyId = q.value(0).toLongLong();
    s = SqlUtil::exec(q, QStringLiteral("DELETE FROM award WHERE id = ?"), {id});
    if (!s || !(s = m_stories.partChanged(storyId)) || !(s = tx.commit())) {
        return s;
    }
    m_stories.emitPartChanged(storyId);
    emit awardRemoved(storyId, id);
    return {};
}

template <typename R>
R AwardStore::reportFailure(R result)
{
    if (!result.ok()) {
        emit m_stories.writeFailed(result.error());
    }
    return result;
}

Result<qint64> AwardStore::insert(const Award& award)
{
    return reportFailure(insertImpl(award));
}

Status AwardStore::update(const Award& award)
{
    return reportFailure(updateImpl(award));
}

Status AwardStore::remove(qint64 id)
{
    return reportFailure(removeImpl(id));
}
