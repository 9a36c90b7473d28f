#include "storage/LessonStore.h"

#include "storage/LibraryDatabase.h"
#include "storage/SqlUtil.h"
#include "storage/StoryPartRows.h"
#include "storage/StoryStore.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {
const QString Table = QStringLiteral("lesson");
const QString LinkTable = QStringLiteral("lesson_cause");
const QString LinkColumn = QStringLiteral("lesson_id");

QString notFound(qint64 id)
{
    return QCoreApplication::translate("LessonStore", "Lesson %1 does not exist.").arg(id);
}

Lesson readLesson(const QSqlQuery& q)
{
    Lesson lesson;
    lesson.id = q.value(0).toLongLong();
    lesson.storyId = q.value(1).toLongLong();
    lesson.kind = LessonRules::kindFromKey(q.value(2).toString()).value_or(LessonKind::Lesson);
    lesson.text = q.value(3).toString();
    return lesson;
}

QList<qint64> sortedUnique(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}
} // namespace

LessonStore::LessonStore(LibraryDatabase& library, StoryStore& stories, QObject* parent)
    : QObject(parent)
    , m_library(library)
    , m_stories(stories)
{
}

Status LessonStore::checkWritable() const
{
    if (m_library.isReadOnly()) {
        return Status::failure(LibraryDatabase::readOnlyMessage());
    }
    return {};
}

Result<QList<Lesson>> LessonStore::lessons(qint64 storyId)
{
    using R = Result<QList<Lesson>>;
    QSqlQuery q(m_library.db());
    q.setForwardOnly(true);
    if (Status s = SqlUtil::exec(
            q,
            QStringLiteral("SELECT id, story_id, kind, text FROM lesson WHERE story_id = ? ORDER BY position, id"),
            {storyId});
        !s) {
        return R::failure(s.error());
    }
    QList<Lesson> list;
    while (q.next()) {
        list << readLesson(q);
    }
    auto links = StoryPartRows::causesOfStory(m_library.db(), Table, LinkTable, LinkColumn, storyId);
    if (!links) {
        return R::failure(links.error());
    }
    for (Lesson& lesson : list) {
        lesson.causeIds = links->value(lesson.id);
    }
    return list;
}

Result<Lesson> LessonStore::lesson(qint64 id)
{
    using R = Result<Lesson>;
    QSqlQuery q(m_library.db());
    if (Status s = SqlUtil::exec(q, QStringLiteral("SELECT id, story_id, kind, text FROM lesson WHERE id = ?"), {id});
        !s) {
        return R::failure(s.error());
    }
    if (!q.next()) {
        return R::failure(notFound(id));
    }
    Lesson lesson = readLesson(q);
    auto causes = StoryPartRows::causesOf(m_library.db(), LinkTable, LinkColumn, id);
    if (!causes) {
        return R::failure(causes.error());
    }
    lesson.causeIds = causes.value();
    return lesson;
}

Result<int> LessonStore::positionOf(qint64 id)
{
    auto place = StoryPartRows::place(m_library.db(), Table, id, notFound(id));
    if (!place) {
        return Result<int>::failure(place.error());
    }
    return place->position;
}

Result<QList<CauseChoice>> LessonStore::causeChoices(qint64 storyId)
{
    return StoryPartRows::causeChoices(m_library.db(), storyId);
}

Result<qint64> LessonStore::insertImpl(const Lesson& lesson, int position)
{
    using R = Result<qint64>;
    if (Status s = checkWritable(); !s) {
        return R::failure(s.error());
    }
    WriteTransaction tx(m_library);
    if (Status s = tx.begin(); !s) {
        return R::failure(s.error());
    }
    QSqlDatabase& db = m_library.db();
    auto count = StoryPartRows::count(db, Table, lesson.storyId);
    if (!count) {
        return R::failure(count.error());
    }
    position = qBound(0, position, count.value());
    if (Status s = StoryPartRows::openGap(db, Table, lesson.storyId, position); !s) {
        return R::failure(s.error());
    }
    QSqlQuery q(db);
    if (Status s = SqlUtil::exec(q,
                                 QStringLiteral("INSERT INTO lesson(id, story_id, position, kind, text)"
                                                " VALUES (?, ?, ?, ?, ?)"),
                                 {lesson.id > 0 ? QVariant(lesson.id) : QVariant(),
                                  lesson.storyId,
                                  position,
                                  LessonRules::kindKey(lesson.kind),
                                  lesson.text});
        !s) {
        return R::failure(s.error());
    }
    const qint64 id = q.lastInsertId().toLongLong();
    Status s = StoryPartRows::writeCauses(db, LinkTable, LinkColumn, id, lesson.storyId, sortedUnique(lesson.causeIds));
    if (!s || !(s = m_stories.partChanged(lesson.storyId)) || !(s = tx.commit())) {
        return R::failure(s.error());
    }
    m_stories.emitPartChanged(lesson.storyId);
    emit lessonAdded(lesson.storyId, id, position);
    return id;
}

