#include "TestSupport.h"
#include "document/Library.h"
#include "document/RetroDocument.h"
#include "models/RetroBoardModel.h"
#include "models/RetroDiscussionModel.h"
#include "storage/RetroStore.h"
#include "storage/RetroTemplateStore.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

// The board tree (columns → groups and cards → grouped cards) under QAbstractItemModelTester while
// cards are added, grouped by drag and drop, ungrouped, voted on, re-sorted and undone.
class TestRetroBoardModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void loadsTheBoard();
    void addEditRemoveCards();
    void dragAndDropGroups();
    void sortByVotes();
    void hiddenCardsAreMasked();
    void discussionOrder();

private:
    QString shape(const RetroBoardModel& model) const;
    bool drop(RetroBoardModel& model, const QList<qint64>& cards, const QModelIndex& target, int row = -1);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    RetroDocument* m_doc = nullptr;
    QList<qint64> m_columns;
};

void TestRetroBoardModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto lib = Library::open(TestSupport::libraryPath(*m_dir));
    QVERIFY2(lib.ok(), qPrintable(lib.error()));
    m_library = std::move(lib).value();
    Retro retro;
    retro.title = QStringLiteral("Sprint 9");
    retro.participants = {QStringLiteral("Anna"), QStringLiteral("Ben")};
    const qint64 templateId = m_library->retroTemplates().templates()->at(1).id; // Start / Stop / Continue
    auto id = m_library->createRetro(retro, templateId);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    m_doc = m_library->retroDocument(id.value());
    QVERIFY(m_doc);
    m_columns.clear();
    const QList<RetroColumn> columns = m_library->retros().columns(id.value()).value();
    for (const RetroColumn& c : columns) {
        m_columns << c.id;
    }
}

void TestRetroBoardModel::cleanup()
{
    m_doc = nullptr;
    m_library.reset();
    m_dir.reset();
}

// "Start(a [g: b c] d) Stop() …" as the model shows it.
QString TestRetroBoardModel::shape(const RetroBoardModel& model) const
{
    QStringList columns;
    for (int c = 0; c < model.rowCount(); ++c) {
        const QModelIndex column = model.index(c, 0);
        QStringList items;
        for (int r = 0; r < model.rowCount(column); ++r) {
            const QModelIndex item = model.index(r, 0, column);
            if (model.kindAt(item) == RetroBoardModel::Kind::Group) {
                QStringList cards;
                for (int k = 0; k < model.rowCount(item); ++k) {
                    cards << model.index(k, 0, item).data(RetroBoardModel::TextRole).toString();
                }
                items << QStringLiteral("[%1: %2]")
                             .arg(item.data(RetroBoardModel::TextRole).toString(), cards.join(QLatin1Char(' ')));
            } else {
                items << item.data(RetroBoardModel::TextRole).toString();
            }
        }
        columns << QStringLiteral("%1(%2)").arg(column.data().toString(), items.join(QLatin1Char(' ')));
    }
    return columns.join(QLatin1Char(' '));
}

bool TestRetroBoardModel::drop(RetroBoardModel& model, const QList<qint64>& cards, const QModelIndex& target, int row)
{
    QModelIndexList indexes;
    for (qint64 id : cards) {
        indexes << model.cardIndex(id);
    }
    std::unique_ptr<QMimeData> data(model.mimeData(indexes));
    if (!data || !model.canDropMimeData(data.get(), Qt::MoveAction, row, 0, target)) {
        return false;
    }
    return model.dropMimeData(data.get(), Qt::MoveAction, row, 0, target);
}

