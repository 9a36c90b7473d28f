#include "TestSupport.h"
#include "commands/AwardLifecycleCommand.h"
#include "commands/EditAwardCommand.h"
#include "document/Library.h"
#include "document/StoryDocument.h"
#include "export/StoryBundle.h"
#include "models/AwardModel.h"
#include "storage/AwardStore.h"
#include "storage/StoryStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

// Awards (the hall of fame): the store, its undo commands, the model and the bundle loader.
class TestAwardStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void insertReadUpdateRemove();
    void orderedByYear();
    void writesTouchTheStory();
    void deletingStoryRemovesAwards();
    void bundleCarriesAwards();
    void unknownIdsFail();
    void readOnlyRefusesWrites();
    void commandsUndoRedo();
    void editsMerge();
    void modelFollowsStore();

private:
    qint64 addStory(const QString& title);
    Award award(qint64 storyId, int year, const QString& title);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
};

void TestAwardStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto lib = Library::open(TestSupport::libraryPath(*m_dir));
    QVERIFY2(lib.ok(), qPrintable(lib.error()));
    m_library = std::move(lib).value();
}

void TestAwardStore::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

qint64 TestAwardStore::addStory(const QString& title)
{
    return m_library->stories().create(TestSupport::fullStory(title)).value();
}

Award TestAwardStore::award(qint64 storyId, int year, const QString& title)
{
    Award a;
    a.storyId = storyId;
    a.year = year;
    a.title = title;
    a.citation = QStringLiteral("Taught us about %1.").arg(title);
    return a;
}

void TestAwardStore::insertReadUpdateRemove()
{
    const qint64 story = addStory(QStringLiteral("Pager storm"));
    AwardStore& store = m_library->awards();
    QSignalSpy added(&store, &AwardStore::awardAdded);
    QSignalSpy changed(&store, &AwardStore::awardChanged);
    QSignalSpy removed(&store, &AwardStore::awardRemoved);
    auto id = store.insert(award(story, 2026, QStringLiteral("Most instructive mistake")));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.at(0).at(0).toLongLong(), story);
    QCOMPARE(added.at(0).at(1).toLongLong(), *id);

    auto read = store.award(*id);
    QVERIFY(read.ok());
    QCOMPARE(read->year, 2026);
    QCOMPARE(read->title, QStringLiteral("Most instructive mistake"));
    QCOMPARE(read->citation, QStringLiteral("Taught us about Most instructive mistake."));
    QVERIFY(read->createdAt.isValid());
    QCOMPARE(read->createdAt.timeSpec(), Qt::UTC);

    Award edited = read.value();
    edited.year = 2025;
    edited.title = QStringLiteral("Best near miss");
    edited.citation = QStringLiteral("Line one\nline two: \"quoted\"");
    QVERIFY(store.update(edited).ok());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(store.award(*id).value(), edited);

    QVERIFY(store.remove(*id).ok());
    QCOMPARE(removed.size(), 1);
    QVERIFY(!store.award(*id).ok());
    QVERIFY(store.awards(story)->isEmpty());
}

void TestAwardStore::orderedByYear()
{
    const qint64 a = addStory(QStringLiteral("A"));
    const qint64 b = addStory(QStringLiteral("B"));
    AwardStore& store = m_library->awards();
    QVERIFY(store.insert(award(a, 2026, QStringLiteral("late"))).ok());
    QVERIFY(store.insert(award(b, 2024, QStringLiteral("early"))).ok());
    QVERIFY(store.insert(award(a, 2024, QStringLiteral("early too"))).ok());
    QStringList titles;
    const QList<Award> all = store.allAwards().value();
    for (const Award& x : all) {
        titles << x.title;
    }
    QCOMPARE(titles, (QStringList {QStringLiteral("early"), QStringLiteral("early too"), QStringLiteral("late")}));
    titles.clear();
    const QList<Award> ofA = store.awards(a).value();
    for (const Award& x : ofA) {
        titles << x.title;
    }
    QCOMPARE(titles, (QStringList {QStringLiteral("early too"), QStringLiteral("late")}));
}

void TestAwardStore::writesTouchTheStory()
{
    const qint64 story = addStory(QStringLiteral("Touch"));
    const QDateTime before = m_library->stories().load(story)->modifiedAt;
    QTest::qWait(5);
    QSignalSpy touched(&m_library->stories(), &StoryStore::storyTouched);
    QVERIFY(m_library->awards().insert(award(story, 2026, QStringLiteral("x"))).ok());
    QCOMPARE(touched.size(), 1);
    QVERIFY(m_library->stories().load(story)->modifiedAt > before);
}

void TestAwardStore::deletingStoryRemovesAwards()
{
    const qint64 story = addStory(QStringLiteral("Gone"));
    QVERIFY(m_library->awards().insert(award(story, 2026, QStringLiteral("x"))).ok());
    QVERIFY(m_library->deleteStory(story).ok());
    QVERIFY(m_library->awards().allAwards()->isEmpty());
    // Undo of the delete brings the award back (it is one of the story's tables).
    m_library->undoStack()->undo();
    QCOMPARE(m_library->awards().awards(story)->size(), 1);
}

void TestAwardStore::bundleCarriesAwards()
{
    const qint64 story = addStory(QStringLiteral("Bundle"));
    QVERIFY(m_library->awards().insert(award(story, 2026, QStringLiteral("x"))).ok());
    auto bundle = StoryBundles::load(*m_library, story);
    QVERIFY(bundle.ok());
    QCOMPARE(bundle->awards.size(), 1);
    QCOMPARE(bundle->awards.first().title, QStringLiteral("x"));
}

