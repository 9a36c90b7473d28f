// Two writers on one library at the same time, as threads with their own connections and as
// processes: busy_timeout and BEGIN IMMEDIATE must make each wait for the other instead of failing,
// and no write may be lost.

#include "CrashChildLog.h"
#include "TestSupport.h"
#include "storage/LibraryDatabase.h"
#include "storage/StoryStore.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <latch>
#include <memory>
#include <thread>

class TestConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void twoThreadsWrite();
    void twoProcessesWrite();
    void twoProcessesCreateOneLibrary();

private:
    static void createLibrary(const QString& path);
};

namespace {

constexpr int StoriesPerWriter = 200;
constexpr int EditsPerProcess = 300;
constexpr int ProcessTimeoutMs = 180000;

// One writer thread: its own LibraryDatabase (own QSqlDatabase connection, created, used and closed
// in this thread) and StoryStore.
struct ThreadWriter
{
    QString label;
    quint64 seed = 0;
    QStringList errors;
    QMap<qint64, Story> stories; // what each story must hold afterwards
    int writes = 0;

    void run(const QString& path, std::latch& opened)
    {
        auto library = LibraryDatabase::open(path);
        opened.arrive_and_wait(); // both connections exist before either writes
        if (!library) {
            errors << QStringLiteral("open: ") + library.error();
            return;
        }
        {
            StoryStore store(*library.value());
            write(store);
        }
        library.value().reset(); // closes the connection in the thread that opened it
    }

    void write(StoryStore& store)
    {
        QRandomGenerator rng(seed);
        const QString bulk =
            QStringLiteral("%1 \U0001F525 \u0627\u0644\u062E\u0627\u062F\u0645 Cafe\u0301 ").arg(label);
        QList<qint64> ids;
        for (int i = 0; i < StoriesPerWriter; ++i) {
            Story story = TestSupport::fullStory(QStringLiteral("%1 story %2").arg(label).arg(i));
            if (i % 10 == 0) {
                story.setSection(Section::SupportingInfo, bulk.repeated(200)); // several KB
            }
            auto created = store.create(story);
            ++writes;
            if (!created) {
                errors << QStringLiteral("create %1: %2").arg(i).arg(created.error());
                continue;
            }
            story.id = created.value();
            stories.insert(story.id, story);
            ids << story.id;

            // Edit this story or an earlier one: a section, then a title.
            const qint64 sectionTarget = ids.at(static_cast<qsizetype>(rng.bounded(static_cast<quint32>(ids.size()))));
            const auto section = static_cast<Section>(rng.bounded(SectionCount));
            const QString text = QStringLiteral("%1 edit %2 na\u0308ive ").arg(label).arg(i).repeated(1 + i % 7);
            ++writes;
            if (Status s = store.setSection(sectionTarget, section, text); !s) {
                errors << QStringLiteral("section of %1: %2").arg(sectionTarget).arg(s.error());
            } else {
                stories[sectionTarget].setSection(section, text);
            }
            const qint64 titleTarget = ids.at(static_cast<qsizetype>(rng.bounded(static_cast<quint32>(ids.size()))));
            const QString title = QStringLiteral("%1 renamed %2 \U0001F469\u200D\U0001F4BB").arg(label).arg(i);
            ++writes;
            if (Status s = store.setField(titleTarget, StoryField::Title, title); !s) {
                errors << QStringLiteral("title of %1: %2").arg(titleTarget).arg(s.error());
            } else {
                stories[titleTarget].title = title;
            }

            // Reads between the writes, while the other writer writes.
            if (i % 25 == 0) {
                if (auto count = store.count(); !count) {
                    errors << QStringLiteral("count: ") + count.error();
                }
                if (auto hits = store.search(label); !hits) {
                    errors << QStringLiteral("search: ") + hits.error();
                }
            }
        }
    }
};

// Reads what both processes print until both have exited or the deadline passes.
void readBoth(QProcess& a, QByteArray& outA, QProcess& b, QByteArray& outB, const QDeadlineTimer& deadline)
{
    while (!deadline.hasExpired() && (a.state() == QProcess::Running || b.state() == QProcess::Running)) {
        for (auto [process, output] : {std::pair {&a, &outA}, std::pair {&b, &outB}}) {
            if (process->state() == QProcess::Running) {
                process->waitForReadyRead(10);
            }
            *output += process->readAllStandardOutput();
        }
    }
    outA += a.readAllStandardOutput();
    outB += b.readAllStandardOutput();
}

} // namespace

