#pragma once

#include "domain/TimelineEvent.h"
#include "util/Result.h"

#include <QList>
#include <QObject>

class LibraryDatabase;
class StoryStore;

// Reads and writes the events of stories' timelines. Each write is one transaction, committed
// before the call returns, that also updates the story's modified time and search index. The
// signals carry what changed, so models need not read again.
class TimelineStore : public QObject
{
    Q_OBJECT

public:
    TimelineStore(LibraryDatabase& library, StoryStore& stories, QObject* parent = nullptr);

    bool isReadOnly() const;

    // The events of a story, ordered by their stored time (UTC) and id.
    Result<QList<TimelineEvent>> events(qint64 storyId);
    Result<TimelineEvent> event(qint64 id);
    Result<int> count(qint64 storyId);

    // Inserts the events into the story and returns them with their ids. An event with a non-zero
    // id keeps it (undo of a removal).
    Result<QList<TimelineEvent>> insert(qint64 storyId, const QList<TimelineEvent>& events);
    // Writes every field of an existing event.
    Status update(const TimelineEvent& event);
    Status remove(qint64 storyId, const QList<qint64>& ids);

signals:
    void eventsAdded(qint64 storyId, const QList<TimelineEvent>& events);
    void eventChanged(qint64 storyId, const TimelineEvent& event);
    void eventsRemoved(qint64 storyId, const QList<qint64>& ids);

private:
    Result<QList<TimelineEvent>> insertImpl(qint64 storyId, const QList<TimelineEvent>& events);
    Status updateImpl(const TimelineEvent& event);
    Status removeImpl(qint64 storyId, const QList<qint64>& ids);
    template <typename R>
    R reportFailure(R result);

    LibraryDatabase& m_library;
    StoryStore& m_stories;
};
