// kintsugi_bench_editor: typing in a large Markdown section with code highlighting.
//
// Builds a section of --lines lines (default 10,000) holding --fences fenced blocks (default 200;
// bash, yaml, cpp, json, diff, log) in the real section editor (QPlainTextEdit inside
// SectionEditorPane: Markdown highlighter, fence completer, preview), waits until every fence is
// coloured, then types --keys keystrokes in prose and as many inside a fence. A keystroke is timed
// from the key event to the repainted viewport, highlighting included. Work that arrives between
// keystrokes (colours from the kate-syntax-highlighter processes) is timed on its own.
// Run: QT_QPA_PLATFORM=offscreen ./kintsugi_bench_editor [--lines N] [--fences N] [--keys N]
// Exits 0 whatever the figures; non-zero only when something fails.

#include "highlight/CodeHighlighter.h"
#include "highlight/CodeHighlighterFactory.h"
#include "highlight/MarkdownHighlighter.h"
#include "story/SectionEditorPane.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QSet>
#include <QTest>
#include <QTextBlock>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {
constexpr double TargetMs = 16.0;

const char* const Prose[] = {
    "The pager went off at 02:14 when the **checkout** queue backed up past its alert threshold.",
    "- The on-call engineer acknowledged within two minutes and opened the [runbook](https://example.org/rb).",
    "> We assumed the database was at fault, because it had been the last time.",
    "Nobody could have known the retry storm would *amplify* the load; the dashboards showed `p99` only.",
    "1. Roll back the deploy",
    "## What we learned",
    "The fix was small, but finding it took an hour of reading logs side by side.",
};

QStringList fenceBody(int index, QString* language)
{
    switch (index % 6) {
    case 0:
        *language = QStringLiteral("bash");
        return {QStringLiteral("for host in api-%1 api-%2; do").arg(index).arg(index + 1),
                QStringLiteral("  ssh \"$host\" 'sudo systemctl restart checkout' # restart"),
                QStringLiteral("done"),
                QStringLiteral("kubectl -n prod rollout status deploy/checkout --timeout=%1s").arg(60 + index)};
    case 1:
        *language = QStringLiteral("yaml");
        return {QStringLiteral("alert: CheckoutQueue%1").arg(index),
                QStringLiteral("expr: queue_depth > 400 # pages"),
                QStringLiteral("for: 5m"),
                QStringLiteral("labels: {severity: page, team: \"payments\"}")};
    case 2:
        *language = QStringLiteral("cpp");
        return {QStringLiteral("int retries(int attempt) // backoff %1").arg(index),
                QStringLiteral("{"),
                QStringLiteral("    return std::min(1 << attempt, 64) * 100; /* ms */"),
                QStringLiteral("}")};
    case 3:
        *language = QStringLiteral("json");
        return {QStringLiteral("{\"incident\": %1, \"retries\": [1, 2, 4],").arg(index),
                QStringLiteral(" \"ok\": false, \"note\": \"storm\"}")};
    case 4:
        *language = QStringLiteral("diff");
        return {QStringLiteral("--- a/retry.cfg"),
                QStringLiteral("+++ b/retry.cfg"),
                QStringLiteral("-max_retries = %1").arg(index),
                QStringLiteral("+max_retries = 3")};
    default:
        *language = QStringLiteral("log");
        return {QStringLiteral("2026-11-28T02:14:%1Z ERROR checkout queue depth 4%1")
                    .arg(index % 60, 2, 10, QLatin1Char('0')),
                QStringLiteral("2026-11-28T02:15:00Z WARNING retry budget exhausted"),
                QStringLiteral("2026-11-28T02:16:00Z INFO rollback started")};
    }
}

