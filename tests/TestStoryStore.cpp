#include "TestSupport.h"
#include "storage/LibraryDatabase.h"
#include "storage/StoryStore.h"

#include <QSignalSpy>
#include <QTest>

class TestStoryStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createAndLoadRoundTrip();
    void createKeepsGivenId();
    void setEveryField();
    void setSectionIsImmediatelyOnDisk();
    void statusTransitionRules();
    void removeDeletesEverything();
    void missingStory();
    void unicodeSurvives_data();
    void unicodeSurvives();
    void hugeSection();
    void allTags();
    void emitsChangeSignals();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LibraryDatabase> m_lib;
    std::unique_ptr<StoryStore> m_store;
};

void TestStoryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto lib = LibraryDatabase::open(TestSupport::libraryPath(*m_dir));
    QVERIFY2(lib.ok(), qPrintable(lib.error()));
    m_lib = std::move(lib).value();
    m_store = std::make_unique<StoryStore>(*m_lib);
}

void TestStoryStore::cleanup()
{
    m_store.reset();
    m_lib.reset();
    m_dir.reset();
}

void TestStoryStore::createAndLoadRoundTrip()
{
    const Story original = TestSupport::fullStory();
    auto id = m_store->create(original);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    auto loaded = m_store->load(*id);
    QVERIFY(loaded.ok());
    Story expected = original;
    expected.id = *id;
    expected.createdAt = loaded->createdAt;
    expected.modifiedAt = loaded->modifiedAt;
    QVERIFY(loaded->createdAt.isValid());
    QCOMPARE(loaded.value(), expected);
    QVERIFY(m_lib->integrityProblems().isEmpty());
}

void TestStoryStore::createKeepsGivenId()
{
    Story s = TestSupport::fullStory();
    s.id = 42;
    QCOMPARE(m_store->create(s).value(), 42);
    QVERIFY(!m_store->create(s).ok()); // the id is taken
    QCOMPARE(m_store->count().value(), 1);
}

void TestStoryStore::setEveryField()
{
    const qint64 id = m_store->create(Story {}).value();
    const QDateTime t(QDate(2023, 2, 3), QTime(4, 5, 6), Qt::UTC);
    const Status title = m_store->setField(id, StoryField::Title, QStringLiteral("New title"));
    QVERIFY2(title.ok(), qPrintable(title.error()));
    QVERIFY(m_store->setField(id, StoryField::Kind, static_cast<int>(StoryKind::Failure)).ok());
    QVERIFY(m_store->setField(id, StoryField::Status, static_cast<int>(StoryStatus::InReview)).ok());
    QVERIFY(m_store->setField(id, StoryField::Severity, 1).ok());
    QVERIFY(m_store->setField(id, StoryField::StartedAt, t).ok());
    QVERIFY(m_store->setField(id, StoryField::DetectedAt, t.addSecs(60)).ok());
    QVERIFY(m_store->setField(id, StoryField::ResolvedAt, t.addSecs(120)).ok());
    QVERIFY(m_store->setField(id, StoryField::Authors, QStringList {QStringLiteral("b"), QStringLiteral("a")}).ok());
    QVERIFY(m_store->setField(id, StoryField::Tags, QStringList {QStringLiteral("z")}).ok());
    const Story s = m_store->load(id).value();
    QCOMPARE(s.title, QStringLiteral("New title"));
    QCOMPARE(s.kind, StoryKind::Failure);
    QCOMPARE(s.status, StoryStatus::InReview);
    QCOMPARE(s.severity, 1);
    QCOMPARE(s.startedAt, t);
    QCOMPARE(s.detectedAt, t.addSecs(60));
    QCOMPARE(s.resolvedAt, t.addSecs(120));
    QCOMPARE(s.authors, QStringList({QStringLiteral("b"), QStringLiteral("a")}));
    QCOMPARE(s.tags, QStringList {QStringLiteral("z")});
    QVERIFY(m_store->setField(id, StoryField::StartedAt, QDateTime()).ok());
    QVERIFY(!m_store->load(id).value().startedAt.isValid());
}

void TestStoryStore::setSectionIsImmediatelyOnDisk()
{
    const qint64 id = m_store->create(Story {}).value();
    QVERIFY(m_store->setSection(id, Section::Impact, QStringLiteral("Checkout was down for 12 minutes.")).ok());
    // A second, independent connection sees the committed edit.
    auto other = LibraryDatabase::open(m_lib->path());
    QVERIFY(other.ok());
    StoryStore otherStore(*other.value());
    QCOMPARE(otherStore.load(id).value().section(Section::Impact), QStringLiteral("Checkout was down for 12 minutes."));
}

void TestStoryStore::statusTransitionRules()
{
    const qint64 id = m_store->create(Story {}).value();
    const Status skip = m_store->setField(id, StoryField::Status, static_cast<int>(StoryStatus::Published));
    QVERIFY(!skip.ok());
    QVERIFY(skip.error().contains(QStringLiteral("cannot go")));
    QCOMPARE(m_store->load(id).value().status, StoryStatus::Draft);
    QVERIFY(m_store->setField(id, StoryField::Status, static_cast<int>(StoryStatus::InReview)).ok());
    QVERIFY(m_store->setField(id, StoryField::Status, static_cast<int>(StoryStatus::Published)).ok());
    QVERIFY(m_store->setField(id, StoryField::Status, static_cast<int>(StoryStatus::InReview)).ok());
}

