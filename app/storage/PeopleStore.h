#pragma once

#include "domain/Person.h"
#include "util/Result.h"

#include <QList>
#include <QObject>

class LibraryDatabase;
class StoryStore;

// Reads and writes the people involved in stories, in each story's order. Each write is one
// transaction and updates the story's modified time and search index. The signals tell models
// exactly what changed, whoever changed it.
class PeopleStore : public QObject
{
    Q_OBJECT

public:
    PeopleStore(LibraryDatabase& library, StoryStore& stories, QObject* parent = nullptr);

    Result<QList<Person>> people(qint64 storyId);

    // Positions are clamped to the list.
    Status insert(qint64 storyId, int position, const Person& person);
    Status update(qint64 storyId, int position, const Person& person);
    Status remove(qint64 storyId, int position);
    Status move(qint64 storyId, int from, int to);

signals:
    void personInserted(qint64 storyId, int position);
    void personChanged(qint64 storyId, int position);
    void personRemoved(qint64 storyId, int position);
    void personMoved(qint64 storyId, int from, int to);
    // A write failed; the library is unchanged.
    void writeFailed(const QString& message);

private:
    enum class Op {
        Insert,
        Update,
        Remove,
        Move,
    };
    // Reads the list, changes it and writes it back, all in one transaction.
    Status change(qint64 storyId, Op op, int position, int to, const Person& person);
    Status writeList(qint64 storyId, const QList<Person>& people);

    LibraryDatabase& m_library;
    StoryStore& m_stories;
};
