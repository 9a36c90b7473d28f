#include "storage/SearchStore.h"

#include "storage/LibraryDatabase.h"
#include "storage/SqlUtil.h"
#include "storage/StoryStore.h"

#include <QCoreApplication>
#include <QSqlQuery>

SearchStore::SearchStore(LibraryDatabase& library)
    : m_library(library)
{
}

Result<QList<SearchResult>>
SearchStore::search(const QString& text, int limit, const QString& open, const QString& close, int tokens)
{
    using R = Result<QList<SearchResult>>;
    const QString query = StoryStore::ftsQuery(text);
    if (query.isEmpty()) {
        return QList<SearchResult>();
    }
    // snippet() column -1: the column with the best match (title, meta or body).
    QString sql = QStringLiteral("SELECT story_fts.rowid, s.title, story_fts.rank, snippet(story_fts, -1, ?, ?, ?, ?)"
                                 " FROM story_fts JOIN story s ON s.id = story_fts.rowid"
                                 " WHERE story_fts MATCH ? ORDER BY story_fts.rank, story_fts.rowid");
    if (limit >= 0) {
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    }
    QSqlQuery q(m_library.db());
    q.setForwardOnly(true);
    if (Status s = SqlUtil::exec(q, sql, {open, close, QStringLiteral("…"), qBound(1, tokens, 64), query}); !s) {
        return R::failure(QCoreApplication::translate("StoryStore", "Search failed: %1").arg(s.error()));
    }
    QList<SearchResult> results;
    while (q.next()) {
        QString snippet = q.value(3).toString();
        snippet.replace(QLatin1Char('\n'), QLatin1Char(' '));
        snippet.replace(QLatin1Char('\r'), QLatin1Char(' '));
        results << SearchResult {
            q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toDouble(), snippet.simplified()};
    }
    return results;
}
