#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>

class LibraryDatabase;

// A search hit with the words around the match, for lists of results (kintsugi-cli search).
struct SearchResult
{
    qint64 storyId = 0;
    QString title;
    double rank = 0; // lower is better (bm25), as StoryStore::search
    QString snippet; // one line; the matched words between `open` and `close` markers
};

// Ranked full-text search with snippets over the index StoryStore keeps (FTS5).
class SearchStore
{
public:
    explicit SearchStore(LibraryDatabase& library);

    // Stories matching every word of `text` as a prefix, best first (same order as
    // StoryStore::search). An empty query matches nothing. `tokens` bounds the snippet's length.
    Result<QList<SearchResult>> search(const QString& text,
                                       int limit = -1,
                                       const QString& open = QStringLiteral("["),
                                       const QString& close = QStringLiteral("]"),
                                       int tokens = 12);

private:
    LibraryDatabase& m_library;
};
