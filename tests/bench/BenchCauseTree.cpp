// kintsugi_bench_causes: times a large cause tree.
//
// Builds a story with a cause tree of -n nodes (default 2,000) in several branches (a handful of
// problems, each with "Why?" chains up to seven levels deep and fanning out), then measures in a
// real QApplication (run it with QT_QPA_PLATFORM=offscreen):
//   1. loading the tree into a CauseTreeModel,
//   2. the diagram layout (CauseTreeLayout) on its own,
//   3. the diagram view taking the model: layout plus building the QGraphicsScene,
//   and the sum of 1 and 3 against the target of 100 ms; then, for information, the first paint.
// Prints median and minimum times. Exits 0 whatever the figures; non-zero only when something fails.

#include "analysis/CauseDiagramView.h"
#include "analysis/CauseTreeLayout.h"
#include "document/Library.h"
#include "models/CauseTreeModel.h"
#include "storage/CauseStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QPixmap>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUndoStack>

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

double ms(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

const char* const Phrases[] = {
    "The connection pool was exhausted under the retry storm",
    "Alerts went to a channel nobody watched at night",
    "The runbook described the old failover procedure",
    "A config change skipped review because the tool allowed it",
    "Load tests did not cover the batch window",
    "Disk filled up with debug logs",
    "The deploy pipeline had no automatic rollback",
    "Two teams assumed the other owned the certificate",
};

int fail(const char* message)
{
    std::fprintf(stderr, "kintsugi_bench_causes: error: %s\n", message);
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption countOption(QStringList {QStringLiteral("n")},
                                   QStringLiteral("Nodes in the tree."),
                                   QStringLiteral("count"),
                                   QStringLiteral("2000"));
    QCommandLineOption repeatOption(QStringList {QStringLiteral("repeat")},
                                    QStringLiteral("Runs to time."),
                                    QStringLiteral("runs"),
                                    QStringLiteral("15"));
    parser.addOption(countOption);
    parser.addOption(repeatOption);
    parser.process(app);
    const int count = qMax(1, parser.value(countOption).toInt());
    const int repeat = qMax(1, parser.value(repeatOption).toInt());

    QTemporaryDir dir;
    if (!dir.isValid()) {
        return fail("cannot create a temporary directory");
    }
    auto library = Library::open(dir.filePath(QStringLiteral("bench.kintsugi")));
    if (!library) {
        return fail(qPrintable(library.error()));
    }
    auto storyId = library.value()->createStory(Story {});
    if (!storyId) {
        return fail(qPrintable(storyId.error()));
    }
    CauseStore& store = library.value()->causes();

    // Several problems, each a subtree written in one transaction (as undo of a deletion does).
    QElapsedTimer timer;
    timer.start();
    QRandomGenerator random(20260101);
    const int problems = qMax(1, qMin(6, count / 50));
    qint64 nextId = 1;
    int made = 0;
    for (int p = 0; p < problems; ++p) {
        const int size = p == problems - 1 ? count - made : count / problems;
        CauseSubtree tree;
        CauseNode root;
        root.id = nextId++;
        root.storyId = storyId.value();
        root.position = p;
        root.type = CauseType::Problem;
        root.statement = QStringLiteral("Problem %1: checkout failed for %2 minutes").arg(p + 1).arg(10 + p * 7);
        tree.nodes << root;
        std::vector<int> depth = {0};
        std::vector<int> children = {0};
        while (static_cast<int>(tree.nodes.size()) < size) {
            // Prefer recent nodes (deep "Why?" chains), sometimes branch out higher up.
            const int n = static_cast<int>(tree.nodes.size());
            int parent = random.bounded(10) < 6 ? n - 1 - random.bounded(qMin(n, 4)) : random.bounded(n);
            while (depth[static_cast<size_t>(parent)] >= 7) {
                parent = random.bounded(n);
            }
            CauseNode node;
            node.id = nextId++;
            node.storyId = storyId.value();
            node.parentId = tree.nodes[parent].id;
            node.position = children[static_cast<size_t>(parent)]++;
            node.type = random.bounded(5) == 0 ? CauseType::RootCause : CauseType::Cause;
            node.categoryId = random.bounded(6); // 0: none, 1–5: the default categories
            node.statement = QString::fromLatin1(Phrases[random.bounded(8)]);
            tree.nodes << node;
            depth.push_back(depth[static_cast<size_t>(parent)] + 1);
            children.push_back(0);
        }
        if (Status s = store.restoreSubtree(tree); !s) {
            return fail(qPrintable(s.error()));
        }
        made += static_cast<int>(tree.nodes.size());
    }
    std::printf("Cause tree: %d nodes under %d problems, written in %.0f ms\n", made, problems, ms(timer));

    std::vector<double> load, layout, scene, total, paint;
    QUndoStack stack;
    for (int run = 0; run < repeat + 1; ++run) {
        CauseDiagramView view;
        view.resize(1200, 800);
        QElapsedTimer t;
        t.start();
        CauseTreeModel model(store, storyId.value(), &stack);
        const double loadMs = ms(t);
        if (model.nodeCount() != made) {
            return fail("the model did not load every node");
        }
        QElapsedTimer l;
        l.start();
        const CauseTreeLayout laidOut = CauseTreeLayout::compute(model.nodesInOrder(), view.layoutOptions());
        const double layoutMs = ms(l);
        if (laidOut.boxes().size() != made) {
            return fail("the layout lost nodes");
        }
        QItemSelectionModel selection(&model);
        QElapsedTimer s;
        s.start();
        view.setModel(&model, &selection);
        const double sceneMs = ms(s);
        if (view.boxCount() != made) {
            return fail("the diagram lost boxes");
        }
        QElapsedTimer p;
        p.start();
        const QPixmap shot = view.viewport()->grab(); // the whole tree, fitted into 1200×800
        const double paintMs = ms(p);
        if (shot.isNull()) {
            return fail("the diagram did not paint");
        }
        if (run == 0) {
            continue; // warm-up: fonts and caches
        }
        paint.push_back(paintMs);
        load.push_back(loadMs);
        layout.push_back(layoutMs);
        scene.push_back(sceneMs);
        total.push_back(loadMs + sceneMs);
        view.setModel(nullptr, nullptr);
    }
    auto row = [](const char* name, const std::vector<double>& v, double target) {
        const double med = median(v);
        const double lo = *std::min_element(v.begin(), v.end());
        if (target > 0) {
            std::printf("%-42s %5zu %10.2f %10.2f %10.0f  %s\n",
                        name,
                        v.size(),
                        med,
                        lo,
                        target,
                        med < target ? "PASS" : "OVER");
        } else {
            std::printf("%-42s %5zu %10.2f %10.2f %10s  info\n", name, v.size(), med, lo, "-");
        }
    };
    std::printf("\n%-42s %5s %10s %10s %10s\n", "measure", "runs", "median ms", "min ms", "target ms");
    row("load + layout + scene (total)", total, 100);
    row("  load into CauseTreeModel", load, 0);
    row("  layout alone (CauseTreeLayout)", layout, 0);
    row("  diagram view: layout + QGraphicsScene", scene, 0);
    row("first paint of the fitted diagram (after)", paint, 0);
    return 0;
}
