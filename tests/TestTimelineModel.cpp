#include "TestSupport.h"
#include "document/Library.h"
#include "document/StoryDocument.h"
#include "models/TimelineModel.h"
#include "storage/StoryStore.h"
#include "storage/TimelineStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QUndoStack>

class TestTimelineModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void storeRoundTrip();
    void loadsSorted();
    void addInsertsInOrder();
    void timeEditMovesTheRow();
    void editEveryColumnUndoRedo();
    void invalidEditsChangeNothing();
    void removeUndoRedo();
    void pasteIsOneStep();
    void shownInTheDisplayZone();
    void gaps();
    void proxySortsEveryColumn();
    void searchFindsEvents();
    void reopenKeepsEvents();

private:
    static QDateTime utc(int h, int m, int day = 1) { return QDateTime(QDate(2024, 5, day), QTime(h, m), Qt::UTC); }
    static TimelineEvent event(const QDateTime& time, const QString& text, TimelineKind kind = TimelineKind::KeyMoment)
    {
        TimelineEvent e;
        e.occurredAt = time;
        e.description = text;
        e.kind = kind;
        return e;
    }
    static TimelineEvent dateOnly(const QDate& date, const QString& text)
    {
        TimelineEvent e;
        e.dateOnly = true;
        e.occurredAt = QDateTime(date, QTime(0, 0), Qt::UTC);
        e.description = text;
        return e;
    }
    QStringList descriptions(const TimelineModel& model) const
    {
        QStringList list;
        for (int row = 0; row < model.rowCount(); ++row) {
            list << model.index(row, TimelineModel::DescriptionColumn).data().toString();
        }
        return list;
    }
    TimelineModel* model();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    StoryDocument* m_doc = nullptr;
    qint64 m_storyId = 0;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestTimelineModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto lib = Library::open(TestSupport::libraryPath(*m_dir));
    QVERIFY2(lib.ok(), qPrintable(lib.error()));
    m_library = std::move(lib).value();
    m_storyId = m_library->createStory(TestSupport::fullStory()).value();
    m_doc = m_library->document(m_storyId);
    QVERIFY(m_doc);
    m_doc->undoStack()->clear();
}

void TestTimelineModel::cleanup()
{
    m_tester.reset();
    m_doc = nullptr;
    m_library.reset();
    m_dir.reset();
}

TimelineModel* TestTimelineModel::model()
{
    TimelineModel* model = m_doc->timeline();
    if (!m_tester) {
        model->setTimeZone(QTimeZone::utc());
        m_tester =
            std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    }
    return model;
}

void TestTimelineModel::storeRoundTrip()
{
    TimelineStore& store = m_library->timeline();
    TimelineEvent a = event(QDateTime(QDate(2024, 5, 1), QTime(9, 12, 30, 250), Qt::UTC), QStringLiteral("Pager"));
    a.actor = QStringLiteral("On-call");
    a.kind = TimelineKind::Detection;
    const TimelineEvent b = dateOnly(QDate(2024, 4, 30), QStringLiteral("Config merged"));
    QSignalSpy added(&store, &TimelineStore::eventsAdded);
    QSignalSpy touched(&m_library->stories(), &StoryStore::storyTouched);
    auto inserted = store.insert(m_storyId, {a, b});
    QVERIFY2(inserted.ok(), qPrintable(inserted.error()));
    QCOMPARE(added.size(), 1);
    QCOMPARE(touched.size(), 1);
    auto loaded = store.events(m_storyId);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->size(), 2);
    QCOMPARE(loaded.value()[0], inserted.value()[1]); // ordered by time
    QCOMPARE(loaded.value()[1], inserted.value()[0]);
    QCOMPARE(loaded.value()[1].occurredAt, a.occurredAt);
    QCOMPARE(loaded.value()[1].actor, QStringLiteral("On-call"));
    QVERIFY(loaded.value()[0].dateOnly);
    // Removing and re-inserting keeps the id (undo of a delete).
    const TimelineEvent stored = loaded.value()[1];
    QVERIFY(store.remove(m_storyId, {stored.id}).ok());
    QVERIFY(!store.event(stored.id).ok());
    QCOMPARE(store.insert(m_storyId, {stored}).value().first().id, stored.id);
    QCOMPARE(store.event(stored.id).value(), stored);
    // An event of another story cannot be removed through this one.
    QVERIFY(!store.remove(m_storyId + 1000, {stored.id}).ok());
    QVERIFY(store.event(stored.id).ok());
    // Invalid times are refused.
    QVERIFY(!store.insert(m_storyId, {event(QDateTime(), QStringLiteral("no time"))}).ok());
    QCOMPARE(store.count(m_storyId).value(), 2);
}

