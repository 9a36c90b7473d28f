// kintsugi_bench_retro: a retro board of -n cards (500 by default, a quarter of them in groups of
// two, dots on most) loaded into RetroBoardModel, and one vote followed by the re-sort of the board
// by votes. Prints median and minimum against the targets (load 100 ms, vote + re-sort 16 ms).
// Exits 0 whatever the figures; non-zero only when something fails.

#include "document/Library.h"
#include "document/RetroDocument.h"
#include "models/RetroBoardModel.h"
#include "storage/RetroStore.h"
#include "storage/RetroTemplateStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
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

// What a view asks for when it shows the board: every item's text, votes and kind.
int touchAll(const RetroBoardModel& model, const QModelIndex& parent = {})
{
    int n = 0;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        n += index.data().toString().size() > 0 ? 1 : 0;
        n += index.data(RetroBoardModel::VotesRole).toInt() >= 0 ? 0 : 1;
        n += touchAll(model, index);
    }
    return n;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption countOption({QStringLiteral("n"), QStringLiteral("cards")},
                                   QStringLiteral("Cards on the board."),
                                   QStringLiteral("count"),
                                   QStringLiteral("500"));
    QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                    QStringLiteral("Measurements of each kind."),
                                    QStringLiteral("count"),
                                    QStringLiteral("21"));
    parser.addOption(countOption);
    parser.addOption(repeatOption);
    parser.process(app);
    const int count = qMax(4, parser.value(countOption).toInt());
    const int repeat = qMax(1, parser.value(repeatOption).toInt());

    QTemporaryDir dir;
    auto opened = Library::open(QDir(dir.path()).filePath(QStringLiteral("bench.kintsugi")));
    if (!opened) {
        std::fprintf(stderr, "cannot create the library: %s\n", qPrintable(opened.error()));
        return 2;
    }
    std::unique_ptr<Library> library = std::move(opened).value();
    Retro retro;
    retro.title = QStringLiteral("Big board");
    for (int i = 0; i < 40; ++i) {
        retro.participants << QStringLiteral("Person %1").arg(i);
    }
    const auto templates = library->retroTemplates().templates();
    auto created = library->createRetro(retro, templates->at(3).id); // 4Ls: four columns
    if (!created) {
        std::fprintf(stderr, "cannot create the retro: %s\n", qPrintable(created.error()));
        return 2;
    }
    const qint64 retroId = created.value();
    RetroStore& store = library->retros();
    const auto columns = store.columns(retroId).value();
    QRandomGenerator random(42);
    QElapsedTimer timer;
    timer.start();
    QList<qint64> cards;
    for (int i = 0; i < count; ++i) {
        RetroCard card;
        card.retroId = retroId;
        card.columnId = columns[i % columns.size()].id;
        card.text = QStringLiteral("Card %1: the deploy pipeline was slow again on %2").arg(i).arg(random.bounded(100));
        card.author = i % 4 == 0 ? QStringLiteral("Person %1").arg(i % 40) : QString();
        auto id = store.insertCard(card, -1);
        if (!id) {
            std::fprintf(stderr, "cannot add a card: %s\n", qPrintable(id.error()));
            return 2;
        }
        cards << id.value();
    }
    RetroDocument* doc = library->retroDocument(retroId);
    // A quarter of the cards in pairs; dots on most cards.
    for (int i = 0; i + 1 < count / 4; i += 2) {
        const qint64 a = cards[i * 4 % count];
        const qint64 b = cards[(i * 4 + 4) % count];
        if (!doc->groupCards(a, {b})) {
            std::fprintf(stderr, "cannot group cards\n");
            return 2;
        }
    }
    for (int i = 0; i < count; ++i) {
        if (i % 5 != 4) {
            (void)store.setVotes(retroId,
                                 QStringLiteral("Person %1").arg(i % 40),
                                 RetroItemRef::card(cards[i]),
                                 1 + static_cast<int>(random.bounded(3)));
        }
    }
    const double setupMs = timer.nsecsElapsed() / 1e6;

    std::vector<double> loadMs;
    for (int i = 0; i < repeat; ++i) {
        timer.restart();
        RetroBoardModel model(store, retroId, doc);
        model.setSortMode(RetroBoardModel::SortMode::ByVotes);
        (void)touchAll(model);
        loadMs.push_back(timer.nsecsElapsed() / 1e6);
        if (model.cardCount() != count) {
            std::fprintf(stderr, "loaded %d cards, expected %d\n", model.cardCount(), count);
            return 1;
        }
    }

    // The board as Discuss shows it, sorted by votes; the room's tally changes one card at a time.
    RetroBoardModel* board = doc->board();
    board->setSortMode(RetroBoardModel::SortMode::ByVotes);
    std::vector<double> voteMs;
    int moved = 0;
    QObject::connect(board, &QAbstractItemModel::layoutChanged, [&moved] { ++moved; });
    for (int i = 0; i < repeat; ++i) {
        const RetroItemRef card = RetroItemRef::card(cards[static_cast<int>(random.bounded(count))]);
        timer.restart();
        const Status voted = doc->setVotes(QString(), card, 40 + i % 20);
        voteMs.push_back(timer.nsecsElapsed() / 1e6);
        if (!voted) {
            std::fprintf(stderr, "cannot vote: %s\n", qPrintable(voted.error()));
            return 1;
        }
        if (board->cardIndex(card.id).row() != 0 &&
            board->kindAt(board->cardIndex(card.id).parent()) == RetroBoardModel::Kind::Column) {
            std::fprintf(stderr, "the voted card is not on top of its column\n");
            return 1;
        }
        (void)doc->setVotes(QString(), card, 0);
    }

    std::printf("Retro board of %d cards in %lld columns (%d repeats)\n",
                count,
                static_cast<long long>(columns.size()),
                repeat);
    std::printf("%-44s %8.2f ms\n", "set up the board (cards, groups, votes)", setupMs);
    print("load into RetroBoardModel (by votes)", summarize(loadMs), 100);
    print("one vote + re-sort by votes", summarize(voteMs), 16);
    std::printf("%-44s %d\n", "re-sorts seen", moved);
    return 0;
}
