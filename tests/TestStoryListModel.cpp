#include "TestSupport.h"
#include "models/StoryFilterProxyModel.h"
#include "models/StoryListModel.h"
#include "storage/LibraryDatabase.h"
#include "storage/StoryStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestStoryListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void loadsAllStories();
    void followsStoreChanges();
    void exactChangeSignals();
    void untitledDisplay();
    void proxyFilters();
    void proxySearch();
    void proxySortsEveryColumn();

private:
    qint64 add(const QString& title, StoryStatus status, const QStringList& tags, int severity = 0);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LibraryDatabase> m_lib;
    std::unique_ptr<StoryStore> m_store;
};

void TestStoryListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto lib = LibraryDatabase::open(TestSupport::libraryPath(*m_dir));
    QVERIFY(lib.ok());
    m_lib = std::move(lib).value();
    m_store = std::make_unique<StoryStore>(*m_lib);
}

void TestStoryListModel::cleanup()
{
    m_store.reset();
    m_lib.reset();
    m_dir.reset();
}

qint64 TestStoryListModel::add(const QString& title, StoryStatus status, const QStringList& tags, int severity)
{
    Story s;
    s.title = title;
    s.status = status;
    s.tags = tags;
    s.severity = severity;
    return m_store->create(s).value();
}

void TestStoryListModel::loadsAllStories()
{
    add(QStringLiteral("A"), StoryStatus::Draft, {});
    add(QStringLiteral("B"), StoryStatus::Published, {QStringLiteral("dns")});
    StoryListModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(StoryListModel::ColumnCount));
    QCOMPARE(model.index(1, StoryListModel::TitleColumn).data().toString(), QStringLiteral("B"));
    QCOMPARE(model.index(1, StoryListModel::StatusColumn).data().toString(), QStringLiteral("Published"));
    QCOMPARE(model.index(1, StoryListModel::TagsColumn).data().toString(), QStringLiteral("dns"));
    QCOMPARE(model.headerData(StoryListModel::TitleColumn, Qt::Horizontal).toString(), QStringLiteral("Title"));
}

void TestStoryListModel::followsStoreChanges()
{
    StoryListModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    const qint64 a = add(QStringLiteral("A"), StoryStatus::Draft, {});
    const qint64 b = add(QStringLiteral("B"), StoryStatus::Draft, {});
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(m_store->remove(a).ok());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.idAt(0), b);
    // Restoring with the old id puts the row back in id order.
    Story again;
    again.id = a;
    again.title = QStringLiteral("A again");
    QVERIFY(m_store->create(again).ok());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.idAt(0), a);
    QCOMPARE(model.rowOf(b), 1);
}

void TestStoryListModel::exactChangeSignals()
{
    const qint64 id = add(QStringLiteral("A"), StoryStatus::Draft, {});
    add(QStringLiteral("B"), StoryStatus::Draft, {});
    StoryListModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_store->setField(id, StoryField::Severity, 2).ok());
    QCOMPARE(changed.count(), 2); // the severity cell, then the modified time
    const QModelIndex first = changed.at(0).at(0).toModelIndex();
    QCOMPARE(first.row(), 0);
    QCOMPARE(first.column(), int(StoryListModel::SeverityColumn));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), first);
    QCOMPARE(changed.at(1).at(0).toModelIndex().column(), int(StoryListModel::ModifiedColumn));
    QCOMPARE(model.index(0, StoryListModel::SeverityColumn).data().toString(), QStringLiteral("SEV2"));
    changed.clear();
    QVERIFY(m_store->setSection(id, Section::Impact, QStringLiteral("x")).ok());
    QCOMPARE(changed.count(), 1); // sections are not shown: only the modified time changes
    QCOMPARE(changed.at(0).at(0).toModelIndex().column(), int(StoryListModel::ModifiedColumn));
}

void TestStoryListModel::untitledDisplay()
{
    add(QString(), StoryStatus::Draft, {});
    StoryListModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QModelIndex title = model.index(0, StoryListModel::TitleColumn);
    QCOMPARE(title.data().toString(), QStringLiteral("Untitled story"));
    QVERIFY(title.data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(title.data(StoryListModel::SortRole).toString(), QString());
}

void TestStoryListModel::proxyFilters()
{
    add(QStringLiteral("A"), StoryStatus::Draft, {QStringLiteral("dns")});
    add(QStringLiteral("B"), StoryStatus::Published, {QStringLiteral("dns"), QStringLiteral("aws")});
    add(QStringLiteral("C"), StoryStatus::Published, {QStringLiteral("aws")});
    StoryListModel model(*m_store);
    StoryFilterProxyModel proxy(*m_store);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setStatusFilter(StoryStatus::Published);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setTagFilter(QStringLiteral("dns"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("B"));
    proxy.setKindFilter(StoryKind::Failure);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setKindFilter(std::nullopt);
    proxy.setStatusFilter(std::nullopt);
    proxy.setTagFilter(QString());
    QCOMPARE(proxy.rowCount(), 3);
    // A story that changes status leaves the filtered view at once.
    proxy.setStatusFilter(StoryStatus::Published);
    const qint64 c = model.idAt(2);
    QVERIFY(m_store->setField(c, StoryField::Status, static_cast<int>(StoryStatus::InReview)).ok());
    QCOMPARE(proxy.rowCount(), 1);
}

void TestStoryListModel::proxySearch()
{
    add(QStringLiteral("Disk full on db-3"), StoryStatus::Draft, {});
    add(QStringLiteral("Expired certificate"), StoryStatus::Draft, {});
    StoryListModel model(*m_store);
    StoryFilterProxyModel proxy(*m_store);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(proxy.setSearchText(QStringLiteral("certif")));
    QVERIFY(proxy.isSearching());
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Expired certificate"));
    QVERIFY(proxy.setSearchText(QStringLiteral("nothingmatchesthis")));
    QCOMPARE(proxy.rowCount(), 0);
    QVERIFY(proxy.setSearchText(QStringLiteral("  ")));
    QVERIFY(!proxy.isSearching());
    QCOMPARE(proxy.rowCount(), 2);
}

void TestStoryListModel::proxySortsEveryColumn()
{
    add(QStringLiteral("b"), StoryStatus::Published, {QStringLiteral("y")}, 0);
    add(QStringLiteral("A"), StoryStatus::Draft, {QStringLiteral("x")}, 3);
    add(QStringLiteral("c"), StoryStatus::InReview, {QStringLiteral("z")}, 1);
    StoryListModel model(*m_store);
    StoryFilterProxyModel proxy(*m_store);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.sort(StoryListModel::TitleColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("A"));
    QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("c"));
    proxy.sort(StoryListModel::StatusColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("A")); // Draft first
    QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("b")); // Published last
    proxy.sort(StoryListModel::SeverityColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("c")); // SEV1 first
    QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("b")); // no severity last
    for (int column = 0; column < StoryListModel::ColumnCount; ++column) {
        proxy.sort(column, Qt::DescendingOrder);
        QCOMPARE(proxy.rowCount(), 3);
    }
    // Sorted views follow edits.
    proxy.sort(StoryListModel::TitleColumn, Qt::AscendingOrder);
    QVERIFY(m_store->setField(model.idAt(2), StoryField::Title, QStringLiteral("0 first")).ok());
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("0 first"));
}

QTEST_GUILESS_MAIN(TestStoryListModel)
#include "TestStoryListModel.moc"
