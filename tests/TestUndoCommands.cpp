#include "TestSupport.h"
#include "document/Library.h"
#include "document/StoryDocument.h"
#include "storage/StoryStore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

class TestUndoCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sectionEditUndoRedo();
    void keystrokesMerge();
    void differentSectionsDoNotMerge();
    void fieldEditUndoRedo();
    void statusChangesDoNotMerge();
    void createUndoRedo();
    void deleteUndoRestoresEverything();
    void undoCreateKeepsLaterEdits();
    void deleteUndoRestoresEveryPart();
    void duplicate();
    void historyPerStorySurvivesSwitching();
    void failedEditIsNotOnTheStack();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
};

void TestUndoCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto lib = Library::open(TestSupport::libraryPath(*m_dir));
    QVERIFY2(lib.ok(), qPrintable(lib.error()));
    m_library = std::move(lib).value();
}

void TestUndoCommands::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

void TestUndoCommands::sectionEditUndoRedo()
{
    const qint64 id = m_library->createStory(Story {}).value();
    StoryDocument* doc = m_library->document(id);
    QVERIFY(doc);
    QVERIFY(doc->editSection(Section::Impact, QStringLiteral("Checkout down")));
    QCOMPARE(m_library->stories().load(id).value().section(Section::Impact), QStringLiteral("Checkout down"));
    QCOMPARE(doc->undoStack()->count(), 1);
    doc->undoStack()->undo();
    QCOMPARE(doc->story().section(Section::Impact), QString());
    QCOMPARE(m_library->stories().load(id).value().section(Section::Impact), QString());
    doc->undoStack()->redo();
    QCOMPARE(m_library->stories().load(id).value().section(Section::Impact), QStringLiteral("Checkout down"));
}

void TestUndoCommands::keystrokesMerge()
{
    const qint64 id = m_library->createStory(Story {}).value();
    StoryDocument* doc = m_library->document(id);
    const QString text = QStringLiteral("Pager");
    for (int i = 1; i <= text.size(); ++i) {
        QVERIFY(doc->editSection(Section::Summary, text.left(i)));
    }
    QCOMPARE(doc->undoStack()->count(), 1);
    doc->undoStack()->undo();
    QCOMPARE(m_library->stories().load(id).value().section(Section::Summary), QString());
    // Same for the title.
    QVERIFY(doc->editField(StoryField::Title, QStringLiteral("D")));
    QVERIFY(doc->editField(StoryField::Title, QStringLiteral("DN")));
    QVERIFY(doc->editField(StoryField::Title, QStringLiteral("DNS")));
    QCOMPARE(doc->undoStack()->count(), 1); // the undone section command was replaced
    doc->undoStack()->undo();
    QCOMPARE(doc->story().title, QString());
}

void TestUndoCommands::differentSectionsDoNotMerge()
{
    const qint64 id = m_library->createStory(Story {}).value();
    StoryDocument* doc = m_library->document(id);
    QVERIFY(doc->editSection(Section::Summary, QStringLiteral("a")));
    QVERIFY(doc->editSection(Section::Impact, QStringLiteral("b")));
    QVERIFY(doc->editSection(Section::Summary, QStringLiteral("ac")));
    QCOMPARE(doc->undoStack()->count(), 3);
    doc->undoStack()->undo();
    QCOMPARE(doc->story().section(Section::Summary), QStringLiteral("a"));
    QCOMPARE(doc->story().section(Section::Impact), QStringLiteral("b"));
}

void TestUndoCommands::fieldEditUndoRedo()
{
    const qint64 id = m_library->createStory(Story {}).value();
    StoryDocument* doc = m_library->document(id);
    const QDateTime t(QDate(2024, 1, 1), QTime(3, 0), Qt::UTC);
    QVERIFY(doc->editField(StoryField::StartedAt, t));
    QVERIFY(doc->editField(StoryField::Severity, 2));
    QVERIFY(doc->editField(StoryField::Tags, QStringList {QStringLiteral("dns")}));
    QCOMPARE(m_library->stories().load(id).value().tags, QStringList {QStringLiteral("dns")});
    doc->undoStack()->undo();
    QVERIFY(m_library->stories().load(id).value().tags.isEmpty());
    doc->undoStack()->undo();
    QCOMPARE(m_library->stories().load(id).value().severity, 0);
    doc->undoStack()->undo();
    QVERIFY(!m_library->stories().load(id).value().startedAt.isValid());
    doc->undoStack()->redo();
    QCOMPARE(m_library->stories().load(id).value().startedAt, t);
    QVERIFY(doc->editField(StoryField::Severity, 0)); // unchanged value: no command
    QCOMPARE(doc->undoStack()->count(), 3);
}

