#include "import/TimelineParser.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestTimelineParser : public QObject
{
    Q_OBJECT

private slots:
    void freeLines();
    void timeOnlyLines();
    void unreadableLinesAreReported();
    void zonesAndFormats();
    void labelsSetTheKind();
    void tableWithSeparateDateAndTimeColumns();
    void timestampCell_data();
    void timestampCell();
    void dfdsTimelines_data();
    void dfdsTimelines();
    void dfdsDetails();

private:
    static QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
    {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
    }
    static TimelineParser::Options utcOptions(QDate reference = {})
    {
        TimelineParser::Options o;
        o.zone = QTimeZone::utc();
        o.referenceDate = reference;
        return o;
    }
    static QString dfdsDir() { return QStringLiteral(KINTSUGI_SHARED_DATA_DIR "/postmortems/dfds"); }
    // The "## Timeline" section of a DFDS postmortem, up to the next heading.
    static QString timelineSection(const QString& path, int* rows);
};

void TestTimelineParser::freeLines()
{
    const auto r = TimelineParser::parse(QStringLiteral("2021-12-10 15:40 We became aware of it\n"
                                                        "15:45 - restarted the pods\n"
                                                        "\n"
                                                        "2021-12-11 The fix was published\n"
                                                        "- 2021-12-11 09:30: Follow-up call\n"
                                                        "**2021-12-11 10:00** Retro held"),
                                         utcOptions());
    QVERIFY(r.unreadable.isEmpty());
    QCOMPARE(r.events.size(), 5);
    QCOMPARE(r.events[0].occurredAt, utc(2021, 12, 10, 15, 40));
    QCOMPARE(r.events[0].description, QStringLiteral("We became aware of it"));
    QVERIFY(!r.events[0].dateOnly);
    QCOMPARE(r.events[0].kind, TimelineKind::KeyMoment);
    QCOMPARE(r.events[1].occurredAt, utc(2021, 12, 10, 15, 45));
    QCOMPARE(r.events[1].description, QStringLiteral("restarted the pods"));
    QVERIFY(r.events[2].dateOnly);
    QCOMPARE(r.events[2].date(), QDate(2021, 12, 11));
    QCOMPARE(r.events[2].description, QStringLiteral("The fix was published"));
    QCOMPARE(r.events[3].occurredAt, utc(2021, 12, 11, 9, 30));
    QCOMPARE(r.events[3].description, QStringLiteral("Follow-up call"));
    QCOMPARE(r.events[4].occurredAt, utc(2021, 12, 11, 10, 0));
    QCOMPARE(r.events[4].description, QStringLiteral("Retro held"));
}

void TestTimelineParser::timeOnlyLines()
{
    // Before any date: the reference date (the story's start).
    auto r = TimelineParser::parse(QStringLiteral("15:40 - restarted the pods\n23:50 still down\n00:10 back up"),
                                   utcOptions(QDate(2024, 5, 1)));
    QVERIFY(r.unreadable.isEmpty());
    QCOMPARE(r.events.size(), 3);
    QCOMPARE(r.events[0].occurredAt, utc(2024, 5, 1, 15, 40));
    QCOMPARE(r.events[1].occurredAt, utc(2024, 5, 1, 23, 50));
    QCOMPARE(r.events[2].occurredAt, utc(2024, 5, 2, 0, 10)); // past midnight
    // A time a little earlier than the one before stays on its day (logs are not always in order).
    r = TimelineParser::parse(QStringLiteral("2024-05-01 15:50 a\n14:30 b"), utcOptions());
    QCOMPARE(r.events[1].occurredAt, utc(2024, 5, 1, 14, 30));
    // No date anywhere: reported, not guessed.
    r = TimelineParser::parse(QStringLiteral("15:40 restarted"), utcOptions());
    QCOMPARE(r.events.size(), 0);
    QCOMPARE(r.unreadable.size(), 1);
    QCOMPARE(r.unreadable[0].lineNumber, 1);
    QVERIFY(!r.unreadable[0].reason.isEmpty());
}

void TestTimelineParser::unreadableLinesAreReported()
{
    const auto r = TimelineParser::parse(QStringLiteral("## Timeline\n"
                                                        "2021-12-10 15:40 ok\n"
                                                        "Then we waited\n"
                                                        "2021-02-30 10:00 no such day\n"
                                                        "25:10 no such time\n"
                                                        "---\n"
                                                        "2021-12-10 16:00 ok too"),
                                         utcOptions());
    QCOMPARE(r.events.size(), 2);
    QCOMPARE(r.unreadable.size(), 3);
    QCOMPARE(r.unreadable[0].lineNumber, 3);
    QCOMPARE(r.unreadable[0].text, QStringLiteral("Then we waited"));
    QCOMPARE(r.unreadable[1].lineNumber, 4);
    QCOMPARE(r.unreadable[2].lineNumber, 5);
}

