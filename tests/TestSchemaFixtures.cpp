#include "TestSupport.h"
#include "document/Library.h"
#include "document/StoryDocument.h"
#include "models/ActionItemModel.h"
#include "models/CauseTreeModel.h"
#include "models/LessonModel.h"
#include "models/PeopleModel.h"
#include "models/TimelineModel.h"
#include "storage/Schema.h"
#include "storage/StoryStore.h"

#include <QTest>

// Every released schema version has a library in tests/data; each must open in this version with
// nothing lost.
class TestSchemaFixtures : public QObject
{
    Q_OBJECT

private slots:
    void version2WithEveryPart();
};

void TestSchemaFixtures::version2WithEveryPart()
{
    QTemporaryDir dir;
    const QString path = TestSupport::copyFixture(dir, QStringLiteral("library-v2.kintsugi"));
    auto opened = Library::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    Library& library = *opened.value();
    QCOMPARE(library.database().schemaVersion(), Schema::CurrentVersion);
    QVERIFY(library.database().integrityProblems().isEmpty());
    StoryDocument* doc = library.document(1);
    QVERIFY(doc);
    QCOMPARE(doc->story().title, QStringLiteral("The day our downloads played music"));
    QCOMPARE(doc->timeline()->rowCount(), 2);
    QCOMPARE(doc->causeTree()->rowCount(), 1);                              // one problem at the top
    QCOMPARE(doc->causeTree()->rowCount(doc->causeTree()->index(0, 0)), 1); // its root cause
    QCOMPARE(doc->lessons()->rowCount(), 1);
    QCOMPARE(doc->actionItems()->rowCount(), 1);
    QCOMPARE(doc->people()->rowCount(), 1);
    // Deleting and undoing keeps every part of the old library's story.
    QVERIFY(library.deleteStory(1).ok());
    library.undoStack()->undo();
    QVERIFY(library.database().integrityProblems().isEmpty());
    QCOMPARE(library.document(1)->timeline()->rowCount(), 2);
    QCOMPARE(library.document(1)->actionItems()->rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestSchemaFixtures)
#include "TestSchemaFixtures.moc"
