#include "storage/PeopleStore.h"

#include "storage/LibraryDatabase.h"
#include "storage/SqlUtil.h"
#include "storage/StoryStore.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

PeopleStore::PeopleStore(LibraryDatabase& library, StoryStore& stories, QObject* parent)
    : QObject(parent)
    , m_library(library)
    , m_stories(stories)
{
}

Result<QList<Person>> PeopleStore::people(qint64 storyId)
{
    QSqlQuery q(m_library.db());
    q.setForwardOnly(true);
    if (Status s = SqlUtil::exec(
            q, QStringLiteral("SELECT name, role FROM story_person WHERE story_id = ? ORDER BY position"), {storyId});
        !s) {
        return Result<QList<Person>>::failure(s.error());
    }
    QList<Person> list;
    while (q.next()) {
        list << Person {q.value(0).toString(), q.value(1).toString()};
    }
    return list;
}

Status PeopleStore::writeList(qint64 storyId, const QList<Person>& people)
{
    // Rewritten whole: the lists are short and positions stay dense without juggling the key.
    QSqlQuery q(m_library.db());
    if (Status s = SqlUtil::exec(q, QStringLiteral("DELETE FROM story_person WHERE story_id = ?"), {storyId}); !s) {
        return s;
    }
    for (int i = 0; i < people.size(); ++i) {
        if (Status s = SqlUtil::exec(
                q,
                QStringLiteral("INSERT INTO story_person(story_id, position, name, role) VALUES (?, ?, ?, ?)"),
                {storyId, i, people[i].name, people[i].role});
            !s) {
            return s;
        }
    }
    return {};
}

Status PeopleStore::change(qint64 storyId, Op op, int position, int to, const Person& person)
{
    auto fail = [this](const QString& message) {
        emit writeFailed(message);
        return Status::failure(message);
    };
    if (m_library.isReadOnly()) {
        return fail(LibraryDatabase::readOnlyMessage());
    }
    WriteTransaction tx(m_library);
    if (Status s = tx.begin(); !s) {
        return fail(s.error());
    }
    auto loaded = people(storyId);
    if (!loaded) {
        return fail(loaded.error());
    }
    QList<Person> list = loaded.value();
    const int count = int(list.size());
    const QString noSuchRow =
        QCoreApplication::translate("PeopleStore", "There is no person at position %1 of this story.")
            .arg(position + 1);
    switch (op) {
    case Op::Insert:
        position = qBound(0, position, count);
        list.insert(position, person);
        break;
    case Op::Update:
        if (position < 0 || position >= count) {
            return fail(noSuchRow);
        }
        list[position] = person;
        break;
    case Op::Remove:
        if (position < 0 || position >= count) {
            return fail(noSuchRow);
        }
        list.removeAt(position);
        break;
    case Op::Move:
        if (position < 0 || position >= count) {
            return fail(noSuchRow);
        }
        to = qBound(0, to, count - 1);
        list.move(position, to);
        break;
    }
    Status s = writeList(storyId, list);
    if (!s || !(s = m_stories.partChanged(storyId)) || !(s = tx.commit())) {
        return fail(s.error());
    }
    m_stories.emitPartChanged(storyId);
    switch (op) {
    case Op::Insert:
        emit personInserted(storyId, position);
        break;
    case Op::Update:
        emit personChanged(storyId, position);
        break;
    case Op::Remove:
        emit personRemoved(storyId, position);
        break;
    case Op::Move:
        if (to != position) {
            emit personMoved(storyId, position, to);
        }
        break;
    }
    return {};
}

Status PeopleStore::insert(qint64 storyId, int position, const Person& person)
{
    return change(storyId, Op::Insert, position, 0, person);
}

Status PeopleStore::update(qint64 storyId, int position, const Person& person)
{
    return change(storyId, Op::Update, position, 0, person);
}

Status PeopleStore::remove(qint64 storyId, int position)
{
    return change(storyId, Op::Remove, position, 0, {});
}

Status PeopleStore::move(qint64 storyId, int from, int to)
{
    return change(storyId, Op::Move, from, to, {});
}