void TestTimelineParser::zonesAndFormats()
{
    TimelineParser::Options berlin;
    berlin.zone = QTimeZone("Europe/Berlin");
    QVERIFY(berlin.zone.isValid());
    auto r = TimelineParser::parse(QStringLiteral("2021-12-10 15:40 local winter time\n"
                                                  "2021-07-10 15:40 local summer time\n"
                                                  "2021-12-10 15:40 UTC explicit zone\n"
                                                  "2021-12-10T15:40:00+02:00 ISO offset\n"
                                                  "2021-12-10T15:40:30Z ISO UTC\n"
                                                  "10.12.2021 3:40 pm German date, 12-hour clock\n"
                                                  "All times in UTC.\n"
                                                  "2021-12-10 15:40 after the note\n"
                                                  "Alle Zeiten in MEZ\n"
                                                  "2021-07-10 15:40 MEZ keeps summer time"),
                                   berlin);
    QVERIFY2(r.unreadable.isEmpty(), qPrintable(r.unreadable.value(0).text));
    QCOMPARE(r.events.size(), 8);
    QCOMPARE(r.events[0].occurredAt, utc(2021, 12, 10, 14, 40));
    QCOMPARE(r.events[1].occurredAt, utc(2021, 7, 10, 13, 40));
    QCOMPARE(r.events[2].occurredAt, utc(2021, 12, 10, 15, 40));
    QCOMPARE(r.events[2].description, QStringLiteral("explicit zone"));
    QCOMPARE(r.events[3].occurredAt, utc(2021, 12, 10, 13, 40));
    QCOMPARE(r.events[4].occurredAt, utc(2021, 12, 10, 15, 40, 30));
    QCOMPARE(r.events[5].occurredAt, utc(2021, 12, 10, 14, 40));
    QCOMPARE(r.events[5].description, QStringLiteral("German date, 12-hour clock"));
    QCOMPARE(r.events[6].occurredAt, utc(2021, 12, 10, 15, 40));
    QCOMPARE(r.events[7].occurredAt, utc(2021, 7, 10, 13, 40));

    QCOMPARE(TimelineParser::zoneFromName(QStringLiteral("UTC+2"))->offsetFromUtc(QDateTime::currentDateTimeUtc()),
             7200);
    QCOMPARE(TimelineParser::zoneFromName(QStringLiteral("GMT-05:30"))->offsetFromUtc(QDateTime::currentDateTimeUtc()),
             -(5 * 3600 + 1800));
    QVERIFY(!TimelineParser::zoneFromName(QStringLiteral("XYZ")));
    QVERIFY(!TimelineParser::zoneFromNote(QStringLiteral("All times are approximate and in doubt")));
}

void TestTimelineParser::labelsSetTheKind()
{
    const auto r = TimelineParser::parse(
        QStringLiteral("| Time | Kind | Event | Who |\n"
                       "|---|---|---|---|\n"
                       "| 2022-01-25 10:21 | | **Detection:** Alerts about i/o timeouts | On-call |\n"
                       "| 2022-01-25 15:00 | | **Recovery:** Uncordoned the node | |\n"
                       "| 2022-01-25 15:10 | Communication | Status page updated | Ana |\n"
                       "| 2022-01-25 15:20 | | Note: nothing else | |"),
        utcOptions());
    QVERIFY(r.unreadable.isEmpty());
    QCOMPARE(r.events.size(), 4);
    QCOMPARE(r.events[0].kind, TimelineKind::Detection);
    QCOMPARE(r.events[0].description, QStringLiteral("Alerts about i/o timeouts"));
    QCOMPARE(r.events[0].actor, QStringLiteral("On-call"));
    QCOMPARE(r.events[1].kind, TimelineKind::Repair);
    QCOMPARE(r.events[1].description, QStringLiteral("Uncordoned the node"));
    QCOMPARE(r.events[2].kind, TimelineKind::Communication);
    QCOMPARE(r.events[2].actor, QStringLiteral("Ana"));
    QCOMPARE(r.events[3].kind, TimelineKind::KeyMoment);
    QCOMPARE(r.events[3].description, QStringLiteral("Note: nothing else"));
}

