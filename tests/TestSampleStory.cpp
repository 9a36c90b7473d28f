#include "TestSupport.h"
#include "coach/CoachEngine.h"
#include "document/Library.h"
#include "document/StoryDocument.h"
#include "models/ActionItemModel.h"
#include "models/CauseTreeModel.h"
#include "models/LessonModel.h"
#include "models/TimelineModel.h"
#include "storage/StoryStore.h"

#include <QTest>

// The story a new library starts with: complete, consistent and itself blameless.
class TestSampleStory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void hasEveryPart();
    void passesTheCoach();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_id = 0;
};

void TestSampleStory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto lib = Library::open(TestSupport::libraryPath(*m_dir));
    QVERIFY(lib.ok());
    m_library = std::move(lib).value();
    auto id = m_library->addSampleStory();
    QVERIFY2(id.ok(), qPrintable(id.error()));
    m_id = *id;
}

void TestSampleStory::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

void TestSampleStory::hasEveryPart()
{
    StoryDocument* doc = m_library->document(m_id);
    QVERIFY(doc);
    QCOMPARE(doc->story().status, StoryStatus::Published);
    QVERIFY(doc->story().timeToDetect().has_value());
    QVERIFY(doc->story().timeWarnings().isEmpty());
    for (Section section : {Section::Summary, Section::RootCauses, Section::Resolution}) {
        QVERIFY(!doc->story().section(section).trimmed().isEmpty());
    }
    QCOMPARE(doc->timeline()->rowCount(), 6);
    // One "5 Whys" chain: the problem and four answers, each under the one before.
    CauseTreeModel* causes = doc->causeTree();
    QCOMPARE(causes->rowCount(), 1);
    QModelIndex node = causes->index(0, 0);
    int depth = 1;
    while (causes->rowCount(node) == 1) {
        node = causes->index(0, 0, node);
        ++depth;
    }
    QCOMPARE(depth, 5);
    QCOMPARE(doc->lessons()->rowCount(), 3);
    QCOMPARE(doc->actionItems()->rowCount(), 3);
    QVERIFY(doc->actionItems()->unactionedRootCauses().isEmpty()); // the root cause has an action
    QVERIFY(m_library->database().integrityProblems().isEmpty());
    QCOMPARE(m_library->stories().search(QStringLiteral("checksums")).value().size(), 1); // an action's words
}

void TestSampleStory::passesTheCoach()
{
    auto engine = CoachEngine::standard();
    QVERIFY2(engine.ok(), qPrintable(engine.error()));
    const Story story = m_library->stories().load(m_id).value();
    QStringList texts {story.title};
    for (const QString& section : story.sections) {
        texts << section;
    }
    for (const QString& text : std::as_const(texts)) {
        const QList<CoachHit> hits = engine->check(text);
        QVERIFY2(hits.isEmpty(), qPrintable(text.left(80)));
    }
}

QTEST_GUILESS_MAIN(TestSampleStory)
#include "TestSampleStory.moc"