void TestConcurrency::createLibrary(const QString& path)
{
    auto library = LibraryDatabase::open(path);
    QVERIFY2(library.ok(), qPrintable(library.error()));
    QVERIFY(library.value()->isNew());
}

void TestConcurrency::twoThreadsWrite()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = TestSupport::libraryPath(dir);
    createLibrary(path);
    if (QTest::currentTestFailed()) {
        return;
    }

    const quint64 seed = QRandomGenerator::system()->generate64();
    qInfo("seed %llu", static_cast<unsigned long long>(seed));
    ThreadWriter alpha {QStringLiteral("alpha"), seed, {}, {}, 0};
    ThreadWriter bravo {QStringLiteral("bravo"), seed + 1, {}, {}, 0};
    QElapsedTimer timer;
    timer.start();
    {
        std::latch opened(2);
        std::thread first([&] { alpha.run(path, opened); });
        std::thread second([&] { bravo.run(path, opened); });
        first.join();
        second.join();
    }
    qInfo("%d + %d writes in %lld ms", alpha.writes, bravo.writes, static_cast<long long>(timer.elapsed()));

    QVERIFY2(alpha.errors.isEmpty(), qPrintable(alpha.errors.join(QLatin1Char('\n'))));
    QVERIFY2(bravo.errors.isEmpty(), qPrintable(bravo.errors.join(QLatin1Char('\n'))));
    QCOMPARE(alpha.stories.size(), StoriesPerWriter);
    QCOMPARE(bravo.stories.size(), StoriesPerWriter);

    auto library = LibraryDatabase::open(path);
    QVERIFY2(library.ok(), qPrintable(library.error()));
    QCOMPARE(library.value()->integrityProblems(), QStringList());
    StoryStore store(*library.value());
    auto count = store.count();
    QVERIFY(count.ok());
    QCOMPARE(count.value(), 2 * StoriesPerWriter);
    for (const ThreadWriter* writer : {&alpha, &bravo}) {
        for (const Story& expected : writer->stories) {
            auto loaded = store.load(expected.id);
            QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
            Story wanted = expected;
            wanted.createdAt = loaded.value().createdAt;
            wanted.modifiedAt = loaded.value().modifiedAt;
            QVERIFY2(loaded.value() == wanted,
                     qPrintable(QStringLiteral("story %1 of %2 differs").arg(expected.id).arg(writer->label)));
        }
        // The full-text index kept up with both writers: every story of a writer matches its label.
        auto hits = store.search(writer->label);
        QVERIFY2(hits.ok(), qPrintable(hits.error()));
        QCOMPARE(hits.value().size(), StoriesPerWriter);
        for (const SearchHit& hit : hits.value()) {
            QVERIFY(writer->stories.contains(hit.storyId));
        }
    }
}

