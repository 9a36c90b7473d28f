#include "TestSupport.h"
#include "coach/StoryCoach.h"
#include "document/Library.h"
#include "document/StoryDocument.h"
#include "models/CoachRulesModel.h"
#include "models/PeopleModel.h"
#include "storage/CoachSettingsStore.h"
#include "storage/PeopleStore.h"
#include "storage/StoryStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestPeopleModel : public QObject
{
    Q_OBJECT

private slots:
    void addEditMoveRemoveWithUndo();
    void peopleAreSearchableAndSurviveReopen();
    void coachFollowsPeopleIgnoresAndRules();
    void readOnlyLibraryRefusesWrites();
};

namespace {
QStringList names(const PeopleModel& model)
{
    QStringList list;
    for (const Person& p : model.people()) {
        list << p.name + QLatin1Char('=') + p.role;
    }
    return list;
}
} // namespace

void TestPeopleModel::addEditMoveRemoveWithUndo()
{
    QTemporaryDir dir;
    auto lib = Library::open(TestSupport::libraryPath(dir));
    QVERIFY(lib.ok());
    Library& library = *lib.value();
    const qint64 id = library.stories().create(TestSupport::fullStory()).value();
    StoryDocument* doc = library.document(id);
    QVERIFY(doc);
    PeopleModel* model = doc->people();
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QSignalSpy moved(model, &QAbstractItemModel::rowsMoved);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);

    QVERIFY(model->addPerson({QStringLiteral("Bob"), QStringLiteral("SRE")}));
    QVERIFY(model->addPerson({QStringLiteral("Ana María"), QStringLiteral("DBA")}));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->columnCount(), 2);
    QVERIFY(model->setData(model->index(0, PeopleModel::RoleColumn), QStringLiteral("  On-call   engineer ")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), model->index(0, PeopleModel::RoleColumn));
    QCOMPARE(changed.first().at(1).toModelIndex(), model->index(0, PeopleModel::RoleColumn));
    QVERIFY(model->movePerson(0, 1));
    QCOMPARE(moved.size(), 1);
    QCOMPARE(names(*model), QStringList({QStringLiteral("Ana María=DBA"), QStringLiteral("Bob=On-call engineer")}));
    // The store holds what the model shows.
    QCOMPARE(library.people().people(id).value(), model->people());
    QVERIFY(model->removePerson(0));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(names(*model), QStringList({QStringLiteral("Bob=On-call engineer")}));
    QCOMPARE(reset.size(), 0); // exact signals, no resets

    QUndoStack* stack = doc->undoStack();
    QCOMPARE(stack->count(), 5);
    stack->undo(); // remove
    stack->undo(); // move
    QCOMPARE(names(*model), QStringList({QStringLiteral("Bob=On-call engineer"), QStringLiteral("Ana María=DBA")}));
    stack->undo(); // edit
    QCOMPARE(model->people().first().role, QStringLiteral("SRE"));
    stack->undo();
    stack->undo();
    QCOMPARE(model->rowCount(), 0);
    stack->redo();
    stack->redo();
    stack->redo();
    QCOMPARE(names(*model), QStringList({QStringLiteral("Bob=On-call engineer"), QStringLiteral("Ana María=DBA")}));
    QCOMPARE(library.people().people(id).value(), model->people());
    // Invalid edits push nothing.
    QVERIFY(!model->removePerson(7));
    QVERIFY(!model->movePerson(0, 5));
    QCOMPARE(stack->index(), 3);
}

void TestPeopleModel::peopleAreSearchableAndSurviveReopen()
{
    QTemporaryDir dir;
    const QString path = TestSupport::libraryPath(dir);
    qint64 id = 0;
    {
        auto lib = Library::open(path);
        QVERIFY(lib.ok());
        id = lib.value()->stories().create(TestSupport::fullStory()).value();
        QVERIFY(lib.value()->people().insert(id, 0, {QStringLiteral("Zoltan"), QStringLiteral("Incident commander")}));
        QCOMPARE(lib.value()->stories().search(QStringLiteral("zolt")).value().size(), 1);
        QCOMPARE(lib.value()->stories().search(QStringLiteral("commander")).value().size(), 1);
        QVERIFY(!lib.value()->people().update(id, 3, {}).ok());
    }
    auto lib = Library::open(path);
    QVERIFY(lib.ok());
    QCOMPARE(lib.value()->document(id)->people()->rowCount(), 1);
    QCOMPARE(lib.value()->document(id)->people()->people().first().role, QStringLiteral("Incident commander"));
}

