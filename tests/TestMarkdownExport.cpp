#include "export/ExportFiles.h"
#include "export/MarkdownExport.h"

#include <QTest>

// The Markdown export of a story: exact text (front matter escaping, headings in order, tables).
class TestMarkdownExport : public QObject
{
    Q_OBJECT

private slots:
    void fullStoryExactText();
    void emptyStoryHasAllHeadings();
    void yamlEscaping_data();
    void yamlEscaping();
    void tableCells();
    void slugs_data();
    void slugs();

private:
    static StoryBundle bundle();
};

StoryBundle TestMarkdownExport::bundle()
{
    StoryBundle b;
    Story& s = b.story;
    s.id = 7;
    s.title = QStringLiteral("Pager: \"storm\"\n#2");
    s.kind = StoryKind::Postmortem;
    s.status = StoryStatus::InReview;
    s.severity = 2;
    s.startedAt = QDateTime(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC);
    s.detectedAt = QDateTime(QDate(2024, 5, 1), QTime(9, 12), Qt::UTC);
    s.authors = {QStringLiteral("Ana"), QStringLiteral("- dash: lead")};
    s.tags = {QStringLiteral("db|ops"), QStringLiteral("#hash")};
    s.setSection(Section::Summary, QStringLiteral("Summary text.\n\nSecond para.  \n"));
    s.setSection(Section::RootCauses, QStringLiteral("Root text."));
    s.setSection(Section::Resolution, QStringLiteral("Fixed it."));
    s.setSection(Section::WentWell, QStringLiteral("Good."));
    s.setSection(Section::SupportingInfo, QStringLiteral("See logs."));
    b.people = {Person {QStringLiteral("Ana"), QStringLiteral("Incident commander")}};
    Award award;
    award.year = 2024;
    award.title = QStringLiteral("Most instructive mistake");
    award.citation = QStringLiteral("Taught \"us\"");
    b.awards = {award};
    TimelineEvent trigger;
    trigger.occurredAt = QDateTime(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC);
    trigger.kind = TimelineKind::Trigger;
    trigger.description = QStringLiteral("Deploy | rollout\nstarted");
    trigger.actor = QStringLiteral("CI");
    TimelineEvent day;
    day.occurredAt = QDateTime(QDate(2024, 5, 2), QTime(0, 0), Qt::UTC);
    day.dateOnly = true;
    day.kind = TimelineKind::Communication;
    day.description = QStringLiteral("Status page");
    b.timeline = {trigger, day};
    CauseNode problem;
    problem.id = 10;
    problem.statement = QStringLiteral("Pages lost");
    problem.type = CauseType::Problem;
    CauseNode cause;
    cause.id = 11;
    cause.parentId = 10;
    cause.statement = QStringLiteral("Queue\nfull");
    cause.categoryId = 1;
    cause.evidence = QStringLiteral("Graph");
    CauseNode root;
    root.id = 12;
    root.parentId = 11;
    root.statement = QStringLiteral("No alert");
    root.type = CauseType::RootCause;
    b.causes = {root, problem, cause};
    Lesson general;
    general.text = QStringLiteral("General lesson");
    Lesson well;
    well.kind = LessonKind::WentWell;
    well.text = QStringLiteral("Rollback quick");
    Lesson wrong;
    wrong.kind = LessonKind::WentWrong;
    wrong.text = QStringLiteral("Alerts\nlate");
    b.lessons = {general, well, wrong};
    ActionItem alert;
    alert.title = QStringLiteral("Alert on depth");
    alert.owner = QStringLiteral("Ana");
    alert.dueDate = QDate(2024, 6, 1);
    alert.priority = 1;
    alert.status = ActionStatus::InProgress;
    alert.type = ActionType::Detect;
    alert.ticketUrl = QStringLiteral("https://t.example/42");
    ActionItem runbook;
    runbook.title = QStringLiteral("Runbook");
    runbook.status = ActionStatus::Done;
    b.actions = {alert, runbook};
    return b;
}

void TestMarkdownExport::fullStoryExactText()
{
    const QString expected = QStringLiteral(R"(---
title: "Pager: \"storm\"\n#2"
kind: postmortem
status: in_review
severity: 2
started: 2024-05-01T09:00:00Z
detected: 2024-05-01T09:12:00Z
authors:
  - "Ana"
  - "- dash: lead"
tags:
  - "db|ops"
  - "#hash"
people:
  - name: "Ana"
    role: "Incident commander"
awards:
  - year: 2024
    title: "Most instructive mistake"
    citation: "Taught \"us\""
---

# Pager: "storm" #2

## Summary

Summary text.

Second para.

## Impact

## Root causes

Root text.

- Pages lost _(Problem)_
  - Queue full _(Cause, People)_
    Evidence: Graph
    - No alert _(Root cause)_

## Trigger

## Resolution

Fixed it.

## Detection

## Action items

- [ ] Alert on depth — owner: Ana; due: 2024-06-01; status: in_progress; priority: high; type: detect; ticket: https://t.example/42
- [x] Runbook — status: done; priority: medium; type: prevent

## Lessons learned

- General lesson

### What went well

Good.

- Rollback quick

### What went wrong

- Alerts
  late

### Where we got lucky

## Timeline

| Time (UTC) | Kind | Event | Actor |
| --- | --- | --- | --- |
| 2024-05-01 09:00:00 | Trigger | Deploy \| rollout<br>started | CI |
| 2024-05-02 | Communication | Status page |  |

## Supporting information

See logs.
)");
    const QString actual = MarkdownExport::story(bundle(), {CauseCategory {1, QStringLiteral("People"), 0}});
    if (actual != expected) {
        const QStringList a = actual.split(QLatin1Char('\n'));
        const QStringList e = expected.split(QLatin1Char('\n'));
        for (int i = 0; i < qMin(a.size(), e.size()); ++i) {
            if (a[i] != e[i]) {
                qWarning("line %d:\nactual:   %s\nexpected: %s", i + 1, qPrintable(a[i]), qPrintable(e[i]));
                break;
            }
        }
    }
    QCOMPARE(actual, expected);
}