void TestRetroBoardModel::loadsTheBoard()
{
    const qint64 a = m_doc->addCard(m_columns[0], QStringLiteral("Pairing"), QStringLiteral("Anna")).value();
    QVERIFY(m_doc->addCard(m_columns[2], QStringLiteral("Standups")).ok());
    const qint64 b = m_doc->addCard(m_columns[0], QStringLiteral("Demos")).value();
    QVERIFY(m_doc->groupCards(a, {b}, QStringLiteral("Team habits")).ok());
    RetroBoardModel model(m_library->retros(), m_doc->id(), m_doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(shape(model), QStringLiteral("Start([Team habits: Pairing Demos]) Stop() Continue(Standups)"));
    const QModelIndex start = model.index(0, 0);
    QCOMPARE(start.data(RetroBoardModel::KindRole).toInt(), static_cast<int>(RetroBoardModel::Kind::Column));
    QCOMPARE(start.data(RetroBoardModel::PromptRole).toString(), QStringLiteral("What should we begin doing?"));
    QCOMPARE(start.data(RetroBoardModel::CardCountRole).toInt(), 2);
    const QModelIndex card = model.cardIndex(a);
    QCOMPARE(card.data(RetroBoardModel::AuthorRole).toString(), QStringLiteral("Anna"));
    QCOMPARE(card.parent(), model.index(0, 0, start));
    QCOMPARE(model.refAt(card), RetroItemRef::card(a));
    QVERIFY(model.flags(card).testFlag(Qt::ItemIsDragEnabled));
    QVERIFY(!model.flags(start).testFlag(Qt::ItemIsDragEnabled));
    QCOMPARE(model.cardCount(), 3);
}

void TestRetroBoardModel::addEditRemoveCards()
{
    RetroBoardModel* model = m_doc->board();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    const qint64 a = m_doc->addCard(m_columns[1], QStringLiteral("Long meetings")).value();
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(0).value<QModelIndex>(), model->columnIndex(m_columns[1]));
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    const qint64 b = m_doc->addCard(m_columns[1], QStringLiteral("Late reviews")).value();
    QCOMPARE(model->cardIndex(b).row(), 1);
    changed.clear();
    QVERIFY(m_doc->editCard(a, RetroCardField::Text, QStringLiteral("Long meetings without agenda")).ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>(), model->cardIndex(a));
    QVERIFY(changed.first().at(2).value<QList<int>>().contains(RetroBoardModel::TextRole));
    QVERIFY(model->setData(model->cardIndex(b), QStringLiteral("Slow reviews")));
    QCOMPARE(model->cardIndex(b).data().toString(), QStringLiteral("Slow reviews"));
    QVERIFY(m_doc->removeCard(a).ok());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(shape(*model), QStringLiteral("Start() Stop(Slow reviews) Continue()"));
    m_doc->undoStack()->undo();
    QCOMPARE(shape(*model), QStringLiteral("Start() Stop(Long meetings without agenda Slow reviews) Continue()"));
    m_doc->undoStack()->undo(); // setData
    m_doc->undoStack()->undo(); // edit
    QCOMPARE(shape(*model), QStringLiteral("Start() Stop(Long meetings Late reviews) Continue()"));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model->index(1, 0).data(RetroBoardModel::CardCountRole).toInt(), 2);
}

void TestRetroBoardModel::dragAndDropGroups()
{
    RetroBoardModel* model = m_doc->board();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const qint64 a = m_doc->addCard(m_columns[0], QStringLiteral("a")).value();
    const qint64 b = m_doc->addCard(m_columns[0], QStringLiteral("b")).value();
    const qint64 c = m_doc->addCard(m_columns[0], QStringLiteral("c")).value();
    const qint64 d = m_doc->addCard(m_columns[1], QStringLiteral("d")).value();
    QSignalSpy moved(model, &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);

    // A card dropped on a card: a group named after the target.
    QVERIFY(drop(*model, {d}, model->cardIndex(b)));
    QCOMPARE(shape(*model), QStringLiteral("Start(a [b: b d] c) Stop() Continue()"));
    QCOMPARE(moved.count(), 2); // b into the group, d into the group
    // A card on a group joins it.
    QVERIFY(drop(*model, {a}, model->cardIndex(b).parent()));
    QCOMPARE(shape(*model), QStringLiteral("Start([b: b d a] c) Stop() Continue()"));
    // A card on a column leaves its group (at the dropped row).
    QVERIFY(drop(*model, {d}, model->columnIndex(m_columns[0]), 1));
    QCOMPARE(shape(*model), QStringLiteral("Start([b: b a] d c) Stop() Continue()"));
    QVERIFY(drop(*model, {b, a}, model->columnIndex(m_columns[2])));
    QCOMPARE(shape(*model), QStringLiteral("Start(d c) Stop() Continue(b a)")); // the empty group went
    // Dropping a card on itself does nothing.
    QVERIFY(!drop(*model, {c}, model->cardIndex(c)));
    // Every step is undoable, and the model follows exactly (no resets).
    m_doc->undoStack()->undo();
    QCOMPARE(shape(*model), QStringLiteral("Start([b: b a] d c) Stop() Continue()"));
    m_doc->undoStack()->undo();
    QCOMPARE(shape(*model), QStringLiteral("Start([b: b d a] c) Stop() Continue()"));
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(shape(*model), QStringLiteral("Start(a b c) Stop(d) Continue()"));
    m_doc->undoStack()->redo();
    QCOMPARE(shape(*model), QStringLiteral("Start(a [b: b d] c) Stop() Continue()"));
    QVERIFY(m_doc->ungroup(model->refAt(model->cardIndex(b).parent()).id).ok());
    QCOMPARE(shape(*model), QStringLiteral("Start(a b d c) Stop() Continue()"));
    QCOMPARE(reset.count(), 0);
    // A fresh model reads the same board.
    RetroBoardModel fresh(m_library->retros(), m_doc->id(), m_doc);
    QCOMPARE(shape(fresh), shape(*model));
}

