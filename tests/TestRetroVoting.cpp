#include "TestSupport.h"
#include "document/Library.h"
#include "document/RetroDocument.h"
#include "domain/RetroVoting.h"
#include "storage/RetroStore.h"
#include "storage/RetroTemplateStore.h"

#include <QSignalSpy>
#include <QTest>

// Dot voting: the budget per participant, the maximum per card, the room's tallies, undo/redo.
class TestRetroVoting : public QObject
{
    Q_OBJECT

private slots:
    void rulesOnValues();
    void roomTallyScalesWithParticipants();
    void documentEnforcesRules();
    void undoRedoVotes();

private:
    RetroDocument* openRetro(QTemporaryDir& dir, std::unique_ptr<Library>& library, QList<qint64>& cards);
};

void TestRetroVoting::rulesOnValues()
{
    const RetroItemRef x = RetroItemRef::card(1);
    const RetroItemRef y = RetroItemRef::card(2);
    const RetroItemRef g = RetroItemRef::group(1);
    RetroVoting voting(5, 3, 2, {});
    QCOMPARE(voting.budget(QStringLiteral("Anna")), 5);
    QCOMPARE(voting.maxPerItem(QStringLiteral("Anna")), 3);
    QVERIFY(voting.check(QStringLiteral("Anna"), x, 3).ok());
    const Status tooMany = voting.check(QStringLiteral("Anna"), x, 4);
    QVERIFY(!tooMany.ok());
    QCOMPARE(tooMany.error(), QStringLiteral("Anna can put at most 3 dots on one card or group."));
    voting.set(QStringLiteral("Anna"), x, 3);
    voting.set(QStringLiteral("Anna"), y, 2);
    QCOMPARE(voting.used(QStringLiteral("Anna")), 5);
    QCOMPARE(voting.remaining(QStringLiteral("Anna")), 0);
    const Status noneLeft = voting.check(QStringLiteral("Anna"), g, 1);
    QVERIFY(!noneLeft.ok());
    QCOMPARE(noneLeft.error(), QStringLiteral("Anna has no dots left."));
    // Replacing dots on a card counts the difference only.
    QVERIFY(voting.check(QStringLiteral("Anna"), x, 1).ok());
    QVERIFY(voting.check(QStringLiteral("Anna"), y, 0).ok());
    voting.set(QStringLiteral("Anna"), y, 1);
    const Status oneLeft = voting.check(QStringLiteral("Anna"), g, 2);
    QCOMPARE(oneLeft.error(), QStringLiteral("Anna has only 1 dot(s) left."));
    QVERIFY(!voting.check(QStringLiteral("Anna"), x, -1).ok());
    QVERIFY(!voting.check(QStringLiteral("Anna"), RetroItemRef {}, 1).ok());
    voting.set(QStringLiteral("Ben"), x, 2);
    QCOMPARE(voting.total(x), 5);
    QCOMPARE(voting.totals().value(y), 1);
    QCOMPARE(voting.voters(), QStringList({QStringLiteral("Anna"), QStringLiteral("Ben")}));
    voting.set(QStringLiteral("Ben"), x, 0);
    QCOMPARE(voting.total(x), 3);
    QCOMPARE(voting.votes().size(), 2);
}

void TestRetroVoting::roomTallyScalesWithParticipants()
{
    const RetroItemRef x = RetroItemRef::card(1);
    RetroVoting voting(5, 3, 4, {});
    QCOMPARE(voting.budget(QString()), 20);
    QCOMPARE(voting.maxPerItem(QString()), 12);
    QVERIFY(voting.check(QString(), x, 12).ok());
    QCOMPARE(voting.check(QString(), x, 13).error(),
             QStringLiteral("The room can put at most 12 dots on one card or group."));
    voting.set(QString(), x, 12);
    voting.set(QString(), RetroItemRef::card(2), 8);
    QCOMPARE(voting.check(QString(), RetroItemRef::card(3), 1).error(),
             QStringLiteral("The room has only 0 dot(s) left."));
    // Without participants the room counts as one.
    RetroVoting nobody(5, 3, 0, {});
    QCOMPARE(nobody.budget(QString()), 5);
}

RetroDocument* TestRetroVoting::openRetro(QTemporaryDir& dir, std::unique_ptr<Library>& library, QList<qint64>& cards)
{
    auto lib = Library::open(TestSupport::libraryPath(dir));
    if (!lib) {
        return nullptr;
    }
    library = std::move(lib).value();
    Retro retro;
    retro.participants = {QStringLiteral("Anna"), QStringLiteral("Ben"), QStringLiteral("Cleo")};
    retro.dotsPerParticipant = 3;
    retro.maxDotsPerCard = 2;
    const qint64 id = library->createRetro(retro, library->retroTemplates().templates()->first().id).value();
    RetroDocument* doc = library->retroDocument(id);
    const qint64 column = library->retros().columns(id)->first().id;
    for (int i = 0; i < 3; ++i) {
        cards << doc->addCard(column, QStringLiteral("card %1").arg(i)).value();
    }
    return doc;
}