void TestUndoCommands::statusChangesDoNotMerge()
{
    const qint64 id = m_library->createStory(Story {}).value();
    StoryDocument* doc = m_library->document(id);
    QVERIFY(doc->editField(StoryField::Status, static_cast<int>(StoryStatus::InReview)));
    QVERIFY(doc->editField(StoryField::Status, static_cast<int>(StoryStatus::Published)));
    QCOMPARE(doc->undoStack()->count(), 2);
    doc->undoStack()->undo();
    QCOMPARE(doc->story().status, StoryStatus::InReview);
    // Skipping a step is refused and leaves no command behind.
    QVERIFY(doc->editField(StoryField::Status, static_cast<int>(StoryStatus::Draft)));
    const int count = doc->undoStack()->count();
    QVERIFY(!doc->editField(StoryField::Status, static_cast<int>(StoryStatus::Published)));
    QCOMPARE(doc->undoStack()->count(), count);
    QCOMPARE(doc->story().status, StoryStatus::Draft);
}

void TestUndoCommands::createUndoRedo()
{
    auto id = m_library->createStory(TestSupport::fullStory());
    QVERIFY(id.ok());
    QCOMPARE(m_library->stories().count().value(), 1);
    m_library->undoStack()->undo();
    QCOMPARE(m_library->stories().count().value(), 0);
    m_library->undoStack()->redo();
    QCOMPARE(m_library->stories().count().value(), 1);
    QCOMPARE(m_library->stories().load(*id).value().title, QStringLiteral("Pager storm"));
}

void TestUndoCommands::deleteUndoRestoresEverything()
{
    const qint64 id = m_library->createStory(TestSupport::fullStory()).value();
    const Story before = m_library->stories().load(id).value();
    QVERIFY(m_library->deleteStory(id).ok());
    QVERIFY(!m_library->stories().load(id).ok());
    m_library->undoStack()->undo();
    QCOMPARE(m_library->stories().load(id).value(), before);
    QVERIFY(m_library->database().integrityProblems().isEmpty());
    QCOMPARE(m_library->stories().search(QStringLiteral("pager")).value().size(), 1);
    m_library->undoStack()->redo();
    QVERIFY(!m_library->stories().load(id).ok());
}

void TestUndoCommands::undoCreateKeepsLaterEdits()
{
    const qint64 id = m_library->createStory(Story {}).value();
    StoryDocument* doc = m_library->document(id);
    QVERIFY(doc->editSection(Section::Trigger, QStringLiteral("A config push")));
    m_library->undoStack()->undo(); // the story goes away ...
    QVERIFY(!m_library->stories().load(id).ok());
    m_library->undoStack()->redo(); // ... and comes back with what was typed into it
    QCOMPARE(m_library->stories().load(id).value().section(Section::Trigger), QStringLiteral("A config push"));
    QCOMPARE(doc->story().section(Section::Trigger), QStringLiteral("A config push"));
}