void TestStoryStore::removeDeletesEverything()
{
    const qint64 id = m_store->create(TestSupport::fullStory()).value();
    const qint64 keep = m_store->create(TestSupport::fullStory(QStringLiteral("Keep me"))).value();
    QVERIFY(m_store->remove(id).ok());
    QVERIFY(!m_store->load(id).ok());
    QCOMPARE(m_store->count().value(), 1);
    QVERIFY(m_store->load(keep).ok());
    QVERIFY(m_lib->integrityProblems().isEmpty()); // no orphaned sections, tags or index rows
    QCOMPARE(m_store->search(QStringLiteral("storm")).value().size(), 0);
}

void TestStoryStore::missingStory()
{
    QVERIFY(!m_store->load(999).ok());
    QVERIFY(!m_store->setField(999, StoryField::Title, QStringLiteral("x")).ok());
    QVERIFY(!m_store->setSection(999, Section::Summary, QStringLiteral("x")).ok());
    const Status s = m_store->remove(999);
    QVERIFY(!s.ok());
    QVERIFY(s.error().contains(QStringLiteral("999")));
}

void TestStoryStore::unicodeSurvives_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("emoji") << QStringLiteral("Deploy 🚀 went 💥, then 🧯 👩🏽‍💻");
    QTest::newRow("arabic rtl") << QStringLiteral("انقطاع الخدمة بسبب خطأ في الإعدادات");
    QTest::newRow("hebrew mixed") << QStringLiteral("השרת prod-1 נפל ב־03:00");
    QTest::newRow("combining") << QStringLiteral("e\u0301te\u0301 Z\u0351\u0337a\u0336l\u0358g\u0310o");
    QTest::newRow("cjk") << QStringLiteral("数据库连接池耗尽，服务不可用。");
    QTest::newRow("nul and controls") << QStringLiteral("a\tb\r\nc") + QChar(0x1f) + QStringLiteral("d");
}

void TestStoryStore::unicodeSurvives()
{
    QFETCH(QString, text);
    Story s;
    s.title = text;
    s.tags = {text};
    s.setSection(Section::Summary, text);
    const qint64 id = m_store->create(s).value();
    const Story loaded = m_store->load(id).value();
    QCOMPARE(loaded.title, text);
    QCOMPARE(loaded.section(Section::Summary), text);
    QVERIFY(m_store->setSection(id, Section::Impact, text).ok());
    QCOMPARE(m_store->load(id).value().section(Section::Impact), text);
}

void TestStoryStore::hugeSection()
{
    const qint64 id = m_store->create(Story {}).value();
    QString big;
    big.reserve(5 * 1024 * 1024 + 100);
    int n = 0;
    while (big.size() < 5 * 1024 * 1024) {
        big += QStringLiteral("Line %1: connection reset by peer while draining queue shard-%2\n").arg(n).arg(n % 97);
        ++n;
    }
    big += QStringLiteral("needleword at the very end");
    QVERIFY(m_store->setSection(id, Section::SupportingInfo, big).ok());
    QCOMPARE(m_store->load(id).value().section(Section::SupportingInfo).size(), big.size());
    const auto hits = m_store->search(QStringLiteral("needlewo"));
    QVERIFY(hits.ok());
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().storyId, id);
}

void TestStoryStore::allTags()
{
    Story a;
    a.tags = {QStringLiteral("dns"), QStringLiteral("Kubernetes")};
    Story b;
    b.tags = {QStringLiteral("dns"), QStringLiteral("aws")};
    QVERIFY(m_store->create(a).ok());
    QVERIFY(m_store->create(b).ok());
    QCOMPARE(m_store->allTags().value(),
             QStringList({QStringLiteral("aws"), QStringLiteral("dns"), QStringLiteral("Kubernetes")}));
}

void TestStoryStore::emitsChangeSignals()
{
    QSignalSpy added(m_store.get(), &StoryStore::storyAdded);
    QSignalSpy changed(m_store.get(), &StoryStore::storyChanged);
    QSignalSpy section(m_store.get(), &StoryStore::sectionChanged);
    QSignalSpy removed(m_store.get(), &StoryStore::storyRemoved);
    const qint64 id = m_store->create(Story {}).value();
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.first().first().toLongLong(), id);
    QVERIFY(m_store->setField(id, StoryField::Severity, 3).ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(1).value<StoryField>(), StoryField::Severity);
    QVERIFY(m_store->setSection(id, Section::Trigger, QStringLiteral("x")).ok());
    QCOMPARE(section.count(), 1);
    QVERIFY(m_store->remove(id).ok());
    QCOMPARE(removed.count(), 1);
    // A failed write changes nothing and emits no change signal.
    QVERIFY(!m_store->setField(id, StoryField::Severity, 1).ok());
    QCOMPARE(changed.count(), 1);
}

QTEST_GUILESS_MAIN(TestStoryStore)
#include "TestStoryStore.moc"