void TestMarkdownExport::emptyStoryHasAllHeadings()
{
    StoryBundle empty;
    const QString text = MarkdownExport::story(empty, {});
    QVERIFY(text.startsWith(QStringLiteral("---\ntitle: \"\"\nkind: postmortem\nstatus: draft\nseverity: 0\n---\n\n"
                                           "# Untitled story\n\n")));
    const QStringList headings = {QStringLiteral("## Summary"),
                                  QStringLiteral("## Impact"),
                                  QStringLiteral("## Root causes"),
                                  QStringLiteral("## Trigger"),
                                  QStringLiteral("## Resolution"),
                                  QStringLiteral("## Detection"),
                                  QStringLiteral("## Action items"),
                                  QStringLiteral("## Lessons learned"),
                                  QStringLiteral("### What went well"),
                                  QStringLiteral("### What went wrong"),
                                  QStringLiteral("### Where we got lucky"),
                                  QStringLiteral("## Timeline"),
                                  QStringLiteral("## Supporting information")};
    qsizetype from = 0;
    for (const QString& heading : headings) {
        const qsizetype at = text.indexOf(QLatin1Char('\n') + heading + QLatin1Char('\n'), from);
        QVERIFY2(at > 0, qPrintable(heading));
        from = at + 1;
    }
    QVERIFY(text.endsWith(QStringLiteral("## Supporting information\n")));
    QVERIFY(!text.contains(QStringLiteral("| Time")));
}

void TestMarkdownExport::yamlEscaping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << QStringLiteral("plain") << QStringLiteral("\"plain\"");
    QTest::newRow("colon") << QStringLiteral("a: b") << QStringLiteral("\"a: b\"");
    QTest::newRow("quotes") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \\\"hi\\\"\"");
    QTest::newRow("backslash") << QStringLiteral("C:\\temp") << QStringLiteral("\"C:\\\\temp\"");
    QTest::newRow("newline") << QStringLiteral("a\nb\r\nc") << QStringLiteral("\"a\\nb\\r\\nc\"");
    QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("\"a\\tb\"");
    QTest::newRow("control") << QString(QChar(1)) + QChar(0x7f) << QStringLiteral("\"\\x01\\x7f\"");
    QTest::newRow("leading specials") << QStringLiteral("- [x] {y} &z *w !v %u @t `s")
                                      << QStringLiteral("\"- [x] {y} &z *w !v %u @t `s\"");
    QTest::newRow("unicode") << QStringLiteral("Ünï 🎉") << QStringLiteral("\"Ünï 🎉\"");
}

void TestMarkdownExport::yamlEscaping()
{
    QFETCH(QString, text);
    QFETCH(QString, quoted);
    QCOMPARE(MarkdownExport::yamlQuoted(text), quoted);
}

void TestMarkdownExport::tableCells()
{
    QCOMPARE(MarkdownExport::tableCell(QStringLiteral(" a|b\r\nc ")), QStringLiteral("a\\|b<br>c"));
}

void TestMarkdownExport::slugs_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("slug");
    QTest::newRow("words") << QStringLiteral("Pager storm on Friday!") << QStringLiteral("pager-storm-on-friday");
    QTest::newRow("accents") << QStringLiteral("Café über Ærø") << QStringLiteral("cafe-uber-r");
    QTest::newRow("empty") << QString() << QStringLiteral("story");
    QTest::newRow("symbols only") << QStringLiteral("🎉 !!") << QStringLiteral("story");
    QTest::newRow("path") << QStringLiteral("../../etc/passwd") << QStringLiteral("etc-passwd");
    QTest::newRow("long") << QString(100, QLatin1Char('a')) << QString(60, QLatin1Char('a'));
}

void TestMarkdownExport::slugs()
{
    QFETCH(QString, title);
    QFETCH(QString, slug);
    QCOMPARE(ExportFiles::slug(title), slug);
}

QTEST_GUILESS_MAIN(TestMarkdownExport)
#include "TestMarkdownExport.moc"
