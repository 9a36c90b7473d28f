#include "storage/Schema.h"

#include "storage/SqlUtil.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

namespace Schema {

namespace {

// Version 1: stories with metadata, sections, authors, tags and a full-text index.
Status migrateTo1(QSqlDatabase& db)
{
    const char* statements[] = {
        "CREATE TABLE story ("
        " id INTEGER PRIMARY KEY,"
        " kind TEXT NOT NULL,"
        " title TEXT NOT NULL DEFAULT '',"
        " status TEXT NOT NULL,"
        " severity INTEGER NOT NULL DEFAULT 0,"
        " started_at TEXT,"
        " detected_at TEXT,"
        " resolved_at TEXT,"
        " created_at TEXT NOT NULL,"
        " modified_at TEXT NOT NULL)",
        "CREATE TABLE story_section ("
        " story_id INTEGER NOT NULL REFERENCES story(id) ON DELETE CASCADE,"
        " section TEXT NOT NULL,"
        " body TEXT NOT NULL DEFAULT '',"
        " PRIMARY KEY (story_id, section))",
        "CREATE TABLE story_author ("
        " story_id INTEGER NOT NULL REFERENCES story(id) ON DELETE CASCADE,"
        " position INTEGER NOT NULL,"
        " name TEXT NOT NULL,"
        " PRIMARY KEY (story_id, position))",
        "CREATE TABLE story_tag ("
        " story_id INTEGER NOT NULL REFERENCES story(id) ON DELETE CASCADE,"
        " position INTEGER NOT NULL,"
        " tag TEXT NOT NULL,"
        " PRIMARY KEY (story_id, position))",
        "CREATE INDEX story_tag_by_tag ON story_tag(tag)",
        // One row per story, rowid = story id: title, authors and tags, all sections (see StoryStore).
        "CREATE VIRTUAL TABLE story_fts USING fts5("
        " title, meta, body,"
        " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')",
        "INSERT INTO story_fts(story_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0)')",
    };
    for (const char* sql : statements) {
        if (Status s = SqlUtil::exec(db, QString::fromLatin1(sql)); !s) {
            return s;
        }
    }
    return {};
}

const std::vector<std::function<Status(QSqlDatabase&)>>& migrations()
{
    // migrations()[i] brings version i to version i + 1.
    static const std::vector<std::function<Status(QSqlDatabase&)>> list = {
        migrateTo1,
    };
    return list;
}

} // namespace

Status migrate(QSqlDatabase& db, int from)
{
    static_assert(CurrentVersion == 1, "add the new migration to migrations()");
    const auto& steps = migrations();
    for (int version = from; version < CurrentVersion; ++version) {
        if (Status s = steps[static_cast<size_t>(version)](db); !s) {
            return Status::failure(QCoreApplication::translate("Schema", "Upgrading to schema version %1 failed: %2")
                                       .arg(version + 1)
                                       .arg(s.error()));
        }
        if (Status s = SqlUtil::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version + 1)); !s) {
            return s;
        }
    }
    return {};
}

QStringList requiredTables(int version)
{
    QStringList tables;
    if (version >= 1) {
        tables << QStringLiteral("story") << QStringLiteral("story_section") << QStringLiteral("story_author")
               << QStringLiteral("story_tag") << QStringLiteral("story_fts");
    }
    return tables;
}

} // namespace Schema
