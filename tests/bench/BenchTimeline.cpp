// kintsugi_bench_timeline: loads a long timeline (-n events, 5,000 by default) into TimelineModel
// and into a table view, and prints median and minimum times against the target (50 ms for the model
// load). Run it with QT_QPA_PLATFORM=offscreen. Exits 0 whatever the figures; non-zero only when
// something fails.

#include "analysis/TimelineDelegate.h"
#include "document/Library.h"
#include "domain/Story.h"
#include "models/TimelineModel.h"
#include "storage/StoryStore.h"
#include "storage/TimelineStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QRandomGenerator>
#include <QTableView>
#include <QTemporaryDir>

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

void print(const char* what, const Figures& f, double target)
{
    if (target > 0) {
        std::printf("%-44s median %8.2f ms   min %8.2f ms   target %6.0f ms   %s\n",
                    what,
                    f.median,
                    f.min,
                    target,
                    f.median < target ? "ok" : "SLOW");
    } else {
        std::printf("%-44s median %8.2f ms   min %8.2f ms\n", what, f.median, f.min);
    }
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption countOption({QStringLiteral("n"), QStringLiteral("events")},
                                   QStringLiteral("Events in the timeline."),
                                   QStringLiteral("count"),
                                   QStringLiteral("5000"));
    QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                    QStringLiteral("Measurements of each kind."),
                                    QStringLiteral("count"),
                                    QStringLiteral("21"));
    parser.addOption(countOption);
    parser.addOption(repeatOption);
    parser.process(app);
    const int count = qMax(1, parser.value(countOption).toInt());
    const int repeat = qMax(1, parser.value(repeatOption).toInt());

    QTemporaryDir dir;
    auto opened = Library::open(QDir(dir.path()).filePath(QStringLiteral("bench.kintsugi")));
    if (!opened) {
        std::fprintf(stderr, "cannot create the library: %s\n", qPrintable(opened.error()));
        return 2;
    }
    std::unique_ptr<Library> library = std::move(opened).value();
    Story story;
    story.title = QStringLiteral("A long night");
    const qint64 storyId = library->stories().create(story).value();

    // Events over three days, written out of order (as a paste would), every 20th one date-only.
    QRandomGenerator random(42);
    const QDateTime start(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC);
    const TimelineKind kinds[] = {TimelineKind::Trigger,
                                  TimelineKind::Detection,
                                  TimelineKind::Diagnosis,
                                  TimelineKind::Repair,
                                  TimelineKind::Communication,
                                  TimelineKind::KeyMoment};
    QList<TimelineEvent> events;
    for (int i = 0; i < count; ++i) {
        TimelineEvent e;
        e.occurredAt = start.addSecs(random.bounded(3 * 24 * 3600));
        e.dateOnly = i % 20 == 19;
        e.kind = kinds[random.bounded(6)];
        e.description = QStringLiteral("Event %1: the %2 service answered slowly and the on-call engineer looked at it")
                            .arg(i)
                            .arg(random.bounded(100));
        e.actor = i % 3 == 0 ? QStringLiteral("On-call engineer") : QString();
        events << e;
    }
    QElapsedTimer timer;
    timer.start();
    auto inserted = library->timeline().insert(storyId, events);
    if (!inserted) {
        std::fprintf(stderr, "cannot write the events: %s\n", qPrintable(inserted.error()));
        return 2;
    }
    const double writeMs = timer.nsecsElapsed() / 1e6;

    std::vector<double> modelMs;
    std::vector<double> viewMs;
    for (int i = 0; i < repeat; ++i) {
        timer.restart();
        {
            TimelineModel model(library->timeline(), storyId, nullptr);
            modelMs.push_back(timer.nsecsElapsed() / 1e6);
            if (model.rowCount() != count) {
                std::fprintf(stderr, "loaded %d events, expected %d\n", model.rowCount(), count);
                return 1;
            }
        }
        // The timeline page's table: model, view and its first picture.
        QTableView view;
        view.setItemDelegate(new TimelineDelegate(&view));
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.resize(1000, 700);
        view.show();
        QApplication::processEvents();
        timer.restart();
        TimelineModel model(library->timeline(), storyId, nullptr);
        view.setModel(&model);
        view.horizontalHeader()->setSectionResizeMode(TimelineModel::DescriptionColumn, QHeaderView::Stretch);
        (void)view.viewport()->grab();
        viewMs.push_back(timer.nsecsElapsed() / 1e6);
        view.setModel(nullptr);
    }

    std::printf("Timeline of %d events (%d repeats)\n", count, repeat);
    std::printf("%-44s %8.2f ms (one transaction)\n", "write all events", writeMs);
    print("load into TimelineModel", summarize(modelMs), 50);
    print("load and paint in the table view", summarize(viewMs), 0);
    return 0;
}
