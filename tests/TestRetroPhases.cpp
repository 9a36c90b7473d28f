#include "TestSupport.h"
#include "document/Library.h"
#include "document/RetroDocument.h"
#include "domain/RetroPhase.h"
#include "storage/RetroStore.h"
#include "storage/RetroTemplateStore.h"

#include <QSignalSpy>
#include <QTest>

// The phases of a retro: order, names, keys, transitions (with reveal) and their undo.
class TestRetroPhases : public QObject
{
    Q_OBJECT

private slots:
    void orderNamesKeys();
    void transitionRules();
    void documentWalksThePhases();
    void leavingCollectReveals();
};

void TestRetroPhases::orderNamesKeys()
{
    const QList<RetroPhase> all = RetroPhases::all();
    QCOMPARE(all.size(), 7);
    QStringList names;
    for (RetroPhase p : all) {
        names << RetroPhases::name(p);
        QCOMPARE(RetroPhases::fromKey(RetroPhases::key(p)), std::optional<RetroPhase>(p));
        QVERIFY(!RetroPhases::description(p).isEmpty());
    }
    QCOMPARE(names,
             QStringList({QStringLiteral("Review previous actions"),
                          QStringLiteral("Collect"),
                          QStringLiteral("Group"),
                          QStringLiteral("Vote"),
                          QStringLiteral("Discuss"),
                          QStringLiteral("Actions"),
                          QStringLiteral("Summary")}));
    QCOMPARE(RetroPhases::key(RetroPhase::ReviewActions), QStringLiteral("review_actions"));
    QVERIFY(!RetroPhases::fromKey(QStringLiteral("nonsense")));
}

void TestRetroPhases::transitionRules()
{
    QCOMPARE(RetroPhases::next(RetroPhase::ReviewActions), std::optional<RetroPhase>(RetroPhase::Collect));
    QCOMPARE(RetroPhases::next(RetroPhase::Actions), std::optional<RetroPhase>(RetroPhase::Summary));
    QVERIFY(!RetroPhases::next(RetroPhase::Summary));
    QVERIFY(!RetroPhases::previous(RetroPhase::ReviewActions));
    QCOMPARE(RetroPhases::previous(RetroPhase::Vote), std::optional<RetroPhase>(RetroPhase::Group));
    QVERIFY(RetroPhases::revealsCards(RetroPhase::Collect, RetroPhase::Group, true, false));
    QVERIFY(RetroPhases::revealsCards(RetroPhase::ReviewActions, RetroPhase::Discuss, true, false));
    QVERIFY(!RetroPhases::revealsCards(RetroPhase::Collect, RetroPhase::Group, false, false));
    QVERIFY(!RetroPhases::revealsCards(RetroPhase::Collect, RetroPhase::Group, true, true));
    QVERIFY(!RetroPhases::revealsCards(RetroPhase::ReviewActions, RetroPhase::Collect, true, false));
    QVERIFY(!RetroPhases::revealsCards(RetroPhase::Vote, RetroPhase::Group, true, false));
    QVERIFY(RetroPhases::allowsVoting(RetroPhase::Vote));
    QVERIFY(!RetroPhases::allowsVoting(RetroPhase::Collect));
}

void TestRetroPhases::documentWalksThePhases()
{
    QTemporaryDir dir;
    auto lib = Library::open(TestSupport::libraryPath(dir));
    QVERIFY(lib.ok());
    std::unique_ptr<Library> library = std::move(lib).value();
    const qint64 id = library->createRetro(Retro {}, library->retroTemplates().templates()->first().id).value();
    RetroDocument* doc = library->retroDocument(id);
    QSignalSpy phase(doc, &RetroDocument::phaseChanged);
    QCOMPARE(doc->retro().phase, RetroPhase::ReviewActions);
    QVERIFY(!doc->previousPhase().ok());
    for (int i = 0; i < 6; ++i) {
        QVERIFY(doc->nextPhase().ok());
    }
    QCOMPARE(doc->retro().phase, RetroPhase::Summary);
    QCOMPARE(phase.count(), 6);
    const Status last = doc->nextPhase();
    QVERIFY(!last.ok());
    QCOMPARE(last.error(), QStringLiteral("This is the last phase."));
    QVERIFY(doc->previousPhase().ok());
    QCOMPARE(doc->retro().phase, RetroPhase::Actions);
    QCOMPARE(library->retros().retro(id)->phase, RetroPhase::Actions);
    QVERIFY(doc->setPhase(RetroPhase::Group).ok()); // any phase can be chosen directly
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Go to “Group”"));
    doc->undoStack()->undo();
    QCOMPARE(doc->retro().phase, RetroPhase::Actions);
    doc->undoStack()->undo();
    QCOMPARE(doc->retro().phase, RetroPhase::Summary);
    // The phase is stored: a new library object reads it back.
    library.reset();
    library = Library::open(TestSupport::libraryPath(dir)).value();
    QCOMPARE(library->retroDocument(id)->retro().phase, RetroPhase::Summary);
}

void TestRetroPhases::leavingCollectReveals()
{
    QTemporaryDir dir;
    std::unique_ptr<Library> library = Library::open(TestSupport::libraryPath(dir)).value();
    Retro retro;
    retro.collectHidden = true;
    const qint64 id = library->createRetro(retro, library->retroTemplates().templates()->first().id).value();
    RetroDocument* doc = library->retroDocument(id);
    QVERIFY(doc->setPhase(RetroPhase::Collect).ok());
    QVERIFY(doc->retro().cardsHidden());
    QSignalSpy fields(doc, &RetroDocument::fieldChanged);
    const int steps = doc->undoStack()->count();
    QVERIFY(doc->nextPhase().ok());
    QCOMPARE(doc->undoStack()->count(), steps + 1); // one step: phase and reveal
    QVERIFY(doc->retro().revealed);
    QCOMPARE(fields.count(), 1);
    QCOMPARE(fields.first().at(0).value<RetroField>(), RetroField::Revealed);
    // Going back does not hide them again; undo does.
    QVERIFY(doc->previousPhase().ok());
    QVERIFY(doc->retro().revealed);
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QCOMPARE(doc->retro().phase, RetroPhase::Collect);
    QVERIFY(!doc->retro().revealed);
    // Revealing by hand in Collect: leaving then reveals nothing more.
    QVERIFY(doc->revealCards().ok());
    QVERIFY(doc->retro().revealed);
    const int before = doc->undoStack()->count();
    QVERIFY(doc->nextPhase().ok());
    QCOMPARE(doc->undoStack()->count(), before + 1);
    doc->undoStack()->undo();
    QVERIFY(doc->retro().revealed);
}

QTEST_GUILESS_MAIN(TestRetroPhases)
#include "TestRetroPhases.moc"
