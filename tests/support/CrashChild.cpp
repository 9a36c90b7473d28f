// A writer process for TestCrashSafety and TestConcurrency. It opens the library named on its
// command line and edits it in a loop, and it reports every write on stdout only AFTER the store
// call has returned successfully, so a parent that kills it knows which writes must have survived.
//
//   kintsugi_crashchild LIBRARY [--seed N] [--edits N] [--own-only] [--label TEXT] [--wait-go]
//
//   --seed N      seed of the random choices and texts (default: random)
//   --edits N     exit normally after N writes (default: loop until killed)
//   --own-only    edit only stories this process created (for concurrent writers)
//   --label TEXT  put TEXT into every value written (tells two writers apart)
//   --wait-go     after "ready", wait for a line on stdin before writing (starts writers together)
//
// Lines on stdout, each flushed on its own (one write(2) of less than PIPE_BUF bytes):
//   ready                                  the library is open
//   begin <id> <field> <sha1>              about to write <field> of story <id>
//   done <id> <field> <sha1>               that write committed
//   create <sha1 title> <sha1 s0> ... <sha1 s9>           about to create a story
//   created <id> <sha1 title> <sha1 s0> ... <sha1 s9>     that story was committed as <id>
//   finished <n>                           --edits mode: n writes done, exiting normally
// Fields are "title" and "s0".."s9" (the sections); sha1 is the hex SHA-1 of the value's UTF-8.
// A failed write prints "error ..." on stderr and exits with code 1.

#include "domain/Story.h"
#include "storage/LibraryDatabase.h"
#include "storage/StoryStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QList>
#include <QRandomGenerator>
#include <QStringList>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

QByteArray sha1(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex();
}

void emitLine(const QByteArray& line)
{
    const QByteArray withNewline = line + '\n';
    std::fwrite(withNewline.constData(), 1, static_cast<size_t>(withNewline.size()), stdout);
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString& what)
{
    std::fprintf(stderr, "error %s\n", what.toUtf8().constData());
    std::fflush(stderr);
    std::exit(1);
}

// Pieces of text that stress encodings: emoji (surrogate pairs, ZWJ sequences, flags), Arabic
// (right to left), combining characters, CJK, and plain ASCII.
const QStringList& fragments()
{
    static const QStringList list = {
        QStringLiteral("the pager fired at 03:12 "),
        QStringLiteral("rollback "),
        QStringLiteral("database "),
        QStringLiteral("\U0001F525 "),                 // fire
        QStringLiteral("\U0001F469\u200D\U0001F4BB "), // woman technologist (ZWJ sequence)
        QStringLiteral("\U0001F1EF\U0001F1F5 "),       // flag (regional indicators)
        QStringLiteral("\u0627\u0644\u062E\u0627\u062F\u0645 \u062A\u0648\u0642\u0641 "), // Arabic: the server stopped
        QStringLiteral("\u200F\u0645\u0631\u062D\u0628\u0627\u200F "),      // Arabic with right-to-left marks
        QStringLiteral("Cafe\u0301 "),                                      // e + combining acute accent
        QStringLiteral("na\u0308ive "),                                     // a + combining diaeresis
        QStringLiteral("Z\u0351\u0308\u0334\u0317a\u0352\u0301l\u0337go "), // stacked combining marks
        QStringLiteral("\u969C\u5BB3\u5831\u544A "),                        // CJK
        QStringLiteral("\u00C5ngstr\u00F6m "),
        QStringLiteral("line\nbreak "),
        QStringLiteral("tab\there "),
        QStringLiteral("\"quotes\" 'and' %1 %% "),
    };
    return list;
}

QString makeText(QRandomGenerator& rng, const QString& prefix, int length)
{
    QString text = prefix;
    const QStringList& pieces = fragments();
    while (text.size() < length) {
        text += pieces.at(static_cast<qsizetype>(rng.bounded(static_cast<quint32>(pieces.size()))));
    }
    return text;
}

// Mostly short sections, some of several KB, a few large ones.
int sectionLength(QRandomGenerator& rng)
{
    const quint32 roll = rng.bounded(100u);
    if (roll < 70) {
        return static_cast<int>(rng.bounded(300u));
    }
    if (roll < 95) {
        return 1000 + static_cast<int>(rng.bounded(4000u));
    }
    return 8000 + static_cast<int>(rng.bounded(24000u));
}