QString makeSection(int lines, int fences)
{
    QStringList out;
    const int proseLinesPerGap = qMax(1, (lines - fences * 6) / qMax(1, fences));
    int fence = 0;
    int prose = 0;
    while (out.size() < lines) {
        for (int i = 0; i < proseLinesPerGap && out.size() < lines; ++i) {
            out << QString::fromLatin1(Prose[prose++ % std::size(Prose)]);
        }
        if (fence < fences && out.size() + 6 < lines) {
            QString language;
            const QStringList body = fenceBody(fence++, &language);
            out << QStringLiteral("```") + language;
            out << body;
            out << QStringLiteral("```");
        }
    }
    return out.join(QLatin1Char('\n'));
}

struct Stats
{
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Stats stats(std::vector<double> values)
{
    if (values.empty()) {
        return {};
    }
    std::sort(values.begin(), values.end());
    return {values[values.size() / 2], values[std::min(values.size() - 1, values.size() * 95 / 100)], values.back()};
}

// More than one colour in the fence whose body starts at (or contains) `block`.
bool coloured(const QTextBlock& block)
{
    QSet<QRgb> colours;
    for (QTextBlock b = block; b.isValid() && MarkdownHighlighter::insideFence(b); b = b.next()) {
        for (const auto& range : b.layout()->formats()) {
            if (range.format.hasProperty(QTextFormat::ForegroundBrush)) {
                colours.insert(range.format.foreground().color().rgb());
            }
        }
    }
    return colours.size() > 1;
}

// Types `keys` characters at `position`; returns per-keystroke times and the longest stretch of
// other work (arriving colours) between keystrokes.
std::vector<double> type(QPlainTextEdit* edit, int position, int keys, double* longestBetween)
{
    QTextCursor cursor = edit->textCursor();
    cursor.setPosition(position);
    edit->setTextCursor(cursor);
    edit->ensureCursorVisible();
    QCoreApplication::processEvents();
    std::vector<double> times;
    const QString text = QStringLiteral("retry storm ");
    QElapsedTimer timer;
    for (int i = 0; i < keys; ++i) {
        const QChar c = text.at(i % text.size());
        timer.start();
        QTest::keyClick(edit, c.toLatin1());
        edit->viewport()->repaint();
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        // About 12 keystrokes a second: let timers and process results run in between.
        QElapsedTimer pause;
        pause.start();
        while (pause.elapsed() < 80) {
            timer.start();
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            *longestBetween = std::max(*longestBetween, static_cast<double>(timer.nsecsElapsed()) / 1e6);
            QTest::qSleep(2);
        }
    }
    return times;
}

void printRow(const char* what, const Stats& s)
{
    std::printf("%-34s median %7.2f ms   p95 %7.2f ms   max %7.2f ms   target %.0f ms  %s\n",
                what,
                s.median,
                s.p95,
                s.max,
                TargetMs,
                s.median < TargetMs && s.max < TargetMs ? "ok" : (s.median < TargetMs ? "median ok" : "SLOW"));
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("lines"),
                      QStringLiteral("Lines in the section."),
                      QStringLiteral("n"),
                      QStringLiteral("10000")});
    parser.addOption(
        {QStringLiteral("fences"), QStringLiteral("Fenced blocks."), QStringLiteral("n"), QStringLiteral("200")});
    parser.addOption(
        {QStringLiteral("keys"), QStringLiteral("Keystrokes per place."), QStringLiteral("n"), QStringLiteral("120")});
    parser.process(app);
    const int lines = parser.value(QStringLiteral("lines")).toInt();
    const int fences = parser.value(QStringLiteral("fences")).toInt();
    const int keys = parser.value(QStringLiteral("keys")).toInt();

    CodeHighlighter* code = CodeHighlighterFactory::shared();
    std::printf("Code highlighting: %s (%s)\n",
                qPrintable(code->backendName()),
                code->isAvailable() ? "available" : "not available");

    QWidget window;
    auto* edit = new QPlainTextEdit;
    edit->setObjectName(QStringLiteral("sectionEdit_bench"));
    edit->setUndoRedoEnabled(false);
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    auto* pane = new SectionEditorPane(edit, QStringLiteral("bench"), &window);
    pane->resize(900, 700);
    window.resize(900, 700);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        std::fprintf(stderr, "window not exposed\n");
        return 1;
    }

    const QString section = makeSection(lines, fences);
    QElapsedTimer timer;
    timer.start();
    edit->setPlainText(section);
    QCoreApplication::processEvents();
    const double loadMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    const int blockCount = edit->document()->blockCount();

    // Wait for every fence's colours.
    std::vector<QTextBlock> firstBodyLines;
    for (QTextBlock b = edit->document()->begin(); b.isValid(); b = b.next()) {
        if (MarkdownHighlighter::opensFence(b)) {
            firstBodyLines.push_back(b.next());
        }
    }
    timer.start();
    const auto allColoured = [&firstBodyLines] {
        return std::all_of(firstBodyLines.cbegin(), firstBodyLines.cend(), coloured);
    };
    while (!allColoured() && timer.elapsed() < 120000) {
        QTest::qWait(20);
    }
    const double colourMs = static_cast<double>(timer.elapsed());
    const auto colouredCount = std::count_if(firstBodyLines.cbegin(), firstBodyLines.cend(), coloured);
    std::printf("Section: %d lines, %zu fences; setPlainText + first highlight %.0f ms; all fences coloured "
                "after %.0f ms (%lld of %zu)\n",
                blockCount,
                firstBodyLines.size(),
                loadMs,
                colourMs,
                static_cast<long long>(colouredCount),
                firstBodyLines.size());

    QStringList uncoloured;
    for (const QTextBlock& b : firstBodyLines) {
        if (!coloured(b) && uncoloured.size() < 5) {
            uncoloured << QStringLiteral("line %1 (%2)").arg(b.blockNumber()).arg(b.previous().text());
        }
    }
    if (!uncoloured.isEmpty()) {
        std::printf("Not coloured, e.g.: %s\n", qPrintable(uncoloured.join(QStringLiteral(", "))));
    }

    edit->setFocus();
    double between = 0;
    // Prose in the middle of the section.
    const QTextBlock middle = edit->document()->findBlockByNumber(blockCount / 2);
    QTextBlock prose = middle;
    while (prose.isValid() && (MarkdownHighlighter::insideFence(prose) || MarkdownHighlighter::opensFence(prose))) {
        prose = prose.next();
    }
    const Stats proseStats = stats(type(edit, prose.position() + prose.length() - 1, keys, &between));
    // Inside a fence body in the middle.
    QTextBlock fence = edit->document()->findBlockByNumber(blockCount / 2);
    while (fence.isValid() && !MarkdownHighlighter::insideFence(fence)) {
        fence = fence.next();
    }
    double betweenFence = 0;
    const Stats fenceStats = stats(type(edit, fence.position() + fence.length() - 1, keys, &betweenFence));
    // Near the end of the document.
    QTextBlock last = edit->document()->lastBlock();
    while (last.isValid() && (MarkdownHighlighter::insideFence(last) || MarkdownHighlighter::opensFence(last))) {
        last = last.previous();
    }
    double betweenEnd = 0;
    const Stats endStats = stats(type(edit, last.position() + last.length() - 1, keys, &betweenEnd));

    std::printf("\nPer keystroke (key event to repainted viewport, highlighting included), %d keys each:\n", keys);
    printRow("prose, middle of the section", proseStats);
    printRow("inside a fence, middle", fenceStats);
    printRow("prose, end of the section", endStats);
    std::printf("Longest event-loop stretch between keystrokes (arriving colours): %.2f ms (prose), %.2f ms "
                "(fence), %.2f ms (end)\n",
                between,
                betweenFence,
                betweenEnd);
    std::printf("Fence retyped last is coloured again: %s\n", coloured(fence) ? "yes" : "not yet");
    return 0;
}