void TestTimelineParser::tableWithSeparateDateAndTimeColumns()
{
    const auto r = TimelineParser::parse(QStringLiteral("Date | Time (UTC) | What happened\n"
                                                        ":--- | ---: | ---\n"
                                                        "2023-04-11 | 11:20:15 | Fluentd upgraded\n"
                                                        "2023-04-11 | --:-- | Time not known\n"
                                                        "2023-04-11 | 22:25 | Logs shipped again \\| verified\n"
                                                        "not a date | 22:30 | broken row\n"
                                                        "\n"
                                                        "| Name | Role |\n"
                                                        "|------|------|\n"
                                                        "| Ana | On-call |\n"),
                                         utcOptions());
    QCOMPARE(r.events.size(), 3);
    QCOMPARE(r.events[0].occurredAt, utc(2023, 4, 11, 11, 20, 15));
    QVERIFY(r.events[1].dateOnly);
    QCOMPARE(r.events[1].date(), QDate(2023, 4, 11));
    QCOMPARE(r.events[2].description, QStringLiteral("Logs shipped again | verified"));
    QCOMPARE(r.unreadable.size(), 2);
    QCOMPARE(r.unreadable[0].lineNumber, 6);
    QCOMPARE(r.unreadable[1].lineNumber, 10); // a table without a time column
}

void TestTimelineParser::timestampCell_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QDateTime>("expected");
    QTest::addColumn<bool>("dateOnly");
    QTest::newRow("full") << QStringLiteral("2021-12-10 15:40") << true << utc(2021, 12, 10, 14, 40) << false;
    QTest::newRow("seconds") << QStringLiteral(" 2021-12-10 15:40:05 ") << true << utc(2021, 12, 10, 14, 40, 5)
                             << false;
    QTest::newRow("time on the row's day") << QStringLiteral("9:05") << true << utc(2021, 12, 1, 8, 5) << false;
    QTest::newRow("date only") << QStringLiteral("2021-12-10") << true << utc(2021, 12, 10, 0, 0) << true;
    QTest::newRow("explicit utc") << QStringLiteral("2021-12-10 15:40 UTC") << true << utc(2021, 12, 10, 15, 40)
                                  << false;
    QTest::newRow("trailing words") << QStringLiteral("2021-12-10 15:40 and more") << false << QDateTime() << false;
    QTest::newRow("empty") << QString() << false << QDateTime() << false;
    QTest::newRow("nonsense") << QStringLiteral("soon") << false << QDateTime() << false;
    QTest::newRow("bad minute") << QStringLiteral("15:61") << false << QDateTime() << false;
}

void TestTimelineParser::timestampCell()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QDateTime, expected);
    QFETCH(bool, dateOnly);
    const auto ts = TimelineParser::parseTimestamp(text, QTimeZone("Europe/Berlin"), QDate(2021, 12, 1));
    QCOMPARE(ts.has_value(), valid);
    if (valid) {
        QCOMPARE(ts->utc, expected);
        QCOMPARE(ts->dateOnly, dateOnly);
    }
}

QString TestTimelineParser::timelineSection(const QString& path, int* rows)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    QStringList section;
    bool inside = false;
    for (const QString& line : lines) {
        if (line.startsWith(u'#')) {
            inside = line.contains(QStringLiteral("Timeline"), Qt::CaseInsensitive);
        }
        if (inside) {
            section << line;
        }
    }
    // Data rows: the lines after the ruler row that start with "|".
    static const QRegularExpression ruler(QStringLiteral("^\\s*\\|?\\s*:?-+"));
    *rows = 0;
    bool afterRuler = false;
    for (const QString& line : std::as_const(section)) {
        if (ruler.match(line).hasMatch() && line.contains(u'|')) {
            afterRuler = true;
        } else if (afterRuler && line.trimmed().startsWith(u'|')) {
            ++*rows;
        } else if (line.trimmed().isEmpty()) {
            afterRuler = false;
        }
    }
    return section.join(u'\n');
}

void TestTimelineParser::dfdsTimelines_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("unreadable"); // the time cells that cannot become events
    const QMap<QString, QStringList> bad = {
        {QStringLiteral("PM2020-003"), QStringList(5, QStringLiteral("20202-01-"))},
        {QStringLiteral("PM2022-004"), {QStringLiteral("2022-02-\?\? \?\?:\?\?")}},
        {QStringLiteral("PM2022-006"),
         {QStringLiteral("2021/22-\?\?-\?\? HH:mm"), QStringLiteral("2022-05-\?\? HH:mm")}},
        {QStringLiteral("PMyyyy-nnn"), {QStringLiteral("20xx-MM-DD HH:mm")}},
    };
    const QDir dir(dfdsDir());
    const QStringList files = dir.entryList({QStringLiteral("PM*")}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 40, qPrintable(dir.path()));
    bool sawFileWithoutMd = false;
    for (const QString& name : files) {
        sawFileWithoutMd = sawFileWithoutMd || !name.endsWith(QStringLiteral(".md"));
        QTest::newRow(qPrintable(name)) << dir.filePath(name) << bad.value(name.section(u' ', 0, 0));
    }
    QVERIFY(sawFileWithoutMd);
}

