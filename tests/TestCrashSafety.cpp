// Kills a writer process at random moments and checks that every write it reported survived and
// that the library stays healthy. Set KINTSUGI_CRASH_SEED to replay a run's random choices (the
// kill times still depend on the machine's speed).

#include "CrashChildLog.h"
#include "TestSupport.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLosesNothing();
};

namespace {

constexpr int Rounds = 60;
// Most rounds kill the writer this long after it opened the library; every fifth round counts
// from the start of the process instead, so that some kills land while the library is opened.
constexpr quint32 MinDelayMs = 5;
constexpr quint32 MaxDelayMs = 120;
// Starting a process is slow under AddressSanitizer on a loaded machine.
constexpr int StartTimeoutMs = 60000;

quint64 chooseSeed()
{
    bool ok = false;
    const quint64 seed = qEnvironmentVariable("KINTSUGI_CRASH_SEED").toULongLong(&ok);
    return ok ? seed : QRandomGenerator::system()->generate64();
}

// Reads what `child` prints until `deadline` or until it exits.
void readUntil(QProcess& child, QByteArray& output, const QDeadlineTimer& deadline)
{
    while (!deadline.hasExpired() && child.state() == QProcess::Running) {
        child.waitForReadyRead(static_cast<int>(qMax<qint64>(1, deadline.remainingTime())));
        output += child.readAllStandardOutput();
    }
    output += child.readAllStandardOutput();
}

} // namespace

void TestCrashSafety::killedWriterLosesNothing()
{
    const quint64 seed = chooseSeed();
    qInfo("KINTSUGI_CRASH_SEED=%llu", static_cast<unsigned long long>(seed));
    QRandomGenerator rng(seed);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = TestSupport::libraryPath(dir);
    CrashChildLog::Expectation expected;
    int killedAfterWrites = 0;
    QElapsedTimer timer;
    timer.start();

    for (int round = 0; round < Rounds; ++round) {
        const QString context = QStringLiteral("round %1 of seed %2").arg(round).arg(seed);
        // The first round creates the library; a kill before SQLite has written the file's first
        // page would leave an empty file, which LibraryDatabase refuses by design.
        const bool fromStart = round > 0 && round % 5 == 0;
        const int delayMs = static_cast<int>(MinDelayMs + rng.bounded(MaxDelayMs - MinDelayMs + 1));

        QProcess child;
        child.setProgram(QStringLiteral(KINTSUGI_CRASHCHILD_PATH));
        child.setArguments({path, QStringLiteral("--seed"), QString::number(rng.generate64())});
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start();
        QVERIFY2(child.waitForStarted(StartTimeoutMs),
                 qPrintable(context + QStringLiteral(": ") + child.errorString()));

        QByteArray output;
        if (!fromStart) {
            QDeadlineTimer startDeadline(StartTimeoutMs);
            while (!output.startsWith("ready\n") && !startDeadline.hasExpired() && child.state() == QProcess::Running) {
                child.waitForReadyRead(100);
                output += child.readAllStandardOutput();
            }
            QVERIFY2(output.startsWith("ready\n"),
                     qPrintable(context + QStringLiteral(": the writer did not open the library: ") +
                                QString::fromLocal8Bit(child.readAllStandardError())));
        }
        readUntil(child, output, QDeadlineTimer(delayMs));
        child.kill();
        QVERIFY2(child.waitForFinished(StartTimeoutMs), qPrintable(context));
        output += child.readAllStandardOutput();
        // The writer never stops by itself; exiting means it hit an error.
        QVERIFY2(child.exitStatus() == QProcess::CrashExit,
                 qPrintable(context + QStringLiteral(": the writer exited with code %1: ").arg(child.exitCode()) +
                            QString::fromLocal8Bit(child.readAllStandardError())));

        const qsizetype doneBefore = expected.doneCount();
        CrashChildLog::Expectation::Pending pending;
        const QString parseError = expected.parse(output, pending);
        QVERIFY2(parseError.isEmpty(), qPrintable(context + QStringLiteral(": ") + parseError));
        if (expected.doneCount() > doneBefore) {
            ++killedAfterWrites;
        }
        // Verify after every kill: a pending write can only be judged before the next writer runs.
        const QString verifyError = expected.verify(path, pending);
        QVERIFY2(verifyError.isEmpty(), qPrintable(context + QStringLiteral(": ") + verifyError));
    }

    qInfo("%d rounds in %lld ms: %d killed after reporting writes, %lld writes reported, %lld stories",
          Rounds,
          static_cast<long long>(timer.elapsed()),
          killedAfterWrites,
          static_cast<long long>(expected.doneCount()),
          static_cast<long long>(expected.storyCount()));
    // The test means nothing if the writer was always killed before it wrote.
    QVERIFY2(killedAfterWrites >= Rounds / 4,
             qPrintable(QStringLiteral("only %1 rounds wrote").arg(killedAfterWrites)));
    QVERIFY(expected.storyCount() > 0);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
