// kintsugi_bench_open_actions: times the library-wide "Open actions" view on a large library.
//
// Generates (once, cached in --dir) a library of -n stories with three action items each on
// average (10,000 stories, 30,000 items by default; about 80 % of them open or in progress, a
// fifth undated, forty owners; --all-open makes every item open), then measures in a real QApplication
// (QT_QPA_PLATFORM=offscreen):
//   1. opening the view: OpenActionsModel's one query, the filter proxy sorted by due date, and the
//      widget shown and painted once — against the target of 200 ms,
//   2. its parts: the model load alone, the proxy sort alone,
//   3. follow-ups: switching the owner filter and the "Overdue only" filter.
// Prints median and minimum times. Exits 0 whatever the figures; non-zero only when something fails.

#include "analysis/OpenActionsView.h"
#include "document/Library.h"
#include "domain/ActionItem.h"
#include "models/OpenActionsFilterProxyModel.h"
#include "models/OpenActionsModel.h"
#include "storage/ActionStore.h"
#include "storage/StoryStore.h"
#include "util/AppInfo.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <memory>
#include <vector>

namespace {

constexpr int GeneratorVersion = 1;

const char* const Verbs[] = {"Add",
                             "Automate",
                             "Document",
                             "Alert on",
                             "Load-test",
                             "Rotate",
                             "Review",
                             "Remove",
                             "Rate-limit",
                             "Back up",
                             "Monitor",
                             "Cap",
                             "Split",
                             "Retire",
                             "Rehearse"};
const char* const Objects[] = {"disk usage on the log volume",
                               "the connection pool limits",
                               "the failover runbook",
                               "certificate expiry",
                               "the nightly report query",
                               "DNS TTLs before migrations",
                               "retries in the mobile client",
                               "the deploy pipeline's canary step",
                               "the feature flag rollout",
                               "the orders table index",
                               "the cache invalidation path",
                               "queue depth on the payments topic"};
const char* const FirstNames[] = {"Alex", "Dana", "Lee",  "Kim",  "Sam",  "Noor",  "Jonas", "Priya", "Mateo", "Aiko",
                                  "Femi", "Olga", "Ravi", "Chen", "Maya", "Tomás", "Ines",  "Yusuf", "Greta", "Kofi"};
const char* const Teams[] = {"", " (SRE)"};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n == 0 ? 0 : (n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2);
}

struct Measurement
{
    QByteArray name;
    double targetMs = 0; // 0: information only
    std::vector<double> ms;
};

int fail(const QString& message)
{
    std::fprintf(stderr, "kintsugi_bench_open_actions: error: %s\n", qUtf8Printable(message));
    return 2;
}

QString pick(QRandomGenerator& random, const char* const* list, int size)
{
    return QString::fromUtf8(list[random.bounded(size)]);
}

