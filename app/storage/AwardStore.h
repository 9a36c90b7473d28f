#pragma once

#include "domain/Award.h"
#include "util/Result.h"

#include <QList>
#include <QObject>

class LibraryDatabase;
class StoryStore;

// Reads and writes the awards of stories (the hall of fame). Each write is one transaction and
// updates the story's modified time; the signals after the commit say exactly what changed.
class AwardStore : public QObject
{
    Q_OBJECT

public:
    AwardStore(LibraryDatabase& library, StoryStore& stories, QObject* parent = nullptr);

    // The awards of one story, by year, then in the order they were given.
    Result<QList<Award>> awards(qint64 storyId);
    // Every award of the library, by year, then in the order they were given.
    Result<QList<Award>> allAwards();
    Result<Award> award(qint64 id);

    // Inserts the award and returns its id. An award with a non-zero id keeps it (undo of a
    // removal); an invalid createdAt becomes now.
    Result<qint64> insert(const Award& award);
    // Writes year, title and citation of the award with award.id.
    Status update(const Award& award);
    Status remove(qint64 id);

signals:
    void awardAdded(qint64 storyId, qint64 id);
    void awardChanged(qint64 storyId, qint64 id);
    void awardRemoved(qint64 storyId, qint64 id);

private:
    Result<qint64> insertImpl(const Award& award);
    Status updateImpl(const Award& award);
    Status removeImpl(qint64 id);
    Result<QList<Award>> read(const QString& where, const QVariant& value);
    template <typename R>
    R reportFailure(R result);
    Status checkWritable() const;

    LibraryDatabase& m_library;
    StoryStore& m_stories;
};