void TestTimelineModel::loadsSorted()
{
    QVERIFY(m_library->timeline()
                .insert(m_storyId,
                        {event(utc(10, 0), QStringLiteral("c")),
                         event(utc(9, 0), QStringLiteral("b")),
                         dateOnly(QDate(2024, 5, 1), QStringLiteral("a: same day, no time")),
                         event(utc(9, 0, 2), QStringLiteral("d"))})
                .ok());
    TimelineModel* m = model();
    QCOMPARE(
        descriptions(*m),
        QStringList(
            {QStringLiteral("a: same day, no time"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}));
    QCOMPARE(m->index(0, TimelineModel::TimeColumn).data().toString(), QStringLiteral("2024-05-01"));
    QCOMPARE(m->index(1, TimelineModel::TimeColumn).data().toString(), QStringLiteral("2024-05-01 09:00"));
    QCOMPARE(m->index(1, TimelineModel::KindColumn).data().toString(), QStringLiteral("Key moment"));
    QCOMPARE(m->columnCount(), 4);
}

void TestTimelineModel::addInsertsInOrder()
{
    TimelineModel* m = model();
    QSignalSpy inserted(m, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m, &QAbstractItemModel::modelReset);
    m->addEvents({event(utc(10, 0), QStringLiteral("ten"))});
    m->addEvents({event(utc(9, 0), QStringLiteral("nine"))});
    const QList<qint64> ids = m->addEvents({event(utc(9, 30), QStringLiteral("half past nine"))});
    QCOMPARE(ids.size(), 1);
    QCOMPARE(descriptions(*m),
             QStringList({QStringLiteral("nine"), QStringLiteral("half past nine"), QStringLiteral("ten")}));
    QCOMPARE(inserted.size(), 3);
    QCOMPARE(inserted.last().at(1).toInt(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_doc->undoStack()->count(), 3);
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Add event"));
    m_doc->undoStack()->undo();
    QCOMPARE(descriptions(*m), QStringList({QStringLiteral("nine"), QStringLiteral("ten")}));
    m_doc->undoStack()->redo();
    QCOMPARE(m->rowOf(ids.first()), 1); // same id again
}

void TestTimelineModel::timeEditMovesTheRow()
{
    TimelineModel* m = model();
    m->addEvents({event(utc(9, 0), QStringLiteral("a")),
                  event(utc(10, 0), QStringLiteral("b")),
                  event(utc(11, 0), QStringLiteral("c")),
                  event(utc(12, 0), QStringLiteral("d"))});
    m_doc->undoStack()->clear();
    QPersistentModelIndex b(m->index(1, TimelineModel::DescriptionColumn));
    QSignalSpy moved(m, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(m, &QAbstractItemModel::dataChanged);
    // Down: b to 11:30, between c and d.
    QVERIFY(m->setData(m->index(1, TimelineModel::TimeColumn), QStringLiteral("11:30")));
    QCOMPARE(descriptions(*m),
             QStringList({QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("d")}));
    QCOMPARE(moved.size(), 1);
    QCOMPARE(b.row(), 2);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.last().at(0).toModelIndex().column(), int(TimelineModel::TimeColumn));
    QCOMPARE(changed.last().at(0).toModelIndex().row(), 2);
    QCOMPARE(m->index(2, TimelineModel::TimeColumn).data().toString(), QStringLiteral("2024-05-01 11:30"));
    // Up: to the top, with a full date and time.
    QVERIFY(m->setData(m->index(2, TimelineModel::TimeColumn), QStringLiteral("2024-04-30 23:00")));
    QCOMPARE(descriptions(*m),
             QStringList({QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("d")}));
    QCOMPARE(b.row(), 0);
    // The same place: no move.
    QVERIFY(m->setData(m->index(0, TimelineModel::TimeColumn), QStringLiteral("2024-04-30 23:05")));
    QCOMPARE(moved.size(), 2);
    // Date only.
    QVERIFY(m->setData(m->index(3, TimelineModel::TimeColumn), QDate(2024, 5, 1)));
    QCOMPARE(descriptions(*m),
             QStringList({QStringLiteral("b"), QStringLiteral("d"), QStringLiteral("a"), QStringLiteral("c")}));
    QVERIFY(m->index(1, TimelineModel::TimeColumn).data(TimelineModel::DateOnlyRole).toBool());
    QCOMPARE(m->index(1, TimelineModel::TimeColumn).data().toString(), QStringLiteral("2024-05-01"));
    // Every step undoes, and the rows move back.
    QCOMPARE(m_doc->undoStack()->count(), 4);
    while (m_doc->undoStack()->canUndo()) {
        m_doc->undoStack()->undo();
    }
    QCOMPARE(descriptions(*m),
             QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}));
    QCOMPARE(m->event(1).occurredAt, utc(10, 0));
    while (m_doc->undoStack()->canRedo()) {
        m_doc->undoStack()->redo();
    }
    QCOMPARE(descriptions(*m),
             QStringList({QStringLiteral("b"), QStringLiteral("d"), QStringLiteral("a"), QStringLiteral("c")}));
    // What the model shows is what the store has.
    auto stored = m_library->timeline().events(m_storyId).value();
    QCOMPARE(stored.size(), 4);
    for (const TimelineEvent& e : stored) {
        QCOMPARE(m->event(m->rowOf(e.id)), e);
    }
}