// Stories through StoryStore::create (one transaction each), action items through
// ActionStore::insertMany in chunks of 5,000.
bool generate(Library& library, int stories, int seed, bool allOpen, QString* error)
{
    QRandomGenerator random(static_cast<quint32>(seed));
    QList<qint64> ids;
    ids.reserve(stories);
    for (int i = 0; i < stories; ++i) {
        Story story;
        story.title = QStringLiteral("Incident %1: %2 %3")
                          .arg(i + 1)
                          .arg(pick(random, Objects, std::size(Objects)))
                          .arg(QStringLiteral("degraded"));
        auto id = library.stories().create(story);
        if (!id) {
            *error = id.error();
            return false;
        }
        ids << id.value();
        if ((i + 1) % 2000 == 0) {
            std::fprintf(stderr, "  … %d of %d stories\n", i + 1, stories);
        }
    }
    const QDate today = QDate::currentDate();
    QList<ActionItem> chunk;
    const int items = stories * 3;
    for (int i = 0; i < items; ++i) {
        ActionItem item;
        item.storyId = ids[random.bounded(static_cast<int>(ids.size()))];
        item.title =
            pick(random, Verbs, std::size(Verbs)) + QLatin1Char(' ') + pick(random, Objects, std::size(Objects));
        if (random.bounded(10) > 0) {
            item.owner = pick(random, FirstNames, std::size(FirstNames)) + pick(random, Teams, std::size(Teams));
        }
        if (random.bounded(5) > 0) {
            item.dueDate = today.addDays(random.bounded(-120, 120));
        }
        item.priority = 1 + random.bounded(3);
        const int status = allOpen ? random.bounded(80) : random.bounded(100);
        item.status = status < 65   ? ActionStatus::Open
                      : status < 80 ? ActionStatus::InProgress
                      : status < 95 ? ActionStatus::Done
                                    : ActionStatus::WontDo;
        item.type = static_cast<ActionType>(random.bounded(4));
        chunk << item;
        if (chunk.size() == 5000 || i == items - 1) {
            if (Status s = library.actions().insertMany(chunk); !s) {
                *error = s.error();
                return false;
            }
            chunk.clear();
        }
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QTemporaryDir home;
    if (!home.isValid()) {
        return fail(QStringLiteral("cannot create a temporary directory"));
    }
    qputenv("XDG_CONFIG_HOME", QDir(home.path()).filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", QDir(home.path()).filePath(QStringLiteral("data")).toUtf8());

    QApplication app(argc, argv);
    AppInfo::setUpApplication();
    QCoreApplication::setApplicationName(QStringLiteral("kintsugi_bench_open_actions"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the Open actions view on a large generated library."));
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringList {QStringLiteral("n"), QStringLiteral("stories")},
                                         QStringLiteral("Number of stories; three action items each (default 10000)."),
                                         QStringLiteral("count"),
                                         QStringLiteral("10000"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"),
        QStringLiteral("Directory where the generated library is cached (default: a temporary directory)."),
        QStringLiteral("path"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                          QStringLiteral("Repetitions of each measurement (default 9)."),
                                          QStringLiteral("count"),
                                          QStringLiteral("9"));
    const QCommandLineOption allOpenOption(
        QStringLiteral("all-open"), QStringLiteral("Make every action item open or in progress (the worst case)."));
    parser.addOption(countOption);
    parser.addOption(allOpenOption);
    parser.addOption(dirOption);
    parser.addOption(repeatOption);
    parser.process(app);
    const int count = qMax(1, parser.value(countOption).toInt());
    const int repeat = qMax(1, parser.value(repeatOption).toInt());

    QTemporaryDir scratch;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : scratch.path();
    QDir().mkpath(dir);
    const bool allOpen = parser.isSet(allOpenOption);
    const QString path = QDir(dir).filePath(QStringLiteral("open-actions-%1%2-v%3.kintsugi")
                                                .arg(count)
                                                .arg(allOpen ? QStringLiteral("-all-open") : QString())
                                                .arg(GeneratorVersion));
    const bool cached = QFileInfo::exists(path);
    auto opened = Library::open(path);
    if (!opened) {
        return fail(opened.error());
    }
    std::unique_ptr<Library> library = std::move(opened).value();
    if (!cached || library->stories().count().value() != count) {
        if (cached) {
            return fail(QStringLiteral("%1 holds another library; remove it").arg(path));
        }
        std::printf("Generating %d stories with %d action items into %s …\n",
                    count,
                    count * 3,
                    qUtf8Printable(QDir::toNativeSeparators(path)));
        QElapsedTimer timer;
        timer.start();
        QString error;
        if (!generate(*library, count, 1, allOpen, &error)) {
            return fail(error);
        }
        std::printf("Generated in %.1f s\n", static_cast<double>(timer.elapsed()) / 1000.0);
    } else {
        std::printf("Using the cached library %s\n", qUtf8Printable(QDir::toNativeSeparators(path)));
    }
    const auto open = library->actions().openActions();
    if (!open) {
        return fail(open.error());
    }
    std::printf("%d stories, %d open action items listed\n", count, static_cast<int>(open->size()));

    Measurement openView {"open the Open actions view (load + sort + show + paint)", 200, {}};
    Measurement loadOnly {"  model load (one query)", 0, {}};
    Measurement sortOnly {"  proxy sorted by due date", 0, {}};
    Measurement ownerFilter {"  owner filter switched", 0, {}};
    Measurement overdueFilter {"  overdue-only switched", 0, {}};
    int rows = 0;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto view = std::make_unique<OpenActionsView>();
        view->resize(1100, 600);
        view->setLibrary(library.get());
        view->show();
        view->view()->viewport()->repaint();
        openView.ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        rows = view->proxy()->rowCount();
        if (rows == 0 || !view->view()->isVisible()) {
            return fail(QStringLiteral("the view shows nothing"));
        }

        timer.restart();
        QComboBox* owner = view->ownerCombo();
        owner->setCurrentIndex(2 + i % qMax(1, owner->count() - 2));
        view->view()->viewport()->repaint();
        ownerFilter.ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        owner->setCurrentIndex(0);
        timer.restart();
        view->overdueCheck()->setChecked(true);
        view->view()->viewport()->repaint();
        overdueFilter.ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        view->overdueCheck()->setChecked(false);
        view.reset();

        timer.restart();
        OpenActionsModel model(library->actions(), library->stories());
        loadOnly.ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        OpenActionsFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(OpenActionsModel::DueColumn, Qt::AscendingOrder);
        (void)proxy.rowCount();
        sortOnly.ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        QCoreApplication::processEvents();
    }

    std::printf("\nOpen actions view: %d rows shown, %d repetitions\n", rows, repeat);
    std::printf("%-58s %10s %10s %10s  %s\n", "measurement", "median ms", "min ms", "target", "");
    for (const Measurement* m : {&openView, &loadOnly, &sortOnly, &ownerFilter, &overdueFilter}) {
        const double med = median(m->ms);
        const double lo = *std::min_element(m->ms.begin(), m->ms.end());
        if (m->targetMs > 0) {
            std::printf("%-58s %10.2f %10.2f %10.0f  %s\n",
                        m->name.constData(),
                        med,
                        lo,
                        m->targetMs,
                        med < m->targetMs ? "PASS" : "OVER");
        } else {
            std::printf("%-58s %10.2f %10.2f %10s  info\n", m->name.constData(), med, lo, "-");
        }
    }
    return 0;
}