void TestUndoCommands::deleteUndoRestoresEveryPart()
{
    const qint64 id = m_library->createStory(TestSupport::fullStory()).value();
    // The parts as their stores write them; raw SQL keeps this test about the delete alone.
    QSqlQuery q(m_library->database().db());
    const QStringList inserts = {
        QStringLiteral("INSERT INTO timeline_event(id, story_id, occurred_at, kind, description) VALUES "
                       "(7, %1, '2024-05-01T09:00:00.000Z', 'trigger', 'deploy 4.2')"),
        QStringLiteral("INSERT INTO cause_node(id, story_id, parent_id, position, statement, type) VALUES "
                       "(11, %1, 12, 0, 'child first', 'root_cause')"),
        QStringLiteral("INSERT INTO cause_node(id, story_id, parent_id, position, statement, type) VALUES "
                       "(12, %1, NULL, 0, 'parent', 'problem')"),
        QStringLiteral("INSERT INTO lesson(id, story_id, position, kind, text) VALUES (3, %1, 0, 'lesson', 'test "
                       "environments differ')"),
        QStringLiteral("INSERT INTO lesson_cause(lesson_id, cause_id) VALUES (3, 11)"),
        QStringLiteral("INSERT INTO action_item(id, story_id, title, created_at, modified_at) VALUES (5, %1, "
                       "'separate buckets', '2024-05-02T00:00:00.000Z', '2024-05-02T00:00:00.000Z')"),
        QStringLiteral("INSERT INTO action_cause(action_id, cause_id) VALUES (5, 11)"),
        QStringLiteral("INSERT INTO story_person(story_id, position, name, role) VALUES (%1, 0, 'Ana', 'on-call')"),
        QStringLiteral("INSERT INTO coach_ignored_hit(story_id, rule_id, phrase) VALUES (%1, 'just', 'just')"),
    };
    QVERIFY(q.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")));
    QVERIFY(q.exec(QStringLiteral("BEGIN")));
    for (const QString& sql : inserts) {
        QVERIFY2(q.exec(sql.arg(id)), qPrintable(sql));
    }
    QVERIFY(q.exec(QStringLiteral("COMMIT")));
    const StoryRows before = m_library->stories().takeRows(id).value();
    QCOMPARE(before.rowCount(), 1 + SectionCount + 2 + 2 + 9); // story, sections, authors, tags, parts

    QVERIFY(m_library->deleteStory(id).ok());
    QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM timeline_event) + (SELECT count(*) FROM cause_node)"
                                  " + (SELECT count(*) FROM lesson_cause) + (SELECT count(*) FROM story_person)")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);

    m_library->undoStack()->undo();
    const StoryRows after = m_library->stories().takeRows(id).value();
    QCOMPARE(after.rowCount(), before.rowCount());
    for (int t = 0; t < before.tables.size(); ++t) {
        QCOMPARE(after.tables[t].name, before.tables[t].name);
        QCOMPARE(after.tables[t].rows, before.tables[t].rows);
    }
    QVERIFY(m_library->database().integrityProblems().isEmpty());
    QCOMPARE(m_library->stories().search(QStringLiteral("buckets")).value().size(), 1);
    m_library->undoStack()->redo();
    QVERIFY(!m_library->stories().load(id).ok());
}

void TestUndoCommands::duplicate()
{
    const qint64 id = m_library->createStory(TestSupport::fullStory()).value();
    auto copy = m_library->duplicateStory(id);
    QVERIFY(copy.ok());
    QVERIFY(*copy != id);
    const Story c = m_library->stories().load(*copy).value();
    QCOMPARE(c.title, QStringLiteral("Pager storm (copy)"));
    QCOMPARE(c.status, StoryStatus::Draft);
    QCOMPARE(c.sections, TestSupport::fullStory().sections);
    m_library->undoStack()->undo();
    QVERIFY(!m_library->stories().load(*copy).ok());
    QVERIFY(m_library->stories().load(id).ok());
}

void TestUndoCommands::historyPerStorySurvivesSwitching()
{
    const qint64 a = m_library->createStory(Story {}).value();
    const qint64 b = m_library->createStory(Story {}).value();
    StoryDocument* docA = m_library->document(a);
    QVERIFY(docA->editSection(Section::Summary, QStringLiteral("in A")));
    StoryDocument* docB = m_library->document(b);
    QVERIFY(docB->editSection(Section::Summary, QStringLiteral("in B")));
    QCOMPARE(m_library->document(a), docA); // the same document, with its history
    QCOMPARE(docA->undoStack()->count(), 1);
    m_library->undoGroup()->setActiveStack(docA->undoStack());
    m_library->undoGroup()->undo();
    QCOMPARE(m_library->stories().load(a).value().section(Section::Summary), QString());
    QCOMPARE(m_library->stories().load(b).value().section(Section::Summary), QStringLiteral("in B"));
}

void TestUndoCommands::failedEditIsNotOnTheStack()
{
    const qint64 id = m_library->createStory(Story {}).value();
    const QString path = m_library->path();
    m_library.reset();
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
    auto lib = Library::open(path);
    QVERIFY(lib.ok());
    m_library = std::move(lib).value();
    QVERIFY(m_library->isReadOnly());
    StoryDocument* doc = m_library->document(id);
    QVERIFY(doc);
    QVERIFY(!doc->editSection(Section::Summary, QStringLiteral("cannot be saved")));
    QCOMPARE(doc->undoStack()->count(), 0);
    QCOMPARE(doc->story().section(Section::Summary), QString());
    QVERIFY(!m_library->createStory(Story {}).ok());
    QCOMPARE(m_library->undoStack()->count(), 0);
}

QTEST_GUILESS_MAIN(TestUndoCommands)
#include "TestUndoCommands.moc"