void TestAwardStore::unknownIdsFail()
{
    AwardStore& store = m_library->awards();
    Award missing;
    missing.id = 999;
    QVERIFY(!store.update(missing).ok());
    QVERIFY(!store.remove(999).ok());
    QVERIFY(!store.award(999).ok());
    // A story that does not exist: the foreign key refuses it.
    QVERIFY(!store.insert(award(12345, 2026, QStringLiteral("x"))).ok());
    QVERIFY(store.allAwards()->isEmpty());
}

void TestAwardStore::readOnlyRefusesWrites()
{
    const qint64 story = addStory(QStringLiteral("RO"));
    const QString path = m_library->path();
    m_library.reset();
    auto lib = Library::open(path, LibraryDatabase::OpenMode::ReadOnly);
    QVERIFY(lib.ok());
    QSignalSpy failed(&lib.value()->stories(), &StoryStore::writeFailed);
    QVERIFY(!lib.value()->awards().insert(award(story, 2026, QStringLiteral("x"))).ok());
    QCOMPARE(failed.size(), 1);
}

void TestAwardStore::commandsUndoRedo()
{
    const qint64 story = addStory(QStringLiteral("Undo"));
    AwardStore& store = m_library->awards();
    QUndoStack stack;
    stack.push(
        new AwardLifecycleCommand(store, AwardLifecycleCommand::Action::Add, award(story, 2026, QStringLiteral("a"))));
    QCOMPARE(store.awards(story)->size(), 1);
    const Award stored = store.awards(story)->first();
    stack.undo();
    QVERIFY(store.awards(story)->isEmpty());
    stack.redo();
    QCOMPARE(store.awards(story)->size(), 1);
    QCOMPARE(store.awards(story)->first(), stored); // same id and creation time

    stack.push(new AwardLifecycleCommand(store, AwardLifecycleCommand::Action::Remove, stored));
    QVERIFY(store.awards(story)->isEmpty());
    stack.undo();
    QCOMPARE(store.awards(story)->first(), stored);

    Award changed = stored;
    changed.year = 2020;
    stack.push(new EditAwardCommand(store, stored, changed, EditAwardCommand::Field::Year));
    QCOMPARE(store.award(stored.id)->year, 2020);
    stack.undo();
    QCOMPARE(store.award(stored.id)->year, 2026);
}

void TestAwardStore::editsMerge()
{
    const qint64 story = addStory(QStringLiteral("Merge"));
    AwardStore& store = m_library->awards();
    const Award original = store.award(store.insert(award(story, 2026, QStringLiteral("T"))).value()).value();
    QUndoStack stack;
    Award step = original;
    for (const QString& text : {QStringLiteral("T"), QStringLiteral("Ti"), QStringLiteral("Tit")}) {
        const Award before = step;
        step.citation = text;
        stack.push(new EditAwardCommand(store, before, step, EditAwardCommand::Field::Citation));
    }
    QCOMPARE(stack.count(), 1);
    QCOMPARE(store.award(original.id)->citation, QStringLiteral("Tit"));
    stack.undo();
    QCOMPARE(store.award(original.id)->citation, original.citation);
}

void TestAwardStore::modelFollowsStore()
{
    const qint64 story = addStory(QStringLiteral("Model"));
    const qint64 other = addStory(QStringLiteral("Other"));
    StoryDocument* document = m_library->document(story);
    QVERIFY(document);
    AwardModel* model = document->awards();
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model->rowCount(), 0);

    Award first;
    first.year = 2026;
    first.title = AwardModel::defaultTitle();
    const qint64 id = model->addAward(first);
    QVERIFY(id > 0);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, AwardModel::TitleColumn).data().toString(), QStringLiteral("Most instructive mistake"));
    QCOMPARE(document->undoStack()->count(), 1);

    // Another story's awards do not show.
    QVERIFY(m_library->awards().insert(award(other, 2000, QStringLiteral("elsewhere"))).ok());
    QCOMPARE(model->rowCount(), 1);

    // A second award sorts by year; changing the year moves the row.
    QVERIFY(m_library->awards().insert(award(story, 2020, QStringLiteral("older"))).ok());
    QCOMPARE(model->index(0, AwardModel::TitleColumn).data().toString(), QStringLiteral("older"));
    QSignalSpy moved(model, &QAbstractItemModel::rowsMoved);
    QSignalSpy dataChanged(model, &QAbstractItemModel::dataChanged);
    QVERIFY(model->setData(model->index(0, AwardModel::YearColumn), 2030));
    QCOMPARE(moved.size(), 1);
    QCOMPARE(dataChanged.size(), 1);
    QCOMPARE(model->index(1, AwardModel::TitleColumn).data().toString(), QStringLiteral("older"));
    QCOMPARE(model->index(1, AwardModel::YearColumn).data().toInt(), 2030);

    QVERIFY(model->setData(model->index(0, AwardModel::CitationColumn), QStringLiteral("What it taught")));
    QCOMPARE(m_library->awards().award(id)->citation, QStringLiteral("What it taught"));
    QVERIFY(!model->setData(model->index(0, AwardModel::YearColumn), QStringLiteral("not a year")));

    QVERIFY(model->removeAward(0));
    QCOMPARE(model->rowCount(), 1);
    document->undoStack()->undo();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->rowOf(id), 0);
    while (document->undoStack()->canUndo()) {
        document->undoStack()->undo();
    }
    // Only the model's own edits are undone; the award added through the store stays.
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, AwardModel::YearColumn).data().toInt(), 2020);
}

QTEST_GUILESS_MAIN(TestAwardStore)
#include "TestAwardStore.moc"
