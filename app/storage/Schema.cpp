#include "storage/Schema.h"

#include "storage/SqlUtil.h"

#include <QSqlQuery>

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

// Version 2: the analysis of a story (timeline, cause tree, lessons, action items), the people
// involved with their roles, and the blameless-language coach's per-library settings.
Status migrateTo2(QSqlDatabase& db)
{
    const char* statements[] = {
        // occurred_at: UTC as ISO 8601 with milliseconds, or YYYY-MM-DD when date_only is 1.
        "CREATE TABLE timeline_event ("
        " id INTEGER PRIMARY KEY,"
        " story_id INTEGER NOT NULL REFERENCES story(id) ON DELETE CASCADE,"
        " occurred_at TEXT NOT NULL,"
        " date_only INTEGER NOT NULL DEFAULT 0,"
        " kind TEXT NOT NULL DEFAULT 'key_moment',"
        " description TEXT NOT NULL DEFAULT '',"
        " actor TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX timeline_event_by_story ON timeline_event(story_id, occurred_at)",
        "CREATE TABLE cause_category ("
        " id INTEGER PRIMARY KEY,"
        " name TEXT NOT NULL,"
        " position INTEGER NOT NULL)",
        "CREATE TABLE cause_node ("
        " id INTEGER PRIMARY KEY,"
        " story_id INTEGER NOT NULL REFERENCES story(id) ON DELETE CASCADE,"
        " parent_id INTEGER REFERENCES cause_node(id) ON DELETE CASCADE,"
        " position INTEGER NOT NULL DEFAULT 0,"
        " statement TEXT NOT NULL DEFAULT '',"
        " type TEXT NOT NULL DEFAULT 'cause',"
        " category_id INTEGER REFERENCES cause_category(id) ON DELETE SET NULL,"
        " evidence TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX cause_node_by_story ON cause_node(story_id)",
        "CREATE INDEX cause_node_by_parent ON cause_node(parent_id)",
        "CREATE TABLE lesson ("
        " id INTEGER PRIMARY KEY,"
        " story_id INTEGER NOT NULL REFERENCES story(id) ON DELETE CASCADE,"
        " position INTEGER NOT NULL DEFAULT 0,"
        " kind TEXT NOT NULL DEFAULT 'lesson',"
        " text TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX lesson_by_story ON lesson(story_id, position)",
        "CREATE TABLE lesson_cause ("
        " lesson_id INTEGER NOT NULL REFERENCES lesson(id) ON DELETE CASCADE,"
        " cause_id INTEGER NOT NULL REFERENCES cause_node(id) ON DELETE CASCADE,"
        " PRIMARY KEY (lesson_id, cause_id))",
        "CREATE INDEX lesson_cause_by_cause ON lesson_cause(cause_id)",
        // due_date: YYYY-MM-DD or NULL; priority 1 high, 2 medium, 3 low.
        "CREATE TABLE action_item ("
        " id INTEGER PRIMARY KEY,"
        " story_id INTEGER NOT NULL REFERENCES story(id) ON DELETE CASCADE,"
        " position INTEGER NOT NULL DEFAULT 0,"
        " title TEXT NOT NULL DEFAULT '',"
        " owner TEXT NOT NULL DEFAULT '',"
        " due_date TEXT,"
        " priority INTEGER NOT NULL DEFAULT 2,"
        " status TEXT NOT NULL DEFAULT 'open',"
        " type TEXT NOT NULL DEFAULT 'prevent',"
        " ticket_url TEXT NOT NULL DEFAULT '',"
        " created_at TEXT NOT NULL,"
        " modified_at TEXT NOT NULL)",
        "CREATE INDEX action_item_by_story ON action_item(story_id, position)",
        "CREATE INDEX action_item_by_status_due ON action_item(status, due_date)",
        "CREATE INDEX action_item_by_owner ON action_item(owner)",
        "CREATE TABLE action_cause ("
        " action_id INTEGER NOT NULL REFERENCES action_item(id) ON DELETE CASCADE,"
        " cause_id INTEGER NOT NULL REFERENCES cause_node(id) ON DELETE CASCADE,"
        " PRIMARY KEY (action_id, cause_id))",
        "CREATE INDEX action_cause_by_cause ON action_cause(cause_id)",
        "CREATE TABLE story_person ("
        " story_id INTEGER NOT NULL REFERENCES story(id) ON DELETE CASCADE,"
        " position INTEGER NOT NULL,"
        " name TEXT NOT NULL,"
        " role TEXT NOT NULL DEFAULT '',"
        " PRIMARY KEY (story_id, position))",
        "CREATE TABLE coach_rule_setting ("
        " rule_id TEXT PRIMARY KEY,"
        " enabled INTEGER NOT NULL)",
        // An ignored hit holds for that phrase under that rule in that story.
        "CREATE TABLE coach_ignored_hit ("
        " story_id INTEGER NOT NULL REFERENCES story(id) ON DELETE CASCADE,"
        " rule_id TEXT NOT NULL,"
        " phrase TEXT NOT NULL,"
        " PRIMARY KEY (story_id, rule_id, phrase))",
    };
    for (const char* sql : statements) {
        if (Status s = SqlUtil::exec(db, QString::fromLatin1(sql)); !s) {
            return s;
        }
    }
    // The default cause categories, in the language of whoever creates or upgrades the library.
    const QStringList categories = {
        QCoreApplication::translate("Schema", "People", "cause category"),
        QCoreApplication::translate("Schema", "Process", "cause category"),
        QCoreApplication::translate("Schema", "Tools", "cause category"),
        QCoreApplication::translate("Schema", "Environment", "cause category"),
        QCoreApplication::translate("Schema", "Communication", "cause category"),
    };
    QSqlQuery q(db);
    for (int i = 0; i < categories.size(); ++i) {
        if (Status s = SqlUtil::exec(
                q, QStringLiteral("INSERT INTO cause_category(name, position) VALUES (?, ?)"), {categories[i], i});
            !s) {
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
        migrateTo2,
    };
    return list;
}

} // namespace

Status migrate(QSqlDatabase& db, int from)
{
    static_assert(CurrentVersion == 2, "add the new migration to migrations()");
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
    if (version >= 2) {
        tables << QStringLiteral("timeline_event") << QStringLiteral("cause_category") << QStringLiteral("cause_node")
               << QStringLiteral("lesson") << QStringLiteral("lesson_cause") << QStringLiteral("action_item")
               << QStringLiteral("action_cause") << QStringLiteral("story_person")
               << QStringLiteral("coach_rule_setting") << QStringLiteral("coach_ignored_hit");
    }
    return tables;
}

} // namespace Schema