Status LessonStore::removeImpl(qint64 id)
{
    if (Status s = checkWritable(); !s) {
        return s;
    }
    WriteTransaction tx(m_library);
    if (Status s = tx.begin(); !s) {
        return s;
    }
    QSqlDatabase& db = m_library.db();
    auto place = StoryPartRows::place(db, Table, id, notFound(id));
    if (!place) {
        return Status::failure(place.error());
    }
    QSqlQuery q(db);
    Status s = SqlUtil::exec(q, QStringLiteral("DELETE FROM lesson WHERE id = ?"), {id});
    if (!s || !(s = StoryPartRows::closeGap(db, Table, place->storyId, place->position)) ||
        !(s = m_stories.partChanged(place->storyId)) || !(s = tx.commit())) {
        return s;
    }
    m_stories.emitPartChanged(place->storyId);
    emit lessonRemoved(place->storyId, id);
    return {};
}

Status LessonStore::setFieldImpl(qint64 id, LessonField field, const QVariant& value)
{
    if (Status s = checkWritable(); !s) {
        return s;
    }
    WriteTransaction tx(m_library);
    if (Status s = tx.begin(); !s) {
        return s;
    }
    QSqlDatabase& db = m_library.db();
    auto place = StoryPartRows::place(db, Table, id, notFound(id));
    if (!place) {
        return Status::failure(place.error());
    }
    QSqlQuery q(db);
    Status s;
    switch (field) {
    case LessonField::Kind:
        s = SqlUtil::exec(q,
                          QStringLiteral("UPDATE lesson SET kind = ? WHERE id = ?"),
                          {LessonRules::kindKey(static_cast<LessonKind>(value.toInt())), id});
        break;
    case LessonField::Text:
        s = SqlUtil::exec(q, QStringLiteral("UPDATE lesson SET text = ? WHERE id = ?"), {value.toString(), id});
        break;
    case LessonField::Causes:
        s = StoryPartRows::writeCauses(
            db, LinkTable, LinkColumn, id, place->storyId, sortedUnique(value.value<QList<qint64>>()));
        break;
    }
    if (!s || !(s = m_stories.partChanged(place->storyId)) || !(s = tx.commit())) {
        return s;
    }
    m_stories.emitPartChanged(place->storyId);
    emit lessonChanged(place->storyId, id, field);
    return {};
}

Status LessonStore::moveImpl(qint64 id, int position)
{
    if (Status s = checkWritable(); !s) {
        return s;
    }
    WriteTransaction tx(m_library);
    if (Status s = tx.begin(); !s) {
        return s;
    }
    QSqlDatabase& db = m_library.db();
    auto place = StoryPartRows::place(db, Table, id, notFound(id));
    if (!place) {
        return Status::failure(place.error());
    }
    auto count = StoryPartRows::count(db, Table, place->storyId);
    if (!count) {
        return Status::failure(count.error());
    }
    position = qBound(0, position, count.value() - 1);
    if (position == place->position) {
        return {};
    }
    Status s = StoryPartRows::move(db, Table, id, place->storyId, place->position, position);
    if (!s || !(s = m_stories.partChanged(place->storyId)) || !(s = tx.commit())) {
        return s;
    }
    m_stories.emitPartChanged(place->storyId);
    emit lessonMoved(place->storyId, id, position);
    return {};
}

template <typename R>
R LessonStore::reportFailure(R result)
{
    if (!result.ok()) {
        emit m_stories.writeFailed(result.error());
    }
    return result;
}

Result<qint64> LessonStore::insert(const Lesson& lesson, int position)
{
    return reportFailure(insertImpl(lesson, position));
}

Status LessonStore::remove(qint64 id)
{
    return reportFailure(removeImpl(id));
}

Status LessonStore::setField(qint64 id, LessonField field, const QVariant& value)
{
    return reportFailure(setFieldImpl(id, field, value));
}

Status LessonStore::move(qint64 id, int position)
{
    return reportFailure(moveImpl(id, position));
}