void TestTimelineModel::editEveryColumnUndoRedo()
{
    TimelineModel* m = model();
    const qint64 id = m->addEvents({event(utc(9, 0), QStringLiteral("Pager"))}).first();
    m_doc->undoStack()->clear();
    QSignalSpy changed(m, &QAbstractItemModel::dataChanged);
    QVERIFY(m->setData(m->index(0, TimelineModel::DescriptionColumn), QStringLiteral("Pager went off")));
    QVERIFY(m->setData(m->index(0, TimelineModel::KindColumn), static_cast<int>(TimelineKind::Detection)));
    QVERIFY(m->setData(m->index(0, TimelineModel::ActorColumn), QStringLiteral("  On-call  ")));
    QVERIFY(m->setData(m->index(0, TimelineModel::KindColumn), QStringLiteral("repair")));
    QCOMPARE(changed.size(), 4);
    QCOMPARE(changed[1].at(2).value<QList<int>>().contains(Qt::DisplayRole), true);
    const TimelineEvent done = m_library->timeline().event(id).value();
    QCOMPARE(done.description, QStringLiteral("Pager went off"));
    QCOMPARE(done.kind, TimelineKind::Repair);
    QCOMPARE(done.actor, QStringLiteral("On-call"));
    QCOMPARE(m->index(0, TimelineModel::KindColumn).data().toString(), QStringLiteral("Repair"));
    // An unchanged value is no undo step.
    QVERIFY(m->setData(m->index(0, TimelineModel::ActorColumn), QStringLiteral("On-call")));
    QCOMPARE(m_doc->undoStack()->count(), 4);
    m_doc->undoStack()->undo();
    QCOMPARE(m_library->timeline().event(id).value().kind, TimelineKind::Detection);
    m_doc->undoStack()->undo();
    QCOMPARE(m_library->timeline().event(id).value().actor, QString());
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(m_library->timeline().event(id).value(), m->event(0));
    QCOMPARE(m->event(0).description, QStringLiteral("Pager"));
    QCOMPARE(m->event(0).kind, TimelineKind::KeyMoment);
    for (int i = 0; i < 4; ++i) {
        m_doc->undoStack()->redo();
    }
    QCOMPARE(m_library->timeline().event(id).value(), done);
}

