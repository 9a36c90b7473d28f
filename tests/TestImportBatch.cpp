#include "TestSupport.h"
#include "document/Library.h"
#include "import/PostmortemImport.h"
#include "storage/ActionStore.h"
#include "storage/LessonStore.h"
#include "storage/StoryStore.h"
#include "storage/TimelineStore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

namespace {

void write(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QString reasonFor(const ImportReport& report, const QString& fileName)
{
    for (const auto& s : report.skipped) {
        if (QFileInfo(s.file).fileName() == fileName) {
            return s.reason;
        }
    }
    return QStringLiteral("<not skipped>");
}

int rows(Library& library, const QString& sql)
{
    QSqlQuery q(library.database().db());
    if (!q.exec(sql) || !q.next()) {
        return -1;
    }
    return q.value(0).toInt();
}

const QByteArray goodFile = "# Good one\n\n## Timeline\n\n- 2024-01-02 10:00 Started\n- 2024-01-02 10:30 Fixed\n\n"
                            "## Lessons learned\n\n- Learn\n\n## Action items\n\n- Do it\n";

} // namespace

class TestImportBatch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dfdsFolder();
    void skipReasons();
    void duplicatesAreSkipped();
    void failedFileLeavesNothing();
    void undoRemovesTheWholeImport();
    void progressCanCancel();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
};

void TestImportBatch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto library = Library::open(TestSupport::libraryPath(*m_dir));
    QVERIFY2(library, qPrintable(library.error()));
    m_library = std::move(library).value();
}

void TestImportBatch::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

void TestImportBatch::dfdsFolder()
{
    const QString folder = QStringLiteral(KINTSUGI_SHARED_DATA_DIR "/postmortems/dfds");
    const ImportReport report = PostmortemImport(*m_library).run({folder});
    // 39 postmortems (one without ".md") and the blank template; the licence and the README are skipped.
    QCOMPARE(report.imported.size(), 40);
    QCOMPARE(report.skipped.size(), 2);
    QStringList skippedNames;
    for (const auto& skipped : report.skipped) {
        skippedNames << QFileInfo(skipped.file).fileName();
    }
    skippedNames.sort();
    QCOMPARE(skippedNames, (QStringList {QStringLiteral("LICENSE"), QStringLiteral("README.md")}));
    QCOMPARE(*m_library->stories().count(), 40);
    int events = 0, lessons = 0, actions = 0;
    for (const auto& i : report.imported) {
        QCOMPARE(*m_library->timeline().count(i.storyId), i.events);
        QCOMPARE(m_library->lessons().lessons(i.storyId)->size(), i.lessons);
        QCOMPARE(m_library->actions().actions(i.storyId)->size(), i.actions);
        events += i.events;
        lessons += i.lessons;
        actions += i.actions;
        auto story = m_library->stories().load(i.storyId);
        QVERIFY(story);
        QCOMPARE(story->status, StoryStatus::Draft);
        QCOMPARE(story->title, i.title);
    }
    QVERIFY2(events > 300 && lessons > 80 && actions > 100,
             qPrintable(QStringLiteral("%1 %2 %3").arg(events).arg(lessons).arg(actions)));
    // The search index knows the imported text.
    QVERIFY(!m_library->stories().search(QStringLiteral("Log4Shell"))->isEmpty());
    QVERIFY(m_library->database().integrityProblems().isEmpty());
    QVERIFY(report.text().endsWith(QStringLiteral("40 imported, 2 skipped")));
}

void TestImportBatch::skipReasons()
{
    const QString root = m_dir->filePath(QStringLiteral("in"));
    write(root + QStringLiteral("/a.md"), goodFile);
    write(root + QStringLiteral("/sub/deeper/b.markdown"), "# B\n\ntext\n");
    write(root + QStringLiteral("/c.txt"), "Plain text notes\n");
    write(root + QStringLiteral("/picture.png"), QByteArray("\x89PNG\r\n\x1a\n\0\0", 10));
    write(root + QStringLiteral("/binary.md"),
          QByteArray("\x7f"
                     "ELF\0\0\0\x01\x02",
                     9));
    write(root + QStringLiteral("/empty.md"), "\n \n");
    write(root + QStringLiteral("/LICENSE"), "Permission is hereby granted\n");
    write(root + QStringLiteral("/Incident without ending"), "# Heading\n\nBody\n");
    const ImportReport report = PostmortemImport(*m_library).run({root, m_dir->filePath(QStringLiteral("missing"))});
    QCOMPARE(report.imported.size(), 4);
    QCOMPARE(reasonFor(report, QStringLiteral("picture.png")),
             QStringLiteral("not a Markdown or text file (*.md, *.markdown, *.txt, or Markdown without an ending)"));
    QCOMPARE(reasonFor(report, QStringLiteral("LICENSE")),
             QStringLiteral("a README or licence file, not a postmortem (name it on its own to import it anyway)"));
    QCOMPARE(reasonFor(report, QStringLiteral("binary.md")), QStringLiteral("not a text file"));
    QCOMPARE(reasonFor(report, QStringLiteral("empty.md")), QStringLiteral("empty file"));
    QCOMPARE(reasonFor(report, QStringLiteral("missing")), QStringLiteral("no such file or folder"));
    QCOMPARE(report.skipped.size(), 5);
    const QString text = report.text();
    QVERIFY(text.contains(QStringLiteral("a.md → #")));
    QVERIFY(text.contains(QStringLiteral("Good one (2 events, 1 lessons, 1 actions)")));
    QVERIFY(text.contains(QStringLiteral("empty.md: empty file")));
}

