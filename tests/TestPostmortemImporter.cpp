#include "TestSupport.h"
#include "domain/TimelineRules.h"
#include "export/MarkdownExport.h"
#include "import/ImportCoverage.h"
#include "import/PostmortemImporter.h"

#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTest>

namespace {

QString sharedData(const QString& path)
{
    return QStringLiteral(KINTSUGI_SHARED_DATA_DIR "/") + path;
}

QString testData(const QString& name)
{
    return QStringLiteral(KINTSUGI_TEST_DATA_DIR "/import/") + name;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ImportedStory importFile(const QString& path)
{
    auto outcome = PostmortemImporter::readFile(path, {});
    if (!outcome.story) {
        qWarning() << path << outcome.skipReason;
        return {};
    }
    return *outcome.story;
}

QString lostText(const QList<ImportCoverage::Miss>& misses)
{
    QStringList lines;
    for (const auto& m : misses) {
        lines << QStringLiteral("%1: %2").arg(m.lineNumber).arg(m.line);
    }
    return lines.join(u'\n');
}

int lessonsOf(const ImportedStory& s, LessonKind kind)
{
    return static_cast<int>(
        std::count_if(s.lessons.cbegin(), s.lessons.cend(), [kind](const Lesson& l) { return l.kind == kind; }));
}

} // namespace

class TestPostmortemImporter : public QObject
{
    Q_OBJECT

private slots:
    void sharedFilesLoseNothing_data();
    void sharedFilesLoseNothing();
    void coverageCheckerFindsLosses();
    void dfdsLog4Shell();
    void dfdsFileWithoutEnding();
    void dfdsTemplate();
    void srebookTemplate();
    void frontMatterAndPagerDutyStyle();
    void atlassianStyle();
    void encodings();
    void skipsBinaryHugeAndEmpty();
    void hostileInputNeverCrashes();
    void headingsByMeaning();
    void markdownExportRoundTrip();
};

void TestPostmortemImporter::sharedFilesLoseNothing_data()
{
    QTest::addColumn<QString>("path");
    int count = 0;
    for (const QString& folder : {QStringLiteral("postmortems"), QStringLiteral("templates")}) {
        QDirIterator it(sharedData(folder), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QTest::newRow(qPrintable(path.mid(path.indexOf(folder)))) << path;
            ++count;
        }
    }
    // The folder holds 40 DFDS files (README and template included), their licence and 7 templates.
    QVERIFY2(count >= 48, qPrintable(QString::number(count)));
    for (const QString& name :
         {QStringLiteral("atlassian-style.md"), QStringLiteral("pagerduty-style.md"), QStringLiteral("crlf.md")}) {
        QTest::newRow(qPrintable(name)) << testData(name);
    }
}

void TestPostmortemImporter::sharedFilesLoseNothing()
{
    QFETCH(QString, path);
    const QByteArray bytes = readAll(path);
    QVERIFY(!bytes.isEmpty());
    auto outcome = PostmortemImporter::readBytes(bytes, path, {});
    QVERIFY2(outcome.story, qPrintable(outcome.skipReason));
    const ImportedStory& story = *outcome.story;
    QCOMPARE(story.story.status, StoryStatus::Draft);
    QCOMPARE(story.story.kind, StoryKind::Postmortem);
    QVERIFY(!story.story.title.trimmed().isEmpty());
    const auto lost = ImportCoverage::lostLines(*PostmortemImporter::decode(bytes, nullptr), story);
    QVERIFY2(lost.isEmpty(), qPrintable(lostText(lost)));
}

void TestPostmortemImporter::coverageCheckerFindsLosses()
{
    const QString source = QStringLiteral("# T\n\n## Summary\n\nKept line\n\n## Unknown\n\nSecret line\n");
    ImportedStory story = PostmortemImporter::readText(source, QStringLiteral("x.md"), {});
    QVERIFY(ImportCoverage::lostLines(source, story).isEmpty());
    // Drop a line from the story on purpose: the checker must notice.
    story.story.setSection(Section::SupportingInfo, QString());
    const auto lost = ImportCoverage::lostLines(source, story);
    QCOMPARE(lost.size(), 2); // the heading "Unknown" and its line
    QCOMPARE(lost.last().line, QStringLiteral("Secret line"));
    QCOMPARE(lost.last().lineNumber, 9);
    QCOMPARE(ImportCoverage::words(QStringLiteral("- **S&amp;O** | `x`")), QStringLiteral("s o x"));
}

void TestPostmortemImporter::dfdsLog4Shell()
{
    const ImportedStory s = importFile(sharedData(QStringLiteral("postmortems/dfds/PM2021-011 - Log4Shell.md")));
    QCOMPARE(s.story.title, QStringLiteral("Log4Shell investigations"));
    QVERIFY(s.story.section(Section::Summary).startsWith(QStringLiteral("Investigating if DFDS")));
    QVERIFY(s.story.section(Section::Summary).contains(QStringLiteral("CVE-2021-44228")));
    QCOMPARE(s.events.size(), 26);
    QCOMPARE(s.events.first().description, QStringLiteral("The Log4Shell vulnerability was published"));
    QVERIFY(s.events.first().dateOnly);
    QCOMPARE(s.events[1].occurredAt, QDateTime(QDate(2021, 12, 10), QTime(15, 40), Qt::UTC));
    QCOMPARE(s.actions.size(), 6);
    QCOMPARE(s.actions.first().title,
             QStringLiteral(
                 "Teach the teams how to scan and secure their infrastructure and artifacts (Docker images etc)"));
    QCOMPARE(s.actions[4].ticketUrl, QStringLiteral("https://github.com/darkbitio/aws-recon"));
    // 3 items under "Reflections on external collaboration" (with their nested lines) and 12 under "General".
    QCOMPARE(lessonsOf(s, LessonKind::Lesson), 15);
    QVERIFY(s.lessons.first().text.startsWith(QStringLiteral("With S&O\n")));
    QVERIFY(s.lessons.first().text.contains(QStringLiteral("Shared board worked well")));
    QCOMPARE(s.story.startedAt, QDateTime(QDate(2021, 12, 10), QTime(0, 0), Qt::UTC));
    QVERIFY(s.story.tags.contains(QStringLiteral("Cloud Infrastructure and Source Code")));
    const QString supporting = s.story.section(Section::SupportingInfo);
    QVERIFY(supporting.contains(QStringLiteral("## Attendees\n\n- AN, JS, JW")));
    QVERIFY(supporting.contains(QStringLiteral("All times in UTC.")));
    QVERIFY(supporting.contains(QStringLiteral("### General")));
    QVERIFY(supporting.contains(QStringLiteral("Time to detection: N/A")));
    QVERIFY(supporting.endsWith(QStringLiteral("(source kintsugi-import-%1).").arg(s.fingerprint)));
}

void TestPostmortemImporter::dfdsFileWithoutEnding()
{
    const ImportedStory s = importFile(
        sharedData(QStringLiteral("postmortems/dfds/PM2022-009 - Bad AWS EKS AMI causing Kubernetes issues")));
    QCOMPARE(s.story.title, QStringLiteral("Bad AWS EKS AMI"));
    QCOMPARE(s.events.size(), 20);
    QCOMPARE(s.story.startedAt, QDateTime(QDate(2022, 10, 29), QTime(1, 2), Qt::UTC));
    QVERIFY(s.story.section(Section::RootCauses).contains(QStringLiteral("No on-call escalation paths")));
    QVERIFY(s.story.section(Section::Summary).contains(QStringLiteral("rolling the EC2 AutoScaling group")));
}

void TestPostmortemImporter::dfdsTemplate()
{
    const QString path = sharedData(QStringLiteral("postmortems/dfds/PMyyyy-nnn - Postmortem template.md"));
    const ImportedStory s = importFile(path);
    QCOMPARE(s.story.title, QStringLiteral("Incident Title"));
    QVERIFY(s.events.isEmpty());
    QVERIFY(s.actions.isEmpty()); // "-" is a placeholder, not an action
    QVERIFY(s.lessons.isEmpty());
    // The placeholder row stays as text, with a warning.
    QVERIFY(s.story.section(Section::SupportingInfo).contains(QStringLiteral("20xx-MM-DD HH:mm")));
    QCOMPARE(s.warnings.size(), 1);
    QVERIFY(s.story.tags.isEmpty()); // "Category: XXX" is a placeholder
}

void TestPostmortemImporter::srebookTemplate()
{
    const ImportedStory s = importFile(sharedData(QStringLiteral("templates/postmortem-template-srebook.md")));
    QCOMPARE(s.story.title, QStringLiteral("Title (incident #)"));
    for (const QString& text : s.story.sections) {
        QVERIFY(!text.contains(QStringLiteral("### Summary")));
    }
    QVERIFY(s.story.section(Section::SupportingInfo).contains(QStringLiteral("Template from")));
}

void TestPostmortemImporter::frontMatterAndPagerDutyStyle()
{
    const ImportedStory s = importFile(testData(QStringLiteral("pagerduty-style.md")));
    const Story& st = s.story;
    QCOMPARE(st.title, QStringLiteral("Search index lag"));
    QCOMPARE(st.startedAt, QDateTime(QDate(2023, 11, 2), QTime(14, 0), Qt::UTC));
    QCOMPARE(st.resolvedAt, QDateTime(QDate(2023, 11, 2), QTime(16, 30), Qt::UTC));
    QCOMPARE(st.tags, (QStringList {QStringLiteral("search"), QStringLiteral("kafka")}));
    QCOMPARE(st.severity, 2);
    QVERIFY(
        st.section(Section::Summary)
            .startsWith(QStringLiteral("Search results were up to two hours stale.\nNew products did not appear.")));
    QVERIFY(st.section(Section::Summary).contains(QStringLiteral("### What Happened\nA consumer group")));
    QVERIFY(st.section(Section::RootCauses).contains(QStringLiteral("Consumer session timeout too short")));
    QCOMPARE(st.section(Section::Resolution), QStringLiteral("We raised the session timeout."));
    QVERIFY(st.section(Section::Impact).contains(QStringLiteral("2.5 hours")));
    const QString supporting = st.section(Section::SupportingInfo);
    for (const char* kept : {"company: Example Corp",
                             "product: Search",
                             "url: https://status.example.com/incidents/42",
                             "reviewers:\n  - Ana\n  - Ben",
                             "severity: SEV2 (major)",
                             "## Responders",
                             "soon after",
                             "## Messaging"}) {
        QVERIFY2(supporting.contains(QString::fromUtf8(kept)), kept);
    }
    QCOMPARE(s.events.size(), 2);
    // "Alert:" names the kind of the event.
    QCOMPARE(s.events[1].description, QStringLiteral("consumer lag high"));
    QCOMPARE(s.events[1].kind, TimelineKind::Detection);
    QCOMPARE(lessonsOf(s, LessonKind::WentWell), 1);
    QCOMPARE(lessonsOf(s, LessonKind::WentWrong), 1);
    QCOMPARE(lessonsOf(s, LessonKind::GotLucky), 1);
    QVERIFY(st.section(Section::WentWrong).contains(QStringLiteral("Runbook was out of date")));
    QCOMPARE(s.actions.size(), 2);
    QCOMPARE(s.actions[0].title, QStringLiteral("Increase session timeout"));
    QCOMPARE(s.actions[0].owner, QStringLiteral("Ana"));
    QCOMPARE(s.actions[0].dueDate, QDate(2023, 11, 10));
    QCOMPARE(s.actions[0].ticketUrl, QStringLiteral("https://tracker.example.com/SRCH-1"));
    QCOMPARE(s.actions[0].status, ActionStatus::Done);
    QCOMPARE(s.actions[1].status, ActionStatus::InProgress);
    QVERIFY(s.actions[1].title.contains(QStringLiteral("SRCH-2")));
}

void TestPostmortemImporter::atlassianStyle()
{
    const ImportedStory s = importFile(testData(QStringLiteral("atlassian-style.md")));
    const Story& st = s.story;
    QCOMPARE(st.title, QStringLiteral("Payments API outage"));
    QCOMPARE(st.authors, QStringList {QStringLiteral("Priya Raman")});
    QVERIFY(st.section(Section::Summary).contains(QStringLiteral("40% of card payments failed")));
    QVERIFY(st.section(Section::Trigger).contains(QStringLiteral("configuration change to the connection pool")));
    QVERIFY(st.section(Section::Trigger).contains(QStringLiteral("### Fault\nThe pool size dropped")));
    QVERIFY(st.section(Section::Detection).contains(QStringLiteral("alert fired at 09:14")));
    QVERIFY(st.section(Section::Resolution).contains(QStringLiteral("on-call engineer")));
    QVERIFY(st.section(Section::Resolution).contains(QStringLiteral("### Recovery")));
    QVERIFY(st.section(Section::RootCauses).contains(QStringLiteral("1. Why did payments fail?")));
    QVERIFY(st.section(Section::RootCauses).contains(QStringLiteral("### Blameless root cause")));
    QVERIFY(st.section(Section::SupportingInfo).contains(QStringLiteral("INC-4711")));
    QCOMPARE(s.events.size(), 3);
    QCOMPARE(s.events[1].kind, TimelineKind::Detection);
    QCOMPARE(s.events[2].kind, TimelineKind::Repair);
    QCOMPARE(st.startedAt, QDateTime(QDate(2024, 3, 5), QTime(9, 5), Qt::UTC));
    QCOMPARE(st.detectedAt, QDateTime(QDate(2024, 3, 5), QTime(9, 14), Qt::UTC));
    QCOMPARE(st.resolvedAt, QDateTime(QDate(2024, 3, 5), QTime(9, 58), Qt::UTC));
    QVERIFY(st.section(Section::SupportingInfo).contains(QStringLiteral("Afterwards the team met to review.")));
    QCOMPARE(lessonsOf(s, LessonKind::Lesson), 2);
    QCOMPARE(s.actions.size(), 3);
    QCOMPARE(s.actions[0].status, ActionStatus::Done);
    QCOMPARE(s.actions[0].owner, QStringLiteral("Priya"));
    QCOMPARE(s.actions[0].dueDate, QDate(2024, 3, 12));
    QCOMPARE(s.actions[1].status, ActionStatus::Open);
    QCOMPARE(s.actions[1].owner, QStringLiteral("sam"));
    QCOMPARE(s.actions[1].ticketUrl, QStringLiteral("https://tracker.example.com/PAY-12"));
    QCOMPARE(s.actions[2].status, ActionStatus::InProgress);
}

void TestPostmortemImporter::encodings()
{
    const QString text = QStringLiteral("# Ärger mit Überlast\n\n## Summary\n\nGrüße – „ok“\n");
    const QByteArray utf8 = text.toUtf8();
    QStringList warnings;
    QCOMPARE(*PostmortemImporter::decode("\xEF\xBB\xBF" + utf8, &warnings), text);
    QStringEncoder le(QStringEncoder::Utf16LE);
    QStringEncoder be(QStringEncoder::Utf16BE);
    QCOMPARE(*PostmortemImporter::decode(QByteArray("\xFF\xFE", 2) + QByteArray(le(text)), &warnings), text);
    QCOMPARE(*PostmortemImporter::decode(QByteArray("\xFE\xFF", 2) + QByteArray(be(text)), &warnings), text);
    QVERIFY(warnings.isEmpty());
    auto bom =
        PostmortemImporter::readBytes(QByteArray("\xFF\xFE", 2) + QByteArray(le(text)), QStringLiteral("a.md"), {});
    QVERIFY(bom.story);
    QCOMPARE(bom.story->story.title, QStringLiteral("Ärger mit Überlast"));
    QCOMPARE(bom.story->story.section(Section::Summary), QStringLiteral("Grüße – „ok“"));

    const ImportedStory crlf = importFile(testData(QStringLiteral("crlf.md")));
    QCOMPARE(crlf.story.section(Section::Summary), QStringLiteral("CRLF line endings here."));
    QVERIFY(!crlf.story.section(Section::SupportingInfo).contains(u'\r'));

    QByteArray broken = "# Broken \xC3\x28 bytes\n\n## Summary\n\nbad \xFF byte\n";
    auto outcome = PostmortemImporter::readBytes(broken, QStringLiteral("b.md"), {});
    QVERIFY(outcome.story);
    QCOMPARE(outcome.story->warnings.size(), 1);
    QVERIFY(outcome.story->warnings.first().contains(QStringLiteral("UTF-8")));
    QVERIFY(outcome.story->story.section(Section::Summary).contains(QChar(0xfffd)));
}

void TestPostmortemImporter::skipsBinaryHugeAndEmpty()
{
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    auto binary = PostmortemImporter::readBytes(png, QStringLiteral("x.md"), {});
    QVERIFY(!binary.story);
    QCOMPARE(binary.skipReason, QStringLiteral("not a text file"));
    PostmortemImporter::Options small;
    small.maxBytes = 1024 * 1024;
    auto huge = PostmortemImporter::readBytes(QByteArray(2 * 1024 * 1024, 'a'), QStringLiteral("h.md"), small);
    QVERIFY(!huge.story);
    QCOMPARE(huge.skipReason, QStringLiteral("larger than 1 MB"));
    auto empty = PostmortemImporter::readBytes(" \n\n", QStringLiteral("e.md"), {});
    QVERIFY(!empty.story);
    QCOMPARE(empty.skipReason, QStringLiteral("empty file"));
    auto missing = PostmortemImporter::readFile(QStringLiteral("/nonexistent/x.md"), {});
    QCOMPARE(missing.skipReason, QStringLiteral("no such file"));
}

void TestPostmortemImporter::hostileInputNeverCrashes()
{
    const QStringList texts = {
        QStringLiteral("---\n"),
        QStringLiteral("---\ntitle: [unclosed\nfoo: |\n---\n"),
        QStringLiteral("---\n: :\n- - -\n---\n# \n#\n######\n"),
        QStringLiteral("```\n# not a heading\n## Timeline\n"),
        QStringLiteral("## Timeline\n| Time |\n|---|\n| 99:99 |\n|||\n| 2021-13-45 25:61 | x |\n"),
        QStringLiteral("## Action Items\n| a | b |\n|---|---|\n|\n- [x]\n- [ ]\n1.\n"),
        QStringLiteral("## Lessons Learned\n") + QStringLiteral("  ").repeated(50) + QStringLiteral("- deep\n"),
        QString(100000, u'#'),
        QStringLiteral("Title\n=====\n\nSummary\n-------\ntext\n"),
        QStringLiteral("**Summary**\n\nbold heading\n"),
        QStringLiteral("<!-- [Describe the impact] -->\n## Impact\n[Describe the impact]\n"),
    };
    for (const QString& text : texts) {
        const ImportedStory s = PostmortemImporter::readText(text, QStringLiteral("h.md"), {});
        const auto lost = ImportCoverage::lostLines(text, s);
        QVERIFY2(lost.isEmpty(), qPrintable(text.left(60) + u'\n' + lostText(lost)));
    }
    QRandomGenerator random(42);
    for (int round = 0; round < 200; ++round) {
        QByteArray bytes(static_cast<int>(random.bounded(2000)), Qt::Uninitialized);
        for (char& c : bytes) {
            // Mostly Markdown punctuation, digits and a few raw bytes.
            static const char alphabet[] = "#|-*[]()x: \n\n\t>`~_012345:.aZ\xC3\xA4\xFF";
            c = alphabet[random.bounded(static_cast<int>(sizeof alphabet - 1))];
        }
        auto outcome = PostmortemImporter::readBytes(bytes, QStringLiteral("r.md"), {});
        if (outcome.story) {
            const auto lost = ImportCoverage::lostLines(*PostmortemImporter::decode(bytes, nullptr), *outcome.story);
            QVERIFY2(lost.isEmpty(), qPrintable(QString::number(round) + u'\n' + lostText(lost)));
        }
    }
}

void TestPostmortemImporter::headingsByMeaning()
{
    const QString text = QStringLiteral("# T\n## 1. Incident Summary:\nA\n## Summary of impact\nB\n"
                                        "## ROOT CAUSE(S)\nC\n### Trigger(s)\nD\n## Zusammenfassung\nE\n"
                                        "## Mitigation & Resolution\nF\n## Follow-ups\n- G\n## Lessons Learnt\n- H\n"
                                        "## What went badly\n- I\n## Where did we get lucky?\n- J\n");
    const ImportedStory s = PostmortemImporter::readText(text, QStringLiteral("h.md"), {});
    QCOMPARE(s.story.section(Section::Summary), QStringLiteral("A\n\n### Zusammenfassung\nE"));
    QCOMPARE(s.story.section(Section::Impact), QStringLiteral("B"));
    QCOMPARE(s.story.section(Section::RootCauses), QStringLiteral("C"));
    QCOMPARE(s.story.section(Section::Trigger), QStringLiteral("D"));
    QCOMPARE(s.story.section(Section::Resolution), QStringLiteral("F"));
    QCOMPARE(s.actions.size(), 1);
    QCOMPARE(s.lessons.size(), 3);
    QCOMPARE(s.lessons[1].kind, LessonKind::WentWrong);
    QCOMPARE(s.lessons[2].kind, LessonKind::GotLucky);
}

void TestPostmortemImporter::markdownExportRoundTrip()
{
    StoryBundle bundle;
    bundle.story = TestSupport::fullStory(QStringLiteral("Pager \"storm\": part 2"));
    bundle.story.status = StoryStatus::Draft;
    bundle.story.setSection(Section::Summary, QStringLiteral("First line.\n\n- a list item\n\n```\ncode\n```"));
    bundle.story.setSection(Section::SupportingInfo, QStringLiteral("See the dashboard."));
    TimelineEvent e1;
    e1.occurredAt = QDateTime(QDate(2024, 5, 1), QTime(9, 0, 5), Qt::UTC);
    e1.kind = TimelineKind::Trigger;
    e1.description = QStringLiteral("Deploy started");
    e1.actor = QStringLiteral("CI");
    TimelineEvent e2;
    e2.occurredAt = QDateTime(QDate(2024, 5, 2), QTime(0, 0), Qt::UTC);
    e2.dateOnly = true;
    e2.kind = TimelineKind::Repair;
    e2.description = QStringLiteral("Fix rolled out");
    bundle.timeline = {e1, e2};
    for (LessonKind kind : {LessonKind::Lesson, LessonKind::WentWell, LessonKind::WentWrong, LessonKind::GotLucky}) {
        Lesson l;
        l.kind = kind;
        l.text = QStringLiteral("Lesson of kind %1").arg(static_cast<int>(kind));
        bundle.lessons << l;
    }
    bundle.lessons[0].text = QStringLiteral("Two lines:\nsecond line");
    ActionItem a1;
    a1.title = QStringLiteral("Add an alert");
    a1.owner = QStringLiteral("Ana");
    a1.dueDate = QDate(2024, 6, 1);
    a1.status = ActionStatus::InProgress;
    a1.priority = 1;
    a1.type = ActionType::Detect;
    a1.ticketUrl = QStringLiteral("https://tracker.example.com/A-1");
    ActionItem a2;
    a2.title = QStringLiteral("Write the runbook");
    a2.status = ActionStatus::Done;
    bundle.actions = {a1, a2};
    const QString markdown = MarkdownExport::story(bundle, {});
    const ImportedStory back = PostmortemImporter::readText(markdown, QStringLiteral("export.md"), {});
    QVERIFY2(ImportCoverage::lostLines(markdown, back).isEmpty(),
             qPrintable(lostText(ImportCoverage::lostLines(markdown, back))));
    const Story& s = back.story;
    QCOMPARE(s.title, bundle.story.title);
    QCOMPARE(s.kind, bundle.story.kind);
    QCOMPARE(s.severity, bundle.story.severity);
    QCOMPARE(s.startedAt, bundle.story.startedAt);
    QCOMPARE(s.detectedAt, bundle.story.detectedAt);
    QCOMPARE(s.resolvedAt, bundle.story.resolvedAt);
    QCOMPARE(s.authors, bundle.story.authors);
    QCOMPARE(s.tags, bundle.story.tags);
    for (Section section : {Section::Summary,
                            Section::Impact,
                            Section::Trigger,
                            Section::Detection,
                            Section::Resolution,
                            Section::RootCauses,
                            Section::WentWell,
                            Section::WentWrong,
                            Section::GotLucky,
                            Section::SupportingInfo}) {
        QCOMPARE(s.section(section), bundle.story.section(section));
    }
    QCOMPARE(back.events.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(back.events[i].occurredAt, bundle.timeline[i].occurredAt);
        QCOMPARE(back.events[i].dateOnly, bundle.timeline[i].dateOnly);
        QCOMPARE(back.events[i].kind, bundle.timeline[i].kind);
        QCOMPARE(back.events[i].description, bundle.timeline[i].description);
        QCOMPARE(back.events[i].actor, bundle.timeline[i].actor);
    }
    QCOMPARE(back.lessons.size(), bundle.lessons.size());
    for (int i = 0; i < bundle.lessons.size(); ++i) {
        QCOMPARE(back.lessons[i].kind, bundle.lessons[i].kind);
        QCOMPARE(back.lessons[i].text, bundle.lessons[i].text);
    }
    QCOMPARE(back.actions.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(back.actions[i].title, bundle.actions[i].title);
        QCOMPARE(back.actions[i].owner, bundle.actions[i].owner);
        QCOMPARE(back.actions[i].dueDate, bundle.actions[i].dueDate);
        QCOMPARE(back.actions[i].status, bundle.actions[i].status);
        QCOMPARE(back.actions[i].priority, bundle.actions[i].priority);
        QCOMPARE(back.actions[i].type, bundle.actions[i].type);
        QCOMPARE(back.actions[i].ticketUrl, bundle.actions[i].ticketUrl);
    }
}

QTEST_GUILESS_MAIN(TestPostmortemImporter)
#include "TestPostmortemImporter.moc"