void TestTimelineModel::invalidEditsChangeNothing()
{
    TimelineModel* m = model();
    m->addEvents({event(utc(9, 0), QStringLiteral("Pager"))});
    m_doc->undoStack()->clear();
    QVERIFY(!m->setData(m->index(0, TimelineModel::TimeColumn), QStringLiteral("soon")));
    QVERIFY(!m->setData(m->index(0, TimelineModel::TimeColumn), QStringLiteral("24:00")));
    QVERIFY(!m->setData(m->index(0, TimelineModel::KindColumn), 42));
    QVERIFY(!m->setData(m->index(0, TimelineModel::KindColumn), QStringLiteral("panic")));
    QVERIFY(!m->setData(m->index(0, TimelineModel::DescriptionColumn), QStringLiteral("x"), Qt::DisplayRole));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(m->event(0).occurredAt, utc(9, 0));
}

void TestTimelineModel::removeUndoRedo()
{
    TimelineModel* m = model();
    const QList<qint64> ids = m->addEvents({event(utc(9, 0), QStringLiteral("a")),
                                            event(utc(10, 0), QStringLiteral("b")),
                                            event(utc(11, 0), QStringLiteral("c"))});
    QCOMPARE(ids.size(), 3);
    const QList<TimelineEvent> before = m->events();
    m_doc->undoStack()->clear();
    QSignalSpy removed(m, &QAbstractItemModel::rowsRemoved);
    QVERIFY(m->removeEvents({ids[0], ids[2]}));
    QCOMPARE(descriptions(*m), QStringList({QStringLiteral("b")}));
    QCOMPARE(removed.size(), 2);
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Delete 2 events"));
    QCOMPARE(m_library->timeline().count(m_storyId).value(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(m->events(), before);
    QCOMPARE(m_library->timeline().events(m_storyId).value(), before);
    m_doc->undoStack()->redo();
    QCOMPARE(descriptions(*m), QStringList({QStringLiteral("b")}));
    QVERIFY(!m->removeEvents({12345}));
}

void TestTimelineModel::pasteIsOneStep()
{
    TimelineModel* m = model();
    QList<TimelineEvent> pasted;
    for (int i = 0; i < 50; ++i) {
        pasted << event(utc(8, 0).addSecs(-i * 60), QStringLiteral("line %1").arg(i));
    }
    const QList<qint64> ids = m->addEvents(pasted, QStringLiteral("Paste 50 events"));
    QCOMPARE(ids.size(), 50);
    QCOMPARE(m->rowCount(), 50);
    QCOMPARE(m->event(0).description, QStringLiteral("line 49"));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(m->rowCount(), 0);
    QCOMPARE(m_library->timeline().count(m_storyId).value(), 0);
    m_doc->undoStack()->redo();
    QCOMPARE(m->rowCount(), 50);
    QCOMPARE(m->rowOf(ids.last()), 0);
}

void TestTimelineModel::shownInTheDisplayZone()
{
    TimelineModel* m = model();
    m->addEvents({event(QDateTime(QDate(2021, 12, 10), QTime(14, 40), Qt::UTC), QStringLiteral("aware")),
                  event(QDateTime(QDate(2021, 12, 10), QTime(23, 30), Qt::UTC), QStringLiteral("late")),
                  dateOnly(QDate(2021, 12, 11), QStringLiteral("next day"))});
    QCOMPARE(descriptions(*m),
             QStringList({QStringLiteral("aware"), QStringLiteral("late"), QStringLiteral("next day")}));
    QSignalSpy reset(m, &QAbstractItemModel::modelReset);
    m->setTimeZone(QTimeZone("Europe/Berlin"));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m->index(0, TimelineModel::TimeColumn).data().toString(), QStringLiteral("2021-12-10 15:40"));
    QVERIFY(m->index(0, TimelineModel::TimeColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("14:40")));
    // 00:30 on the 11th in Berlin comes after the start of the 11th.
    QCOMPARE(descriptions(*m),
             QStringList({QStringLiteral("aware"), QStringLiteral("next day"), QStringLiteral("late")}));
    QCOMPARE(m->index(2, TimelineModel::TimeColumn).data().toString(), QStringLiteral("2021-12-11 00:30"));
    // Typed times are in the display zone.
    QVERIFY(m->setData(m->index(0, TimelineModel::TimeColumn), QStringLiteral("16:00")));
    QCOMPARE(m->event(0).occurredAt, QDateTime(QDate(2021, 12, 10), QTime(15, 0), Qt::UTC));
}

void TestTimelineModel::gaps()
{
    TimelineModel* m = model();
    QSignalSpy changed(m, &TimelineModel::timelineChanged);
    m->addEvents({event(utc(9, 0), QStringLiteral("deploy"), TimelineKind::Trigger),
                  event(utc(9, 25), QStringLiteral("alert"), TimelineKind::Detection),
                  event(utc(9, 40), QStringLiteral("second alert"), TimelineKind::Detection),
                  event(utc(10, 30), QStringLiteral("rollback"), TimelineKind::Repair),
                  dateOnly(QDate(2024, 4, 1), QStringLiteral("no time: ignored")),
                  event(utc(11, 0), QStringLiteral("tweet"), TimelineKind::Communication)});
    QVERIFY(changed.size() >= 1);
    auto g = m->gaps();
    QCOMPARE(g.triggerToDetection.value(), 25 * 60);
    QCOMPARE(g.detectionToRepair.value(), 65 * 60);
    QCOMPARE(g.triggerToRepair.value(), 90 * 60);
    // The first detection counts: without it, the second one does.
    QCOMPARE(m->event(2).description, QStringLiteral("alert"));
    QVERIFY(m->setData(m->index(2, TimelineModel::KindColumn), static_cast<int>(TimelineKind::KeyMoment)));
    QCOMPARE(m->gaps().triggerToDetection.value(), 40 * 60);
    QVERIFY(m->setData(m->index(3, TimelineModel::KindColumn), static_cast<int>(TimelineKind::KeyMoment)));
    QVERIFY(!m->gaps().triggerToDetection);
    QVERIFY(!m->gaps().detectionToRepair);
    QVERIFY(m->gaps().triggerToRepair);
}

void TestTimelineModel::proxySortsEveryColumn()
{
    TimelineModel* m = model();
    m->addEvents({event(utc(9, 0), QStringLiteral("b"), TimelineKind::Repair),
                  event(utc(10, 0), QStringLiteral("a"), TimelineKind::Trigger),
                  event(utc(11, 0), QStringLiteral("c"), TimelineKind::Detection)});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(m);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (int column = 0; column < TimelineModel::ColumnCount; ++column) {
        proxy.sort(column, Qt::DescendingOrder);
        proxy.sort(column, Qt::AscendingOrder);
    }
    proxy.sort(TimelineModel::DescriptionColumn);
    QCOMPARE(proxy.index(0, TimelineModel::DescriptionColumn).data().toString(), QStringLiteral("a"));
    // The source moving a row under a sorted proxy.
    QVERIFY(m->setData(m->index(0, TimelineModel::TimeColumn), QStringLiteral("12:00")));
    m->addEvents({event(utc(8, 0), QStringLiteral("0"))});
    QVERIFY(m->removeEvents({m->event(1).id}));
    QCOMPARE(proxy.rowCount(), 3);
}

void TestTimelineModel::searchFindsEvents()
{
    model()->addEvents({event(utc(9, 0), QStringLiteral("Zookeeper quorum lost"))});
    auto hits = m_library->stories().search(QStringLiteral("zookeep"));
    QVERIFY(hits.ok());
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().storyId, m_storyId);
}

void TestTimelineModel::reopenKeepsEvents()
{
    const QString path = m_library->path();
    model()->addEvents({event(utc(9, 0), QStringLiteral("a")), dateOnly(QDate(2024, 5, 2), QStringLiteral("b"))});
    const QList<TimelineEvent> before = model()->events();
    m_tester.reset();
    m_doc = nullptr;
    m_library.reset();
    auto lib = Library::open(path);
    QVERIFY(lib.ok());
    m_library = std::move(lib).value();
    m_doc = m_library->document(m_storyId);
    QCOMPARE(model()->events(), before);
}

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "TestTimelineModel.moc"