void TestTimelineParser::dfdsTimelines()
{
    QFETCH(QString, path);
    QFETCH(QStringList, unreadable);
    int rows = 0;
    const QString section = timelineSection(path, &rows);
    QVERIFY(rows > 0);
    const auto r = TimelineParser::parse(section, utcOptions());
    // Every row becomes an event, or is reported: none is lost.
    QCOMPARE(r.events.size() + r.unreadable.size(), rows);
    QCOMPARE(r.unreadable.size(), unreadable.size());
    const QStringList sectionLines = section.split(u'\n');
    for (int i = 0; i < unreadable.size(); ++i) {
        QVERIFY2(r.unreadable[i].text.contains(unreadable[i]), qPrintable(r.unreadable[i].text));
        QCOMPARE(r.unreadable[i].text, sectionLines[r.unreadable[i].lineNumber - 1]);
        QVERIFY(!r.unreadable[i].reason.isEmpty());
    }
    for (const TimelineEvent& e : r.events) {
        QVERIFY(e.occurredAt.isValid());
        QVERIFY2(!e.description.isEmpty(), qPrintable(path));
        QVERIFY(!e.description.contains(QStringLiteral("&amp;")));
        QVERIFY(e.occurredAt.date().year() >= 2019 && e.occurredAt.date().year() <= 2025);
    }
}

void TestTimelineParser::dfdsDetails()
{
    auto parse = [this](const QString& prefix) {
        const QStringList files = QDir(dfdsDir()).entryList({prefix + QStringLiteral("*")}, QDir::Files);
        int rows = 0;
        return TimelineParser::parse(timelineSection(QDir(dfdsDir()).filePath(files.value(0)), &rows), utcOptions());
    };
    // Header "Date and Time in CET": 12:00 CET is 11:00 UTC; "--:--" is a day without a time.
    auto r = parse(QStringLiteral("PM2019-009"));
    QCOMPARE(r.events[0].occurredAt, utc(2019, 11, 29, 11, 0));
    QVERIFY(r.events[5].dateOnly);
    QCOMPARE(r.events[5].date(), QDate(2019, 12, 3));
    // "All times in CET." above the table; "10:45~" is about 10:45.
    r = parse(QStringLiteral("PM2020-009"));
    QCOMPARE(r.events[0].occurredAt, utc(2020, 11, 17, 9, 45));
    // A range keeps its end in the description.
    // "CET" follows the clock on the wall: early October is summer time (UTC+2).
    r = parse(QStringLiteral("PM2020-007"));
    QCOMPARE(r.events[2].occurredAt, utc(2020, 10, 6, 7, 0));
    QVERIFY(r.events[2].description.endsWith(QStringLiteral("(until 11:00)")));
    // Log4Shell: a date alone, odd spacing, entities, a row out of order.
    r = parse(QStringLiteral("PM2021-011"));
    QVERIFY(r.events[0].dateOnly);
    QCOMPARE(r.events[0].description, QStringLiteral("The Log4Shell vulnerability was published"));
    QCOMPARE(r.events[1].occurredAt, utc(2021, 12, 10, 15, 40));
    QCOMPARE(r.events[4].description,
             QStringLiteral("People in CE was discussing internally about Log4J, and decided to advice S&O"));
    QCOMPARE(r.events.last().occurredAt, utc(2022, 1, 4, 11, 3));
    // Bold labels set the kind.
    r = parse(QStringLiteral("PM2022-001"));
    QCOMPARE(r.events[0].kind, TimelineKind::Detection);
    QCOMPARE(r.events[13].kind, TimelineKind::Repair);
    // One-digit hours, a leading "~", a file without ".md", "12:26-12:??".
    QCOMPARE(parse(QStringLiteral("PM2024-002")).events[0].occurredAt, utc(2024, 4, 9, 8, 40));
    QCOMPARE(parse(QStringLiteral("PM2025-001")).events[14].occurredAt, utc(2025, 3, 3, 19, 30));
    QCOMPARE(parse(QStringLiteral("PM2022-009")).events.size(), 20);
    r = parse(QStringLiteral("PM2022-008"));
    QCOMPARE(r.events[4].occurredAt, utc(2022, 8, 3, 12, 26));
    // "14:??" keeps what is known of the time.
    r = parse(QStringLiteral("PM2024-001"));
    QVERIFY(r.events[18].dateOnly);
    QVERIFY(r.events[18].description.endsWith(QStringLiteral("(at 14:\?\?)")));
}

QTEST_GUILESS_MAIN(TestTimelineParser)
#include "TestTimelineParser.moc"
