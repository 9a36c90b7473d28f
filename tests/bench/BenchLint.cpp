// kintsugi_bench_lint: times the blameless-language coach on the 40 DFDS postmortems.
//
// Measures (median and minimum of --repeat runs) against the 1 s target:
//   1. in process: read the rules, read the 40 files, check them all;
//   2. end to end: `kintsugi-cli lint` on the 40 files, as a pipeline would run it.
// Exits 0 whatever the figures; non-zero only when something fails.

#include "coach/CoachEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

struct Figures
{
    double median = 0;
    double min = 0;
};

Figures summarize(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.front()};
}

void print(const char* what, const Figures& f, double targetMs)
{
    std::printf("%-44s median %8.1f ms   min %8.1f ms   target %6.0f ms   %s\n",
                what,
                f.median,
                f.min,
                targetMs,
                f.median <= targetMs ? "ok" : "SLOWER");
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption repeat(
        QStringLiteral("repeat"), QStringLiteral("Runs per measurement."), QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
                                       QStringLiteral("The postmortems to lint."),
                                       QStringLiteral("dir"),
                                       QStringLiteral(KINTSUGI_SHARED_DATA_DIR "/postmortems/dfds"));
    parser.addOption(repeat);
    parser.addOption(dirOption);
    parser.process(app);
    const int runs = qMax(1, parser.value(repeat).toInt());

    const QDir dir(parser.value(dirOption));
    QStringList paths;
    const QStringList names = dir.entryList({QStringLiteral("PM*")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        paths << dir.filePath(name);
    }
    if (paths.isEmpty()) {
        std::fprintf(stderr, "no postmortems in %s\n", qPrintable(dir.path()));
        return 2;
    }
    qint64 bytes = 0;
    for (const QString& path : paths) {
        bytes += QFileInfo(path).size();
    }
    std::printf("Linting %lld files, %.0f KB, %d runs each\n", qlonglong(paths.size()), bytes / 1024.0, runs);

    std::vector<double> inProcess;
    qsizetype hits = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        CoachEngine engine;
        if (Status s = engine.loadRules(); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error()));
            return 2;
        }
        hits = 0;
        for (const QString& path : std::as_const(paths)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                return 2;
            }
            hits += engine.check(QString::fromUtf8(file.readAll())).size();
        }
        inProcess.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::printf("%lld hits\n", qlonglong(hits));
    print("coach on 40 postmortems (in process)", summarize(inProcess), 1000);

    std::vector<double> cli;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        QProcess process;
        process.start(QStringLiteral(KINTSUGI_CLI_PATH), QStringList {QStringLiteral("lint")} + paths);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() == 2) {
            std::fprintf(stderr, "kintsugi-cli lint failed: %s\n", process.readAllStandardError().constData());
            return 2;
        }
        cli.push_back(timer.nsecsElapsed() / 1e6);
    }
    print("kintsugi-cli lint on 40 postmortems (process)", summarize(cli), 1000);
    return 0;
}
