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

// The built-in retro templates, in the language of whoever creates or upgrades the library.
Status seedRetroTemplates(QSqlDatabase& db)
{
    struct Column
    {
        const char* title;
        const char* prompt;
    };
    struct Template
    {
        const char* name;
        QList<Column> columns;
    };
    // The strings are translated below; QT_TRANSLATE_NOOP marks them for lupdate.
    const QList<Template> templates = {
        {QT_TRANSLATE_NOOP("Schema", "Went well / To improve / Ideas"),
         {{QT_TRANSLATE_NOOP("Schema", "Went well"), QT_TRANSLATE_NOOP("Schema", "What worked that we want to keep?")},
          {QT_TRANSLATE_NOOP("Schema", "To improve"),
           QT_TRANSLATE_NOOP("Schema", "What slowed us down or got in the way?")},
          {QT_TRANSLATE_NOOP("Schema", "Ideas"), QT_TRANSLATE_NOOP("Schema", "What could we try next?")}}},
        {QT_TRANSLATE_NOOP("Schema", "Start / Stop / Continue"),
         {{QT_TRANSLATE_NOOP("Schema", "Start"), QT_TRANSLATE_NOOP("Schema", "What should we begin doing?")},
          {QT_TRANSLATE_NOOP("Schema", "Stop"), QT_TRANSLATE_NOOP("Schema", "What should we stop doing?")},
          {QT_TRANSLATE_NOOP("Schema", "Continue"), QT_TRANSLATE_NOOP("Schema", "What should we keep doing?")}}},
        {QT_TRANSLATE_NOOP("Schema", "Mad / Sad / Glad"),
         {{QT_TRANSLATE_NOOP("Schema", "Mad"), QT_TRANSLATE_NOOP("Schema", "What frustrated us?")},
          {QT_TRANSLATE_NOOP("Schema", "Sad"), QT_TRANSLATE_NOOP("Schema", "What disappointed us?")},
          {QT_TRANSLATE_NOOP("Schema", "Glad"), QT_TRANSLATE_NOOP("Schema", "What made us happy?")}}},
        {QT_TRANSLATE_NOOP("Schema", "4Ls"),
         {{QT_TRANSLATE_NOOP("Schema", "Liked"), QT_TRANSLATE_NOOP("Schema", "What did we enjoy?")},
          {QT_TRANSLATE_NOOP("Schema", "Learned"), QT_TRANSLATE_NOOP("Schema", "What did we learn?")},
          {QT_TRANSLATE_NOOP("Schema", "Lacked"), QT_TRANSLATE_NOOP("Schema", "What was missing?")},
          {QT_TRANSLATE_NOOP("Schema", "Longed for"), QT_TRANSLATE_NOOP("Schema", "What did we wish we had?")}}},
        {QT_TRANSLATE_NOOP("Schema", "Sailboat"),
         {{QT_TRANSLATE_NOOP("Schema", "Wind"), QT_TRANSLATE_NOOP("Schema", "What pushed us forward?")},
          {QT_TRANSLATE_NOOP("Schema", "Anchors"), QT_TRANSLATE_NOOP("Schema", "What held us back?")},
          {QT_TRANSLATE_NOOP("Schema", "Rocks"), QT_TRANSLATE_NOOP("Schema", "What risks lie ahead?")},
          {QT_TRANSLATE_NOOP("Schema", "Island"), QT_TRANSLATE_NOOP("Schema", "Where do we want to get to?")}}},
        {QT_TRANSLATE_NOOP("Schema", "Incident review"),
         {{QT_TRANSLATE_NOOP("Schema", "What happened"),
           QT_TRANSLATE_NOOP("Schema", "The facts, in order, without blame.")},
          {QT_TRANSLATE_NOOP("Schema", "What helped"),
           QT_TRANSLATE_NOOP("Schema", "What made detection or recovery easier?")},
          {QT_TRANSLATE_NOOP("Schema", "What hurt"), QT_TRANSLATE_NOOP("Schema", "What made it worse or slower?")},
          {QT_TRANSLATE_NOOP("Schema", "Where we got lucky"),
           QT_TRANSLATE_NOOP("Schema", "What could easily have gone worse?")}}},
    };
    QSqlQuery q(db);
    for (int i = 0; i < templates.size(); ++i) {
        const Template& t = templates[i];
        if (Status s =
                SqlUtil::exec(q,
                              QStringLiteral("INSERT INTO retro_template(name, position, builtin) VALUES (?, ?, 1)"),
                              {QCoreApplication::translate("Schema", t.name), i});
            !s) {
            return s;
        }
        const qint64 id = q.lastInsertId().toLongLong();
        for (int c = 0; c < t.columns.size(); ++c) {
            if (Status s =
                    SqlUtil::exec(q,
                                  QStringLiteral("INSERT INTO retro_template_column(template_id, position, title,"
                                                 " prompt) VALUES (?, ?, ?, ?)"),
                                  {id,
                                   c,
                                   QCoreApplication::translate("Schema", t.columns[c].title),
                                   QCoreApplication::translate("Schema", t.columns[c].prompt)});
                !s) {
                return s;
            }
        }
    }
    return {};
}

