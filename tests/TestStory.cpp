#include "domain/Story.h"
#include "domain/StoryRules.h"

#include <QTest>

class TestStory : public QObject
{
    Q_OBJECT

private slots:
    void durations();
    void durationsNeedBothTimes();
    void timeWarnings_data();
    void timeWarnings();
    void untitled();
    void statusTransitions();
    void keysRoundTrip();
    void formatDuration_data();
    void formatDuration();
    void splitList();
    void fieldAccess();
};

namespace {
QDateTime at(int h, int m)
{
    return QDateTime(QDate(2024, 1, 10), QTime(h, m), Qt::UTC);
}
} // namespace

void TestStory::durations()
{
    Story s;
    s.startedAt = at(10, 0);
    s.detectedAt = at(10, 25);
    s.resolvedAt = at(12, 5);
    QCOMPARE(s.timeToDetect().value(), 25 * 60);
    QCOMPARE(s.timeToResolve().value(), 125 * 60);
}

void TestStory::durationsNeedBothTimes()
{
    Story s;
    s.detectedAt = at(10, 25);
    QVERIFY(!s.timeToDetect());
    QVERIFY(!s.timeToResolve());
    s.startedAt = at(10, 0);
    QVERIFY(s.timeToDetect());
    QVERIFY(!s.timeToResolve());
}

void TestStory::timeWarnings_data()
{
    QTest::addColumn<QDateTime>("started");
    QTest::addColumn<QDateTime>("detected");
    QTest::addColumn<QDateTime>("resolved");
    QTest::addColumn<int>("warnings");
    QTest::newRow("ordered") << at(10, 0) << at(10, 5) << at(11, 0) << 0;
    QTest::newRow("resolved before detected") << at(10, 0) << at(10, 30) << at(10, 20) << 1;
    QTest::newRow("detected before start") << at(10, 0) << at(9, 30) << at(11, 0) << 1;
    QTest::newRow("resolved before start, no detection") << at(10, 0) << QDateTime() << at(9, 0) << 1;
    QTest::newRow("nothing set") << QDateTime() << QDateTime() << QDateTime() << 0;
}

void TestStory::timeWarnings()
{
    QFETCH(QDateTime, started);
    QFETCH(QDateTime, detected);
    QFETCH(QDateTime, resolved);
    QFETCH(int, warnings);
    Story s;
    s.startedAt = started;
    s.detectedAt = detected;
    s.resolvedAt = resolved;
    QCOMPARE(s.timeWarnings().size(), warnings);
}

void TestStory::untitled()
{
    Story s;
    QCOMPARE(s.displayTitle(), QStringLiteral("Untitled story"));
    s.title = QStringLiteral("   \t ");
    QCOMPARE(s.displayTitle(), QStringLiteral("Untitled story"));
    s.title = QStringLiteral("Outage 🔥");
    QCOMPARE(s.displayTitle(), QStringLiteral("Outage 🔥"));
}

void TestStory::statusTransitions()
{
    using S = StoryStatus;
    QVERIFY(StoryRules::canTransition(S::Draft, S::InReview));
    QVERIFY(StoryRules::canTransition(S::InReview, S::Published));
    QVERIFY(StoryRules::canTransition(S::Published, S::InReview));
    QVERIFY(StoryRules::canTransition(S::InReview, S::Draft));
    QVERIFY(StoryRules::canTransition(S::Draft, S::Draft));
    QVERIFY(!StoryRules::canTransition(S::Draft, S::Published));
    QVERIFY(!StoryRules::canTransition(S::Published, S::Draft));
}

void TestStory::keysRoundTrip()
{
    for (StoryStatus s : StoryRules::allStatuses()) {
        QCOMPARE(StoryRules::statusFromKey(StoryRules::statusKey(s)).value(), s);
    }
    for (StoryKind k : StoryRules::allKinds()) {
        QCOMPARE(StoryRules::kindFromKey(StoryRules::kindKey(k)).value(), k);
    }
    QStringList keys;
    for (Section s : StoryRules::allSections()) {
        QCOMPARE(StoryRules::sectionFromKey(StoryRules::sectionKey(s)).value(), s);
        QVERIFY(!StoryRules::sectionTitle(s).isEmpty());
        keys << StoryRules::sectionKey(s);
    }
    keys.removeDuplicates();
    QCOMPARE(keys.size(), SectionCount);
    QVERIFY(!StoryRules::statusFromKey(QStringLiteral("bogus")));
    QCOMPARE(StoryRules::severityName(0), QStringLiteral("None"));
    QCOMPARE(StoryRules::severityName(3), QStringLiteral("SEV3"));
}

void TestStory::formatDuration_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("seconds") << qint64(45) << QStringLiteral("45 s");
    QTest::newRow("minutes") << qint64(26 * 60) << QStringLiteral("26 min");
    QTest::newRow("hours") << qint64(2 * 3600 + 5 * 60) << QStringLiteral("2 h 5 min");
    QTest::newRow("days") << qint64(3 * 86400 + 4 * 3600) << QStringLiteral("3 d 4 h");
    QTest::newRow("negative") << qint64(-600) << QStringLiteral("−10 min");
}

void TestStory::formatDuration()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(StoryRules::formatDuration(seconds), text);
}

void TestStory::splitList()
{
    QCOMPARE(StoryRules::splitList(QStringLiteral(" a, b ,,c , a ")),
             QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QVERIFY(StoryRules::splitList(QStringLiteral(" , ")).isEmpty());
}

void TestStory::fieldAccess()
{
    Story s;
    s.setField(StoryField::Title, QStringLiteral("x"));
    s.setField(StoryField::Severity, 9);
    s.setField(StoryField::Status, static_cast<int>(StoryStatus::Published));
    s.setField(StoryField::Tags, QStringList {QStringLiteral("t")});
    s.setField(StoryField::StartedAt, at(1, 2));
    QCOMPARE(s.title, QStringLiteral("x"));
    QCOMPARE(s.severity, 5); // clamped
    QCOMPARE(s.status, StoryStatus::Published);
    QCOMPARE(s.field(StoryField::Tags).toStringList(), QStringList {QStringLiteral("t")});
    QCOMPARE(s.field(StoryField::StartedAt).toDateTime(), at(1, 2));
}

QTEST_GUILESS_MAIN(TestStory)
#include "TestStory.moc"