QByteArray fieldName(int field)
{
    return field < 0 ? QByteArray("title") : "s" + QByteArray::number(field);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString path;
    quint64 seed = QRandomGenerator::system()->generate64();
    qint64 maxEdits = -1;
    bool ownOnly = false;
    bool waitGo = false;
    QString label;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (arg == QLatin1String("--seed") && hasValue) {
            seed = args.at(++i).toULongLong();
        } else if (arg == QLatin1String("--edits") && hasValue) {
            maxEdits = args.at(++i).toLongLong();
        } else if (arg == QLatin1String("--label") && hasValue) {
            label = args.at(++i);
        } else if (arg == QLatin1String("--own-only")) {
            ownOnly = true;
        } else if (arg == QLatin1String("--wait-go")) {
            waitGo = true;
        } else if (path.isEmpty() && !arg.startsWith(QLatin1String("--"))) {
            path = arg;
        } else {
            fail(QStringLiteral("usage: kintsugi_crashchild LIBRARY [--seed N] [--edits N] [--own-only] [--label TEXT] "
                                "[--wait-go]"));
        }
    }
    if (path.isEmpty()) {
        fail(QStringLiteral("no library given"));
    }
    QRandomGenerator rng(seed);

    {
        auto opened = LibraryDatabase::open(path);
        if (!opened) {
            fail(opened.error());
        }
        std::unique_ptr<LibraryDatabase> library = std::move(opened).value();
        StoryStore store(*library);

        QList<qint64> ids;
        if (!ownOnly) {
            auto summaries = store.summaries();
            if (!summaries) {
                fail(summaries.error());
            }
            for (const StorySummary& summary : summaries.value()) {
                ids << summary.id;
            }
        }
        emitLine("ready");
        if (waitGo) {
            char buffer[16];
            if (!std::fgets(buffer, sizeof buffer, stdin)) {
                fail(QStringLiteral("no go signal on stdin"));
            }
        }

        const QString tag = QStringLiteral("%1 %2").arg(label).arg(seed);
        for (qint64 n = 0; maxEdits < 0 || n < maxEdits; ++n) {
            const QString prefix = QStringLiteral("[%1 #%2] ").arg(tag).arg(n);
            // Keep the library small enough to verify quickly: create often while it is small.
            const quint32 createPercent = ids.size() < 40 ? 40 : 5;
            if (ids.isEmpty() || rng.bounded(100u) < createPercent) {
                Story story;
                story.title = makeText(rng, prefix, static_cast<int>(rng.bounded(80u)));
                QByteArray hashes = sha1(story.title);
                for (int s = 0; s < SectionCount; ++s) {
                    story.setSection(static_cast<Section>(s), makeText(rng, prefix, sectionLength(rng)));
                    hashes += ' ' + sha1(story.section(static_cast<Section>(s)));
                }
                emitLine("create " + hashes);
                auto created = store.create(story);
                if (!created) {
                    fail(QStringLiteral("create: ") + created.error());
                }
                ids << created.value();
                emitLine("created " + QByteArray::number(created.value()) + ' ' + hashes);
                continue;
            }
            const qint64 id = ids.at(static_cast<qsizetype>(rng.bounded(static_cast<quint32>(ids.size()))));
            const int field = static_cast<int>(rng.bounded(SectionCount + 1)) - 1; // -1: the title
            const QString value = field < 0 ? makeText(rng, prefix, static_cast<int>(rng.bounded(120u)))
                                            : makeText(rng, prefix, sectionLength(rng));
            const QByteArray line = QByteArray::number(id) + ' ' + fieldName(field) + ' ' + sha1(value);
            emitLine("begin " + line);
            const Status written = field < 0 ? store.setField(id, StoryField::Title, value)
                                             : store.setSection(id, static_cast<Section>(field), value);
            if (!written) {
                fail(QStringLiteral("write %1: %2").arg(QString::fromLatin1(line), written.error()));
            }
            emitLine("done " + line);
        }
        if (maxEdits >= 0) {
            emitLine("finished " + QByteArray::number(maxEdits));
        }
    }
    return 0;
}