void TestPeopleModel::coachFollowsPeopleIgnoresAndRules()
{
    QTemporaryDir dir;
    auto lib = Library::open(TestSupport::libraryPath(dir));
    QVERIFY(lib.ok());
    Library& library = *lib.value();
    const qint64 id = library.stories().create(TestSupport::fullStory()).value();
    StoryDocument* doc = library.document(id);
    StoryCoach* coach = doc->coach();
    QVERIFY(coach && coach->isAvailable());
    QSignalSpy changed(coach, &StoryCoach::changed);
    const QString text = QStringLiteral("Bob broke prod. Obviously.");
    QCOMPARE(coach->check(text).size(), 1);
    QVERIFY(doc->people()->addPerson({QStringLiteral("Bob"), QStringLiteral("SRE")}));
    QCOMPARE(changed.size(), 1);
    QList<CoachHit> hits = coach->check(text);
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits.first().ruleId, QStringLiteral("person-subject"));

    // Ignoring a phrase is an undoable story edit.
    QVERIFY(coach->ignore(hits.last()));
    QCOMPARE(coach->check(text).size(), 1);
    QCOMPARE(library.coachSettings().ignoredHits(id).value().size(), 1);
    doc->undoStack()->undo();
    QCOMPARE(coach->check(text).size(), 2);
    doc->undoStack()->redo();
    QCOMPARE(coach->check(text).size(), 1);

    // Switching a rule off holds for the library, and the rules list shows it.
    CoachRulesModel rules(library.coachSettings());
    QAbstractItemModelTester tester(&rules, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(rules.rowCount() >= 10);
    int row = -1;
    for (int r = 0; r < rules.rowCount(); ++r) {
        if (rules.index(r).data(CoachRulesModel::RuleIdRole).toString() == QLatin1String("person-subject")) {
            row = r;
        }
    }
    QVERIFY(row >= 0);
    QCOMPARE(rules.index(row).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QSignalSpy ruleChanged(&rules, &QAbstractItemModel::dataChanged);
    QVERIFY(coach->setRuleEnabled(QStringLiteral("person-subject"), false));
    QCOMPARE(ruleChanged.size(), 1);
    QCOMPARE(rules.index(row).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(coach->check(text).size(), 0);
    QVERIFY(rules.setData(rules.index(row), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(coach->check(text).size(), 1);
    QCOMPARE(library.coachSettings().disabledRules().value(), QSet<QString>());
}

void TestPeopleModel::readOnlyLibraryRefusesWrites()
{
    QTemporaryDir dir;
    const QString path = TestSupport::libraryPath(dir);
    qint64 id = 0;
    {
        auto lib = Library::open(path);
        QVERIFY(lib.ok());
        id = lib.value()->stories().create(TestSupport::fullStory()).value();
    }
    auto lib = Library::open(path, LibraryDatabase::OpenMode::ReadOnly);
    QVERIFY(lib.ok());
    StoryDocument* doc = lib.value()->document(id);
    QVERIFY(doc);
    QVERIFY(!doc->people()->addPerson({QStringLiteral("Bob"), QString()}));
    QCOMPARE(doc->people()->rowCount(), 0);
    QCOMPARE(doc->undoStack()->count(), 0);
    QVERIFY(!lib.value()->coachSettings().setRuleEnabled(QStringLiteral("blame"), false).ok());
    QVERIFY(doc->coach()->isReadOnly());
}

QTEST_GUILESS_MAIN(TestPeopleModel)
#include "TestPeopleModel.moc"