void TestRetroBoardModel::sortByVotes()
{
    RetroBoardModel* model = m_doc->board();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const qint64 a = m_doc->addCard(m_columns[0], QStringLiteral("a")).value();
    const qint64 b = m_doc->addCard(m_columns[0], QStringLiteral("b")).value();
    const qint64 c = m_doc->addCard(m_columns[0], QStringLiteral("c")).value();
    const qint64 d = m_doc->addCard(m_columns[0], QStringLiteral("d")).value();
    const qint64 g = m_doc->groupCards(c, {d}).value();
    QCOMPARE(shape(*model), QStringLiteral("Start(a b [c: c d]) Stop() Continue()"));
    model->setSortMode(RetroBoardModel::SortMode::ByVotes);
    QCOMPARE(shape(*model), QStringLiteral("Start(a b [c: c d]) Stop() Continue()")); // ties: board order

    QPersistentModelIndex persistentA = model->cardIndex(a);
    QSignalSpy layout(model, &QAbstractItemModel::layoutChanged);
    QVERIFY(m_doc->setVotes(QStringLiteral("Anna"), RetroItemRef::card(b), 2).ok());
    QCOMPARE(shape(*model), QStringLiteral("Start(b a [c: c d]) Stop() Continue()"));
    QCOMPARE(layout.count(), 1);
    QCOMPARE(persistentA.row(), 1);
    QCOMPARE(model->cardIndex(b).data(RetroBoardModel::VotesRole).toInt(), 2);
    // Votes on a grouped card count for the group too.
    QVERIFY(m_doc->setVotes(QStringLiteral("Ben"), RetroItemRef::card(d), 3).ok());
    QCOMPARE(shape(*model), QStringLiteral("Start([c: d c] b a) Stop() Continue()"));
    QCOMPARE(model->groupIndex(g).data(RetroBoardModel::VotesRole).toInt(), 3);
    QVERIFY(m_doc->setVotes(QString(), RetroItemRef::group(g), 1).ok());
    QCOMPARE(model->groupIndex(g).data(RetroBoardModel::VotesRole).toInt(), 4);
    QCOMPARE(model->columnIndex(m_columns[0]).data(RetroBoardModel::VotesRole).toInt(), 6);
    QCOMPARE(persistentA.row(), 2);
    // Undo re-sorts back.
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(shape(*model), QStringLiteral("Start(b a [c: c d]) Stop() Continue()"));
    m_doc->undoStack()->undo();
    QCOMPARE(shape(*model), QStringLiteral("Start(a b [c: c d]) Stop() Continue()"));
    QCOMPARE(persistentA.row(), 0);
    // A new card without votes lands after the cards with votes, in board order among the rest.
    m_doc->undoStack()->redo();
    const qint64 e = m_doc->addCard(m_columns[0], QStringLiteral("e")).value();
    QCOMPARE(shape(*model), QStringLiteral("Start(b a [c: c d] e) Stop() Continue()"));
    QVERIFY(m_doc->setVotes(QStringLiteral("Ben"), RetroItemRef::card(e), 3).ok());
    QCOMPARE(shape(*model), QStringLiteral("Start(e b a [c: c d]) Stop() Continue()"));
    model->setSortMode(RetroBoardModel::SortMode::BoardOrder);
    QCOMPARE(shape(*model), QStringLiteral("Start(a b [c: c d] e) Stop() Continue()"));
}

