#include "TestSupport.h"
#include "storage/LibraryDatabase.h"
#include "storage/StoryStore.h"

#include <QTest>

class TestSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void queryBuilding();
    void prefixMatching();
    void everyFieldIsSearchable_data();
    void everyFieldIsSearchable();
    void allWordsRequired();
    void rankedTitleFirst();
    void diacriticsAndCase();
    void hostileQueries_data();
    void hostileQueries();
    void indexFollowsEdits();

private:
    qint64 add(const QString& title, Section section, const QString& text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LibraryDatabase> m_lib;
    std::unique_ptr<StoryStore> m_store;
};

void TestSearch::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto lib = LibraryDatabase::open(TestSupport::libraryPath(*m_dir));
    QVERIFY2(lib.ok(), qPrintable(lib.error()));
    m_lib = std::move(lib).value();
    m_store = std::make_unique<StoryStore>(*m_lib);
}

void TestSearch::cleanupTestCase()
{
    m_store.reset();
    m_lib.reset();
}

qint64 TestSearch::add(const QString& title, Section section, const QString& text)
{
    Story s;
    s.title = title;
    s.setSection(section, text);
    return m_store->create(s).value();
}

void TestSearch::queryBuilding()
{
    QCOMPARE(StoryStore::ftsQuery(QStringLiteral("dns  outage")), QStringLiteral("\"dns\"* \"outage\"*"));
    QCOMPARE(StoryStore::ftsQuery(QStringLiteral("say \"hi\"")), QStringLiteral("\"say\"* \"hi\"*"));
    QCOMPARE(StoryStore::ftsQuery(QStringLiteral("  -- !! ")), QString());
    QCOMPARE(StoryStore::ftsQuery(QString()), QString());
}

void TestSearch::prefixMatching()
{
    const qint64 id = add(QStringLiteral("Kubernetes ingress outage"), Section::Summary, QStringLiteral("Traefik"));
    auto hits = m_store->search(QStringLiteral("kube"));
    QVERIFY(hits.ok());
    QVERIFY(std::any_of(hits->cbegin(), hits->cend(), [id](const SearchHit& h) { return h.storyId == id; }));
    QVERIFY(m_store->search(QStringLiteral("ubernetes")).value().isEmpty()); // prefix, not substring
}

void TestSearch::everyFieldIsSearchable_data()
{
    QTest::addColumn<int>("field"); // -1 title, -2 authors, -3 tags, else a section
    QTest::newRow("title") << -1;
    QTest::newRow("authors") << -2;
    QTest::newRow("tags") << -3;
    for (int i = 0; i < SectionCount; ++i) {
        QTest::newRow(qPrintable(QStringLiteral("section %1").arg(i))) << i;
    }
}

void TestSearch::everyFieldIsSearchable()
{
    QFETCH(int, field);
    const QString word = QStringLiteral("zqxfield%1").arg(field + 10);
    Story s;
    if (field == -1) {
        s.title = word;
    } else if (field == -2) {
        s.authors = {word};
    } else if (field == -3) {
        s.tags = {word};
    } else {
        s.sections[static_cast<size_t>(field)] = QStringLiteral("some text ") + word;
    }
    const qint64 id = m_store->create(s).value();
    auto hits = m_store->search(word);
    QVERIFY(hits.ok());
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().storyId, id);
}

void TestSearch::allWordsRequired()
{
    const qint64 both = add(QStringLiteral("Certificate expiry"), Section::Impact, QStringLiteral("payments failing"));
    add(QStringLiteral("Certificate rotation"), Section::Impact, QStringLiteral("nothing failed"));
    auto hits = m_store->search(QStringLiteral("certif paym"));
    QVERIFY(hits.ok());
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().storyId, both);
}

void TestSearch::rankedTitleFirst()
{
    const qint64 body =
        add(QStringLiteral("Slow checkout"), Section::SupportingInfo, QStringLiteral("the vortexqueue lagged"));
    const qint64 title = add(QStringLiteral("Vortexqueue meltdown"), Section::Summary, QStringLiteral("queues"));
    auto hits = m_store->search(QStringLiteral("vortexqueue"));
    QVERIFY(hits.ok());
    QCOMPARE(hits->size(), 2);
    QCOMPARE(hits->at(0).storyId, title);
    QCOMPARE(hits->at(1).storyId, body);
    QVERIFY(hits->at(0).rank <= hits->at(1).rank);
    QCOMPARE(m_store->search(QStringLiteral("vortexqueue"), 1).value().size(), 1);
}

void TestSearch::diacriticsAndCase()
{
    const qint64 id =
        add(QStringLiteral("Überlastung im Rechenzentrum"), Section::Summary, QStringLiteral("Café façade"));
    QCOMPARE(m_store->search(QStringLiteral("uberlast")).value().first().storyId, id);
    QCOMPARE(m_store->search(QStringLiteral("CAFE")).value().first().storyId, id);
    const qint64 ar = add(QStringLiteral("انقطاع"), Section::Summary, QStringLiteral("خادم"));
    QCOMPARE(m_store->search(QStringLiteral("انقط")).value().first().storyId, ar);
}

void TestSearch::hostileQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("fts syntax") << QStringLiteral("title:foo OR NEAR(a b) AND NOT *");
    QTest::newRow("quotes") << QStringLiteral("\"\"\" \"");
    QTest::newRow("sql") << QStringLiteral("'; DROP TABLE story; --");
    QTest::newRow("parens") << QStringLiteral("((((");
    QTest::newRow("caret") << QStringLiteral("^start col:");
    QTest::newRow("long") << QString(5000, QLatin1Char('a'));
}

void TestSearch::hostileQueries()
{
    QFETCH(QString, query);
    auto hits = m_store->search(query);
    QVERIFY2(hits.ok(), qPrintable(hits.error()));
    QVERIFY(m_store->count().value() > 0); // nothing was dropped
}

void TestSearch::indexFollowsEdits()
{
    const qint64 id = add(QStringLiteral("Renamed later"), Section::Summary, QStringLiteral("oldwordxyz"));
    QCOMPARE(m_store->search(QStringLiteral("oldwordxyz")).value().size(), 1);
    QVERIFY(m_store->setSection(id, Section::Summary, QStringLiteral("newwordxyz")).ok());
    QCOMPARE(m_store->search(QStringLiteral("oldwordxyz")).value().size(), 0);
    QCOMPARE(m_store->search(QStringLiteral("newwordxyz")).value().size(), 1);
    QVERIFY(m_store->setField(id, StoryField::Title, QStringLiteral("Zebracorn incident")).ok());
    QCOMPARE(m_store->search(QStringLiteral("zebrac")).value().size(), 1);
    QCOMPARE(m_store->search(QStringLiteral("renamed")).value().size(), 0);
    QVERIFY(m_store->setField(id, StoryField::Tags, QStringList {QStringLiteral("tagwordxyz")}).ok());
    QCOMPARE(m_store->search(QStringLiteral("tagwordxyz")).value().size(), 1);
    QVERIFY(m_store->remove(id).ok());
    QCOMPARE(m_store->search(QStringLiteral("newwordxyz")).value().size(), 0);
    QVERIFY(m_lib->integrityProblems().isEmpty());
}

QTEST_GUILESS_MAIN(TestSearch)
#include "TestSearch.moc"
