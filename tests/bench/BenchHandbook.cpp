// kintsugi_bench_handbook: times the failure handbook, and optionally LibreOffice on the same stories.
//
// Generates -n stories (default 100) with sections, a fenced code block each (distinct code, so the
// highlighter's cache does not help), a 15-event timeline, a 9-node cause tree, lessons and actions,
// then compiles them into one handbook PDF --repeat times (default 3; a fresh Handbook each time, code
// colouring included) and prints median and minimum against the target of 10 s.
// With --libreoffice it also writes every story as HTML (HtmlExport, one file a story) and converts
// them in one `soffice --headless --convert-to pdf` call (after an untimed warm-up run that creates
// its profile), and prints both times and the ratio. LibreOffice is only used here, never by tests.
// Run by hand: QT_QPA_PLATFORM=offscreen ./kintsugi_bench_handbook [-n 100] [--repeat 3] [--libreoffice]
//              [--output FILE.pdf]

#include "export/Handbook.h"
#include "export/HtmlExport.h"
#include "highlight/CodeHighlighterFactory.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n == 0 ? 0 : (n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2);
}

StoryBundle generated(int i)
{
    StoryBundle b;
    b.story.id = i + 1;
    b.story.title = QStringLiteral("Incident %1: queue consumer stalled in region %2").arg(i + 1).arg(i % 7);
    b.story.status = StoryStatus::Published;
    b.story.severity = 1 + i % 5;
    b.story.startedAt = QDateTime(QDate(2025, 1, 1), QTime(8, 0), Qt::UTC).addDays(i * 3);
    b.story.detectedAt = b.story.startedAt.addSecs(600 + i * 7);
    b.story.resolvedAt = b.story.startedAt.addSecs(5400 + i * 13);
    b.story.authors = {QStringLiteral("Author %1").arg(i % 9)};
    b.story.tags = {QStringLiteral("queue"), QStringLiteral("region-%1").arg(i % 7)};
    const QString para = QStringLiteral(
        "The consumer group for **orders-%1** stopped acknowledging messages after a configuration change. "
        "Latency rose slowly, then sharply; retries from upstream services *amplified* the load. ");
    b.story.setSection(Section::Summary, para.arg(i).repeated(2));
    b.story.setSection(Section::Impact,
                       QStringLiteral("- %1 orders delayed\n- 3 partner integrations timed out\n- "
                                      "support tickets doubled")
                           .arg(1000 + i * 17));
    b.story.setSection(Section::Trigger, para.arg(i + 1));
    b.story.setSection(
        Section::Resolution,
        QStringLiteral("We restored the previous limit:\n\n```python\ndef restore_limit(cluster, "
                       "value=%1):\n    for node in cluster.nodes():\n        node.set(\"max_inflight\", "
                       "value)  # story %2\n    return len(cluster.nodes())\n```\n")
            .arg(64 + i)
            .arg(i));
    b.story.setSection(Section::WentWell, para.arg(i + 2));
    for (int e = 0; e < 15; ++e) {
        TimelineEvent event;
        event.occurredAt = b.story.startedAt.addSecs(e * 420);
        event.kind = TimelineKind(e % 6);
        event.description =
            QStringLiteral("Step %1: checked consumer lag and partition ownership on broker %2").arg(e).arg(e % 5);
        event.actor = QStringLiteral("Person %1").arg(e % 4);
        b.timeline << event;
    }
    int id = 1;
    auto add = [&](qint64 parent, int position, CauseType type, const QString& text) {
        CauseNode node;
        node.id = i * 100 + id++;
        node.parentId = parent;
        node.position = position;
        node.type = type;
        node.statement = text;
        b.causes << node;
        return node.id;
    };
    const qint64 problem = add(0, 0, CauseType::Problem, QStringLiteral("Orders were delayed for 90 minutes"));
    for (int c = 0; c < 2; ++c) {
        const qint64 cause =
            add(problem, c, CauseType::Cause, QStringLiteral("Consumers stopped acknowledging (%1)").arg(c));
        for (int d = 0; d < 2; ++d) {
            const qint64 why =
                add(cause, d, CauseType::ContributingFactor, QStringLiteral("The in-flight limit was lowered"));
            add(why, 0, CauseType::RootCause, QStringLiteral("Config changes skip load review"));
        }
    }
    for (int l = 0; l < 3; ++l) {
        Lesson lesson;
        lesson.kind = LessonKind(l % 4);
        lesson.text = QStringLiteral("Lesson %1 about limits and load reviews").arg(l);
        b.lessons << lesson;
    }
    for (int a = 0; a < 3; ++a) {
        ActionItem action;
        action.title = QStringLiteral("Add a load review step for queue configuration (%1)").arg(a);
        action.owner = QStringLiteral("Team %1").arg(a);
        action.dueDate = QDate(2025, 6, 1).addDays(i + a);
        b.actions << action;
    }
    b.people = {Person {QStringLiteral("Person 0"), QStringLiteral("On-call engineer")}};
    if (i % 25 == 0) {
        Award award;
        award.year = 2025;
        award.title = QStringLiteral("Most instructive mistake");
        award.citation = QStringLiteral("Showed how retries amplify load.");
        b.awards << award;
    }
    return b;
}

} // namespace

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption count(
        QStringList {QStringLiteral("n")}, QStringLiteral("stories"), QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption repeat(
        QStringLiteral("repeat"), QStringLiteral("runs"), QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption libreoffice(QStringLiteral("libreoffice"),
                                         QStringLiteral("also time soffice --convert-to pdf on the HTML export"));
    const QCommandLineOption keep(
        QStringLiteral("output"), QStringLiteral("keep the handbook PDF here"), QStringLiteral("file"));
    parser.addOptions({count, repeat, libreoffice, keep});
    parser.process(app);
    const int n = qMax(1, parser.value(count).toInt());
    const int runs = qMax(1, parser.value(repeat).toInt());

    QList<StoryBundle> stories;
    for (int i = 0; i < n; ++i) {
        stories << generated(i);
    }
    QTemporaryDir dir;
    const QString pdf = parser.isSet(keep) ? parser.value(keep) : dir.filePath(QStringLiteral("handbook.pdf"));
    std::vector<double> times;
    int pages = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        Handbook handbook(stories, {}, {});
        const Status status = handbook.write(pdf);
        times.push_back(timer.nsecsElapsed() / 1e9);
        if (!status) {
            std::fprintf(stderr, "handbook failed: %s\n", qPrintable(status.error()));
            return 2;
        }
        pages = handbook.pageCount();
    }
    const double handbookMedian = median(times);
    std::printf("handbook: %d stories, %d pages, %.1f MB; median %.2f s, min %.2f s over %d runs (target < 10 s): %s\n",
                n,
                pages,
                QFileInfo(pdf).size() / 1e6,
                handbookMedian,
                *std::min_element(times.begin(), times.end()),
                runs,
                handbookMedian < 10 ? "ok" : "SLOW");

    if (!parser.isSet(libreoffice)) {
        return 0;
    }
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        std::printf("libreoffice: soffice not found; skipped\n");
        return 0;
    }
    QElapsedTimer htmlTimer;
    htmlTimer.start();
    auto highlighter = CodeHighlighterFactory::create();
    QDir html(dir.filePath(QStringLiteral("html")));
    html.mkpath(QStringLiteral("."));
    QStringList files;
    for (const StoryBundle& story : stories) {
        const QString path =
            html.filePath(QStringLiteral("story-%1.html").arg(story.story.id, 3, 10, QLatin1Char('0')));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            return 2;
        }
        file.write(HtmlExport::story(story, {}, highlighter.get()).toUtf8());
        files << path;
    }
    const double htmlSeconds = htmlTimer.nsecsElapsed() / 1e9;
    const QString profile =
        QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("lo-profile"));
    auto convert = [&](const QStringList& inputs, const QString& outDir) {
        QProcess process;
        process.start(soffice,
                      QStringList {profile,
                                   QStringLiteral("--headless"),
                                   QStringLiteral("--convert-to"),
                                   QStringLiteral("pdf"),
                                   QStringLiteral("--outdir"),
                                   outDir} +
                          inputs);
        process.waitForFinished(-1);
        return process.exitCode();
    };
    convert({files.first()}, dir.filePath(QStringLiteral("warmup"))); // creates the profile; not timed
    std::vector<double> loTimes;
    for (int r = 0; r < runs; ++r) {
        const QString out = dir.filePath(QStringLiteral("lo-%1").arg(r));
        QElapsedTimer timer;
        timer.start();
        const int exit = convert(files, out);
        loTimes.push_back(timer.nsecsElapsed() / 1e9);
        const int made = int(QDir(out).entryList({QStringLiteral("*.pdf")}).size());
        if (exit != 0 || made != files.size()) {
            std::printf("libreoffice: exit %d, %d of %d PDFs\n", exit, made, int(files.size()));
        }
    }
    const double loMedian = median(loTimes);
    std::printf(
        "libreoffice: %d HTML files (written in %.2f s) to PDF in one soffice call; median %.2f s, min %.2f s\n",
        int(files.size()),
        htmlSeconds,
        loMedian,
        *std::min_element(loTimes.begin(), loTimes.end()));
    std::printf("ratio: LibreOffice / Kintsugi handbook = %.1fx (%s)\n",
                loMedian / handbookMedian,
                handbookMedian < loMedian ? "Kintsugi faster" : "LibreOffice faster");
    return 0;
}