void TestRetroBoardModel::hiddenCardsAreMasked()
{
    QVERIFY(m_doc->editField(RetroField::CollectHidden, true).ok());
    QVERIFY(m_doc->setPhase(RetroPhase::Collect).ok());
    RetroBoardModel* model = m_doc->board();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const qint64 a = m_doc->addCard(m_columns[0], QStringLiteral("Secret")).value();
    QCOMPARE(model->cardIndex(a).data().toString(), QStringLiteral("Hidden card"));
    QVERIFY(model->cardIndex(a).data(RetroBoardModel::HiddenRole).toBool());
    QCOMPARE(model->cardIndex(a).data(RetroBoardModel::TextRole).toString(), QStringLiteral("Secret"));
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_doc->nextPhase().ok()); // Collect → Group reveals
    QVERIFY(m_doc->retro().revealed);
    QCOMPARE(model->cardIndex(a).data().toString(), QStringLiteral("Secret"));
    QVERIFY(!model->cardIndex(a).data(RetroBoardModel::HiddenRole).toBool());
    QVERIFY(changed.count() >= 1);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->retro().phase, RetroPhase::Collect);
    QCOMPARE(model->cardIndex(a).data().toString(), QStringLiteral("Hidden card"));
}

void TestRetroBoardModel::discussionOrder()
{
    const qint64 a = m_doc->addCard(m_columns[0], QStringLiteral("a")).value();
    const qint64 b = m_doc->addCard(m_columns[1], QStringLiteral("b")).value();
    const qint64 c = m_doc->addCard(m_columns[1], QStringLiteral("c")).value();
    const qint64 d = m_doc->addCard(m_columns[2], QStringLiteral("d")).value();
    const qint64 g = m_doc->groupCards(b, {c}, QStringLiteral("bc")).value();
    QVERIFY(m_doc->setVotes(QStringLiteral("Anna"), RetroItemRef::card(d), 2).ok());
    QVERIFY(m_doc->setVotes(QStringLiteral("Ben"), RetroItemRef::card(c), 3).ok());
    const QList<RetroDiscussionItem> order = m_doc->discussionOrder();
    QCOMPARE(order.size(), 3);
    QCOMPARE(order[0].ref, RetroItemRef::group(g));
    QCOMPARE(order[0].votes, 3);
    QCOMPARE(order[0].cards, QStringList({QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(order[0].columnTitle, QStringLiteral("Stop"));
    QCOMPARE(order[1].ref, RetroItemRef::card(d));
    QCOMPARE(order[2].ref, RetroItemRef::card(a));

    RetroDiscussionModel* model = m_doc->discussion();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model->rowCount(), 3);
    model->setCurrentRow(1);
    QCOMPARE(model->index(1).data(RetroDiscussionModel::CurrentRole).toBool(), true);
    QVERIFY(m_doc->setVotes(QString(), RetroItemRef::card(a), 6).ok());
    // The model rebuilds once after the store's signals.
    QTRY_VERIFY(model->rowCount() == 3 && model->itemAt(0).ref == RetroItemRef::card(a));
    QCOMPARE(model->index(0).data(RetroDiscussionModel::VotesRole).toInt(), 6);
    // The focus stays on the same card.
    QCOMPARE(model->itemAt(model->currentRow()).ref, RetroItemRef::card(d));
    QCOMPARE(model->currentRow(), 2);
    QVERIFY(model->previous());
    QCOMPARE(model->itemAt(model->currentRow()).ref, RetroItemRef::group(g));
    QVERIFY(model->next());
    QCOMPARE(model->currentRow(), 2);
    QVERIFY(!model->next());
}

QTEST_GUILESS_MAIN(TestRetroBoardModel)
#include "TestRetroBoardModel.moc"
