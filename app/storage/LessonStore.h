#pragma once

#include "domain/CauseChoice.h"
#include "domain/Lesson.h"
#include "util/Result.h"

#include <QList>
#include <QObject>
#include <QVariant>

class LibraryDatabase;
class StoryStore;

// Reads and writes the lessons learned of stories, kept in each story's order. Each write is one
// transaction and updates the story's modified time and search index. The signals tell models
// exactly what changed, whoever changed it.
class LessonStore : public QObject
{
    Q_OBJECT

public:
    LessonStore(LibraryDatabase& library, StoryStore& stories, QObject* parent = nullptr);

    Result<QList<Lesson>> lessons(qint64 storyId);
    Result<Lesson> lesson(qint64 id);
    // The lesson's place in its story's list.
    Result<int> positionOf(qint64 id);
    // The nodes of the story's cause tree, for linking (read-only; the cause tree has its own store).
    Result<QList<CauseChoice>> causeChoices(qint64 storyId);

    // Inserts `lesson` at `position` (clamped) of its story and returns its id. A lesson with a
    // non-zero id keeps it, with its cause links (undo of a removal).
    Result<qint64> insert(const Lesson& lesson, int position);
    Status remove(qint64 id);
    Status setField(qint64 id, LessonField field, const QVariant& value);
    // Moves the lesson to `position` (clamped) in its story's list.
    Status move(qint64 id, int position);

signals:
    void lessonAdded(qint64 storyId, qint64 id, int position);
    void lessonRemoved(qint64 storyId, qint64 id);
    void lessonChanged(qint64 storyId, qint64 id, LessonField field);
    void lessonMoved(qint64 storyId, qint64 id, int position);

private:
    Result<qint64> insertImpl(const Lesson& lesson, int position);
    Status removeImpl(qint64 id);
    Status setFieldImpl(qint64 id, LessonField field, const QVariant& value);
    Status moveImpl(qint64 id, int position);
    template <typename R>
    R reportFailure(R result);
    Status checkWritable() const;

    LibraryDatabase& m_library;
    StoryStore& m_stories;
};