void TestImportBatch::duplicatesAreSkipped()
{
    const QString root = m_dir->filePath(QStringLiteral("in"));
    write(root + QStringLiteral("/a.md"), goodFile);
    write(root + QStringLiteral("/copy-of-a.md"), goodFile); // same bytes in the same batch
    const ImportReport first = PostmortemImport(*m_library).run({root});
    QCOMPARE(first.imported.size(), 1);
    QCOMPARE(reasonFor(first, QStringLiteral("copy-of-a.md")), QStringLiteral("already imported"));
    // A later batch, after reopening the library, still knows the file.
    const QString path = m_library->path();
    m_library.reset();
    m_library = std::move(Library::open(path)).value();
    const ImportReport second = PostmortemImport(*m_library).run({root + QStringLiteral("/a.md")});
    QCOMPARE(second.imported.size(), 0);
    QCOMPARE(reasonFor(second, QStringLiteral("a.md")), QStringLiteral("already imported"));
    // A changed file is a new story.
    write(root + QStringLiteral("/a.md"), goodFile + "\nOne more line.\n");
    QCOMPARE(PostmortemImport(*m_library).run({root + QStringLiteral("/a.md")}).imported.size(), 1);
    QCOMPARE(*m_library->stories().count(), 2);
}

void TestImportBatch::failedFileLeavesNothing()
{
    const QString root = m_dir->filePath(QStringLiteral("in"));
    write(root + QStringLiteral("/1-good.md"), goodFile);
    write(root + QStringLiteral("/2-bad.md"),
          "# Bad one\n\n## Timeline\n\n- 2024-01-02 10:00 Started\n\n## Lessons learned\n\n- L\n\n"
          "## Action items\n\n- Fine\n- boom\n");
    write(root + QStringLiteral("/3-good.md"), goodFile + "\nAnother story.\n");
    // The database refuses the bad file's second action item, after its story, event, lesson and
    // first action were written.
    QSqlQuery q(m_library->database().db());
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.action_item "
                                  "WHEN NEW.title = 'boom' BEGIN SELECT RAISE(ABORT, 'simulated failure'); END")));
    QSignalSpy added(&m_library->stories(), &StoryStore::storyAdded);
    const ImportReport report = PostmortemImport(*m_library).run({root});
    QCOMPARE(report.imported.size(), 2);
    QVERIFY2(reasonFor(report, QStringLiteral("2-bad.md")).contains(QStringLiteral("simulated failure")),
             qPrintable(reasonFor(report, QStringLiteral("2-bad.md"))));
    QCOMPARE(added.size(), 2);
    QCOMPARE(*m_library->stories().count(), 2);
    QCOMPARE(rows(*m_library, QStringLiteral("SELECT count(*) FROM story WHERE title = 'Bad one'")), 0);
    QCOMPARE(rows(*m_library, QStringLiteral("SELECT count(*) FROM timeline_event")), 4);
    QCOMPARE(rows(*m_library, QStringLiteral("SELECT count(*) FROM lesson")), 2);
    QCOMPARE(rows(*m_library, QStringLiteral("SELECT count(*) FROM action_item")), 2);
    QCOMPARE(rows(*m_library,
                  QStringLiteral("SELECT count(*) FROM story_section WHERE story_id NOT IN "
                                 "(SELECT id FROM story)")),
             0);
    QVERIFY(m_library->database().integrityProblems().isEmpty());
}

void TestImportBatch::undoRemovesTheWholeImport()
{
    const QString root = m_dir->filePath(QStringLiteral("in"));
    write(root + QStringLiteral("/a.md"), goodFile);
    write(root + QStringLiteral("/b.md"), goodFile + "\nB\n");
    PostmortemImport import(*m_library);
    import.setUndoable(true);
    const ImportReport report = import.run({root});
    QCOMPARE(report.imported.size(), 2);
    QUndoStack* stack = m_library->undoStack();
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Import 2 stories"));
    stack->undo();
    QCOMPARE(*m_library->stories().count(), 0);
    QCOMPARE(rows(*m_library, QStringLiteral("SELECT count(*) FROM timeline_event")), 0);
    stack->redo();
    QCOMPARE(*m_library->stories().count(), 2);
    QCOMPARE(*m_library->timeline().count(report.imported.first().storyId), 2);
    QCOMPARE(m_library->actions().actions(report.imported.last().storyId)->size(), 1);
    // Undone, a file can be imported again.
    stack->undo();
    QCOMPARE(PostmortemImport(*m_library).run({root}).imported.size(), 2);
}

void TestImportBatch::progressCanCancel()
{
    const QString root = m_dir->filePath(QStringLiteral("in"));
    for (int i = 0; i < 5; ++i) {
        write(root + QStringLiteral("/%1.md").arg(i), goodFile + QByteArray::number(i));
    }
    PostmortemImport import(*m_library);
    QList<int> seen;
    import.setProgress([&seen](int done, int total, const QString&) {
        seen << done;
    return total == 5 && done < 2;
});
const ImportReport report = import.run({root});
QVERIFY(report.canceled);
QCOMPARE(report.imported.size(), 2);
QCOMPARE(seen, (QList<int> {0, 1, 2, 5}));
QVERIFY(report.text().endsWith(QStringLiteral("(canceled)")));
}

QTEST_GUILESS_MAIN(TestImportBatch)
#include "TestImportBatch.moc"