void TestRetroVoting::documentEnforcesRules()
{
    QTemporaryDir dir;
    std::unique_ptr<Library> library;
    QList<qint64> cards;
    RetroDocument* doc = openRetro(dir, library, cards);
    QVERIFY(doc);
    QSignalSpy failed(doc, &RetroDocument::editFailed);
    const int steps = doc->undoStack()->count();
    QVERIFY(doc->addVote(QStringLiteral("Anna"), RetroItemRef::card(cards[0])).ok());
    QVERIFY(doc->addVote(QStringLiteral("Anna"), RetroItemRef::card(cards[0])).ok());
    const Status third = doc->addVote(QStringLiteral("Anna"), RetroItemRef::card(cards[0]));
    QVERIFY(!third.ok());
    QCOMPARE(third.error(), QStringLiteral("Anna can put at most 2 dots on one card or group."));
    QCOMPARE(failed.count(), 1);
    QVERIFY(doc->setVotes(QStringLiteral("Anna"), RetroItemRef::card(cards[1]), 1).ok());
    QCOMPARE(doc->setVotes(QStringLiteral("Anna"), RetroItemRef::card(cards[2]), 1).error(),
             QStringLiteral("Anna has no dots left."));
    QCOMPARE(doc->undoStack()->count(), steps + 3); // refused votes leave no undo step
    QVERIFY(doc->removeVote(QStringLiteral("Anna"), RetroItemRef::card(cards[0])).ok());
    QVERIFY(doc->setVotes(QStringLiteral("Anna"), RetroItemRef::card(cards[2]), 1).ok());
    QVERIFY(!doc->removeVote(QStringLiteral("Ben"), RetroItemRef::card(cards[2])).ok());
    // The room: 3 participants × 2 per card, 3 × 3 in all.
    QVERIFY(doc->setVotes(QString(), RetroItemRef::card(cards[1]), 6).ok());
    QVERIFY(!doc->setVotes(QString(), RetroItemRef::card(cards[2]), 4).ok());
    QVERIFY(doc->setVotes(QString(), RetroItemRef::card(cards[2]), 3).ok());
    const RetroVoting voting = doc->voting();
    QCOMPARE(voting.total(RetroItemRef::card(cards[0])), 1);
    QCOMPARE(voting.total(RetroItemRef::card(cards[1])), 7);
    QCOMPARE(voting.total(RetroItemRef::card(cards[2])), 4);
    QCOMPARE(voting.remaining(QString()), 0);
    QCOMPARE(voting.remaining(QStringLiteral("Anna")), 0);
    QCOMPARE(voting.remaining(QStringLiteral("Ben")), 3);
    // Raising the budget lets Anna vote again.
    QVERIFY(doc->editField(RetroField::DotsPerParticipant, 4).ok());
    QVERIFY(doc->addVote(QStringLiteral("Anna"), RetroItemRef::card(cards[2])).ok());
}

void TestRetroVoting::undoRedoVotes()
{
    QTemporaryDir dir;
    std::unique_ptr<Library> library;
    QList<qint64> cards;
    RetroDocument* doc = openRetro(dir, library, cards);
    QVERIFY(doc);
    QSignalSpy changed(&library->retros(), &RetroStore::votesChanged);
    QVERIFY(doc->setVotes(QStringLiteral("Ben"), RetroItemRef::card(cards[1]), 2).ok());
    QVERIFY(doc->setVotes(QStringLiteral("Ben"), RetroItemRef::card(cards[1]), 1).ok());
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.last().at(1).value<RetroItemRef>(), RetroItemRef::card(cards[1]));
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Record Ben’s dots"));
    doc->undoStack()->undo();
    QCOMPARE(doc->voting().dotsOf(QStringLiteral("Ben"), RetroItemRef::card(cards[1])), 2);
    doc->undoStack()->undo();
    QCOMPARE(doc->voting().dotsOf(QStringLiteral("Ben"), RetroItemRef::card(cards[1])), 0);
    QCOMPARE(library->retros().votes(doc->id())->size(), 0);
    doc->undoStack()->redo();
    doc->undoStack()->redo();
    QCOMPARE(doc->voting().dotsOf(QStringLiteral("Ben"), RetroItemRef::card(cards[1])), 1);
    QVERIFY(doc->setVotes(QString(), RetroItemRef::card(cards[0]), 5).ok());
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Record the room’s dots"));
}

QTEST_GUILESS_MAIN(TestRetroVoting)
#include "TestRetroVoting.moc"
