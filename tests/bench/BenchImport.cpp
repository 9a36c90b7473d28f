// kintsugi_bench_import: imports the DFDS postmortems folder (../shared/data/postmortems/dfds) into a
// fresh library, each run into a new file, and prints the median and minimum against the target
// (1 s). Exits 0 whatever the figures (a benchmark, not a test); non-zero when the import fails.

#include "document/Library.h"
#include "import/PostmortemImport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption repeat(
        QStringLiteral("repeat"), QStringLiteral("Runs (default 7)."), QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption folder(QStringLiteral("folder"),
                                    QStringLiteral("The folder to import."),
                                    QStringLiteral("path"),
                                    QStringLiteral(KINTSUGI_SHARED_DATA_DIR "/postmortems/dfds"));
    parser.addOption(repeat);
    parser.addOption(folder);
    parser.process(app);
    const int runs = std::max(1, parser.value(repeat).toInt());
    QTemporaryDir dir;
    QList<double> times;
    int imported = 0;
    int skipped = 0;
    for (int run = 0; run < runs; ++run) {
        const QString path = dir.filePath(QStringLiteral("run%1.kintsugi").arg(run));
        QElapsedTimer timer;
        timer.start();
        auto library = Library::open(path);
        if (!library) {
            std::fprintf(stderr, "cannot open library: %s\n", qPrintable(library.error()));
            return 2;
        }
        const ImportReport report = PostmortemImport(*library.value()).run({parser.value(folder)});
        times << timer.nsecsElapsed() / 1e6;
        imported = static_cast<int>(report.imported.size());
        skipped = static_cast<int>(report.skipped.size());
        if (imported == 0) {
            std::fprintf(stderr, "nothing imported\n%s\n", qPrintable(report.text()));
            return 1;
        }
    }
    std::sort(times.begin(), times.end());
    const double median = times[times.size() / 2];
    std::printf("Import of %s: %d files imported, %d skipped, %d runs (library creation included)\n",
                qPrintable(parser.value(folder)),
                imported,
                skipped,
                runs);
    std::printf("%-28s %10s %10s %10s\n", "measure", "median ms", "min ms", "target ms");
    std::printf("%-28s %10.1f %10.1f %10d %s\n",
                "import DFDS folder",
                median,
                times.first(),
                1000,
                median < 1000 ? "ok" : "SLOW");
    return 0;
}