// Version 3: awards (the hall of fame of instructive failures) and retrospectives.
Status migrateTo3(QSqlDatabase& db)
{
    const char* statements[] = {
        // An award given to a story, e.g. "Most instructive mistake of 2026".
        "CREATE TABLE award ("
        " id INTEGER PRIMARY KEY,"
        " story_id INTEGER NOT NULL REFERENCES story(id) ON DELETE CASCADE,"
        " year INTEGER NOT NULL,"
        " title TEXT NOT NULL DEFAULT '',"
        " citation TEXT NOT NULL DEFAULT '',"
        " created_at TEXT NOT NULL)",
        "CREATE INDEX award_by_story ON award(story_id)",
        // Retrospectives (issue 6): add the retro tables below this line.
        "CREATE TABLE retro_template ("
        " id INTEGER PRIMARY KEY,"
        " name TEXT NOT NULL,"
        " position INTEGER NOT NULL DEFAULT 0,"
        " builtin INTEGER NOT NULL DEFAULT 0)",
        "CREATE TABLE retro_template_column ("
        " template_id INTEGER NOT NULL REFERENCES retro_template(id) ON DELETE CASCADE,"
        " position INTEGER NOT NULL,"
        " title TEXT NOT NULL DEFAULT '',"
        " prompt TEXT NOT NULL DEFAULT '',"
        " PRIMARY KEY (template_id, position))",
        // held_on: YYYY-MM-DD or NULL; phase: RetroPhases::key.
        "CREATE TABLE retro ("
        " id INTEGER PRIMARY KEY,"
        " title TEXT NOT NULL DEFAULT '',"
        " held_on TEXT,"
        " team TEXT NOT NULL DEFAULT '',"
        " facilitator TEXT NOT NULL DEFAULT '',"
        " story_id INTEGER REFERENCES story(id) ON DELETE SET NULL,"
        " template_name TEXT NOT NULL DEFAULT '',"
        " phase TEXT NOT NULL DEFAULT 'review_actions',"
        " dots_per_participant INTEGER NOT NULL DEFAULT 5,"
        " max_dots_per_card INTEGER NOT NULL DEFAULT 3,"
        " collect_hidden INTEGER NOT NULL DEFAULT 0,"
        " revealed INTEGER NOT NULL DEFAULT 0,"
        " created_at TEXT NOT NULL,"
        " modified_at TEXT NOT NULL)",
        "CREATE INDEX retro_by_team ON retro(team, held_on)",
        "CREATE INDEX retro_by_story ON retro(story_id)",
        "CREATE TABLE retro_participant ("
        " retro_id INTEGER NOT NULL REFERENCES retro(id) ON DELETE CASCADE,"
        " position INTEGER NOT NULL,"
        " name TEXT NOT NULL,"
        " PRIMARY KEY (retro_id, position))",
        // The retro's own copy of its template's columns.
        "CREATE TABLE retro_column ("
        " id INTEGER PRIMARY KEY,"
        " retro_id INTEGER NOT NULL REFERENCES retro(id) ON DELETE CASCADE,"
        " position INTEGER NOT NULL,"
        " title TEXT NOT NULL DEFAULT '',"
        " prompt TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX retro_column_by_retro ON retro_column(retro_id, position)",
        // Groups and ungrouped cards of a column share one sequence of positions.
        "CREATE TABLE retro_group ("
        " id INTEGER PRIMARY KEY,"
        " retro_id INTEGER NOT NULL REFERENCES retro(id) ON DELETE CASCADE,"
        " column_id INTEGER NOT NULL REFERENCES retro_column(id) ON DELETE CASCADE,"
        " position INTEGER NOT NULL DEFAULT 0,"
        " name TEXT NOT NULL DEFAULT '',"
        " notes TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX retro_group_by_retro ON retro_group(retro_id)",
        "CREATE TABLE retro_card ("
        " id INTEGER PRIMARY KEY,"
        " retro_id INTEGER NOT NULL REFERENCES retro(id) ON DELETE CASCADE,"
        " column_id INTEGER NOT NULL REFERENCES retro_column(id) ON DELETE CASCADE,"
        " group_id INTEGER REFERENCES retro_group(id) ON DELETE SET NULL,"
        " position INTEGER NOT NULL DEFAULT 0,"
        " text TEXT NOT NULL DEFAULT '',"
        " author TEXT NOT NULL DEFAULT '',"
        " notes TEXT NOT NULL DEFAULT '',"
        " created_at TEXT NOT NULL)",
        "CREATE INDEX retro_card_by_retro ON retro_card(retro_id)",
        "CREATE INDEX retro_card_by_group ON retro_card(group_id)",
        // participant '' is the room's tally; exactly one of card_id and group_id is set.
        "CREATE TABLE retro_vote ("
        " retro_id INTEGER NOT NULL REFERENCES retro(id) ON DELETE CASCADE,"
        " participant TEXT NOT NULL DEFAULT '',"
        " card_id INTEGER REFERENCES retro_card(id) ON DELETE CASCADE,"
        " group_id INTEGER REFERENCES retro_group(id) ON DELETE CASCADE,"
        " dots INTEGER NOT NULL)",
        "CREATE INDEX retro_vote_by_retro ON retro_vote(retro_id)",
        "CREATE INDEX retro_vote_by_card ON retro_vote(card_id)",
        "CREATE INDEX retro_vote_by_group ON retro_vote(group_id)",
        // Action items kept with the retro; carried_from_id: the earlier retro's action it continues.
        "CREATE TABLE retro_action ("
        " id INTEGER PRIMARY KEY,"
        " retro_id INTEGER NOT NULL REFERENCES retro(id) ON DELETE CASCADE,"
        " card_id INTEGER REFERENCES retro_card(id) ON DELETE SET NULL,"
        " group_id INTEGER REFERENCES retro_group(id) ON DELETE SET NULL,"
        " position INTEGER NOT NULL DEFAULT 0,"
        " title TEXT NOT NULL DEFAULT '',"
        " owner TEXT NOT NULL DEFAULT '',"
        " due_date TEXT,"
        " status TEXT NOT NULL DEFAULT 'open',"
        " carried_from_id INTEGER REFERENCES retro_action(id) ON DELETE SET NULL)",
        "CREATE INDEX retro_action_by_retro ON retro_action(retro_id, position)",
        // A decision in the Review phase on an earlier action: source 'retro' (retro_action) or
        // 'story' (action_item); decision 'done' or 'carried_over'.
        "CREATE TABLE retro_review ("
        " retro_id INTEGER NOT NULL REFERENCES retro(id) ON DELETE CASCADE,"
        " source TEXT NOT NULL,"
        " action_id INTEGER NOT NULL,"
        " decision TEXT NOT NULL,"
        " carried_action_id INTEGER,"
        " PRIMARY KEY (retro_id, source, action_id))",
        // Cards turned into parts of the linked story: kind 'action', 'lesson' or 'cause'.
        "CREATE TABLE retro_outcome ("
        " retro_id INTEGER NOT NULL REFERENCES retro(id) ON DELETE CASCADE,"
        " card_id INTEGER,"
        " group_id INTEGER,"
        " kind TEXT NOT NULL,"
        " target_id INTEGER NOT NULL,"
        " text TEXT NOT NULL DEFAULT '',"
        " PRIMARY KEY (retro_id, kind, target_id))",
    };
    for (const char* sql : statements) {
        if (Status s = SqlUtil::exec(db, QString::fromLatin1(sql)); !s) {
            return s;
        }
    }
    return seedRetroTemplates(db);
}

const std::vector<std::function<Status(QSqlDatabase&)>>& migrations()
{
    // migrations()[i] brings version i to version i + 1.
    static const std::vector<std::function<Status(QSqlDatabase&)>> list = {
        migrateTo1,
        migrateTo2,
        migrateTo3,
    };
    return list;
}

} // namespace

Status migrate(QSqlDatabase& db, int from)
{
    static_assert(CurrentVersion == 3, "add the new migration to migrations()");
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
    if (version >= 3) {
        tables << QStringLiteral("award");
        // Retrospectives (issue 6): add the retro tables here.
        tables << QStringLiteral("retro_template") << QStringLiteral("retro_template_column") << QStringLiteral("retro")
               << QStringLiteral("retro_participant") << QStringLiteral("retro_column") << QStringLiteral("retro_group")
               << QStringLiteral("retro_card") << QStringLiteral("retro_vote") << QStringLiteral("retro_action")
               << QStringLiteral("retro_review") << QStringLiteral("retro_outcome");
    }
    return tables;
}

} // namespace Schema