void TestConcurrency::twoProcessesWrite()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = TestSupport::libraryPath(dir);
    createLibrary(path);
    if (QTest::currentTestFailed()) {
        return;
    }

    const quint64 seed = QRandomGenerator::system()->generate64();
    qInfo("seed %llu", static_cast<unsigned long long>(seed));
    QProcess a;
    QProcess b;
    int label = 0;
    for (QProcess* process : {&a, &b}) {
        process->setProgram(QStringLiteral(KINTSUGI_CRASHCHILD_PATH));
        process->setArguments({path,
                               QStringLiteral("--edits"),
                               QString::number(EditsPerProcess),
                               QStringLiteral("--own-only"),
                               QStringLiteral("--wait-go"),
                               QStringLiteral("--label"),
                               QStringLiteral("writer%1").arg(label),
                               QStringLiteral("--seed"),
                               QString::number(seed + static_cast<quint64>(label))});
        ++label;
        process->start();
    }
    QVERIFY2(a.waitForStarted(ProcessTimeoutMs), qPrintable(a.errorString()));
    QVERIFY2(b.waitForStarted(ProcessTimeoutMs), qPrintable(b.errorString()));

    // Both have the library open before either writes.
    QByteArray outA;
    QByteArray outB;
    const QDeadlineTimer deadline(ProcessTimeoutMs);
    while (!(outA.startsWith("ready\n") && outB.startsWith("ready\n")) && !deadline.hasExpired() &&
           a.state() == QProcess::Running && b.state() == QProcess::Running) {
        readBoth(a, outA, b, outB, QDeadlineTimer(50));
    }
    QVERIFY2(outA.startsWith("ready\n"), qPrintable(QString::fromLocal8Bit(a.readAllStandardError())));
    QVERIFY2(outB.startsWith("ready\n"), qPrintable(QString::fromLocal8Bit(b.readAllStandardError())));
    QElapsedTimer timer;
    timer.start();
    for (QProcess* process : {&a, &b}) {
        process->write("go\n");
        process->closeWriteChannel();
    }
    readBoth(a, outA, b, outB, deadline);
    QCOMPARE(a.state(), QProcess::NotRunning);
    QCOMPARE(b.state(), QProcess::NotRunning);
    qInfo("2 x %d writes in %lld ms", EditsPerProcess, static_cast<long long>(timer.elapsed()));

    for (QProcess* process : {&a, &b}) {
        const QString error = QString::fromLocal8Bit(process->readAllStandardError());
        QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0, qPrintable(error));
    }
    const QByteArray finished = "finished " + QByteArray::number(EditsPerProcess) + '\n';
    QVERIFY(outA.endsWith(finished));
    QVERIFY(outB.endsWith(finished));

    // Every write either process reported is in the library, with the value it reported.
    CrashChildLog::Expectation expected;
    CrashChildLog::Expectation::Pending pending;
    QString error = expected.parse(outA, pending);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(pending.kind, CrashChildLog::Expectation::Pending::Kind::None);
    const QList<qint64> idsOfA = expected.storyIds();
    error = expected.parse(outB, pending);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(pending.kind, CrashChildLog::Expectation::Pending::Kind::None);
    QCOMPARE(expected.doneCount(), 2 * EditsPerProcess);
    error = expected.verify(path, pending);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // Not a requirement, but shows whether the writers really took turns.
    const QList<qint64> all = expected.storyIds();
    int switches = 0;
    for (qsizetype i = 1; i < all.size(); ++i) {
        switches += idsOfA.contains(all[i]) != idsOfA.contains(all[i - 1]) ? 1 : 0;
    }
    qInfo("%lld stories; the writers' creates alternated %d times", static_cast<long long>(all.size()), switches);
}

void TestConcurrency::twoProcessesCreateOneLibrary()
{
    // Two instances creating the same new library at the same moment: both succeed and use one file
    // (LibraryDatabase builds a new library aside and links it into place).
    for (int attempt = 0; attempt < 20; ++attempt) {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = TestSupport::libraryPath(dir);
        QProcess a;
        QProcess b;
        for (QProcess* process : {&a, &b}) {
            process->setProgram(QStringLiteral(KINTSUGI_CRASHCHILD_PATH));
            process->setArguments({path, QStringLiteral("--edits"), QStringLiteral("3"), QStringLiteral("--own-only")});
            process->start();
        }
        for (QProcess* process : {&a, &b}) {
            QVERIFY(process->waitForFinished(ProcessTimeoutMs));
            QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                     qPrintable(QStringLiteral("attempt %1: ").arg(attempt) +
                                QString::fromLocal8Bit(process->readAllStandardError())));
        }
    }
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "TestConcurrency.moc"
