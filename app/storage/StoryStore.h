#pragma once

#include "domain/Story.h"
#include "domain/StorySummary.h"
#include "storage/StoryRows.h"
#include "util/Result.h"

#include <QList>
#include <QObject>

class LibraryDatabase;

struct SearchHit
{
    qint64 storyId = 0;
    double rank = 0; // lower is better (bm25)
};

// Reads and writes stories. Each write is one transaction, committed before the call returns, and
// keeps the full-text index in step. The signals tell models what changed, whoever changed it.
class StoryStore : public QObject
{
    Q_OBJECT

public:
    explicit StoryStore(LibraryDatabase& library, QObject* parent = nullptr);

    LibraryDatabase& library() { return m_library; }
    bool isReadOnly() const;

    Result<QList<StorySummary>> summaries();
    Result<StorySummary> summary(qint64 id);
    Result<Story> load(qint64 id);
    Result<int> count();
    Result<QStringList> allTags();

    // Inserts the story and returns its id. A story with a non-zero id keeps it (undo of a delete).
    Result<qint64> create(const Story& story);
    Status setField(qint64 id, StoryField field, const QVariant& value);
    Status setSection(qint64 id, Section section, const QString& text);
    Status remove(qint64 id);

    // All rows of the story and its parts, for putting back later with restoreRows().
    Result<StoryRows> takeRows(qint64 id);
    // Inserts rows taken by takeRows() again (same ids) and announces the story (storyAdded).
    Status restoreRows(const StoryRows& rows);

    // For the stores of a story's parts (timeline, causes, lessons, actions, people): call inside
    // their own write transaction. Updates the story's modified time and its search index.
    Status partChanged(qint64 id);
    // For the same stores, after their commit: tells the models (storyTouched).
    void emitPartChanged(qint64 id);

    // Stories matching every word of `text` as a prefix, best first. An empty query matches nothing.
    Result<QList<SearchHit>> search(const QString& text, int limit = -1);
    // The stories search() finds, unranked and in no particular order: much cheaper than search()
    // when thousands of stories match (the search box's filter needs no ranking).
    Result<QList<qint64>> matchingIds(const QString& text);
    // The FTS5 query for `text`: each word quoted and prefix-matched, all words required.
    static QString ftsQuery(const QString& text);

signals:
    void storyAdded(qint64 id);
    void storyRemoved(qint64 id);
    void storyChanged(qint64 id, StoryField field);
    void sectionChanged(qint64 id, Section section);
    // A part of the story changed (see partChanged); its modified time is new.
    void storyTouched(qint64 id);
    // A write failed; the library is unchanged. For the UI's status bar or message box.
    void writeFailed(const QString& message);

private:
    Result<qint64> createImpl(const Story& story);
    Status setFieldImpl(qint64 id, StoryField field, const QVariant& value);
    Status setSectionImpl(qint64 id, Section section, const QString& text);
    Status removeImpl(qint64 id);
    Status restoreRowsImpl(const StoryRows& rows);
    template <typename R>
    R reportFailure(R result);

    Status touch(qint64 id);
    Status reindex(qint64 id);
    Status writeList(qint64 id, const QString& table, const QString& column, const QStringList& items);
    Status checkWritable() const;

    LibraryDatabase& m_library;
};
