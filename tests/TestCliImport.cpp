#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

class TestCliImport : public QObject
{
    Q_OBJECT

private slots:
    void importsAndReports();
    void skippedFilesGiveExitCode1();
    void errorsGiveExitCode2();
    void helpNamesTheCommand();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList& arguments);
    static void write(const QString& path, const QByteArray& bytes);
};

TestCliImport::Run TestCliImport::run(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(KINTSUGI_CLI_PATH), arguments);
    Run r;
    if (!process.waitForFinished(60000)) {
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

void TestCliImport::write(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

void TestCliImport::importsAndReports()
{
    QTemporaryDir dir;
    const QString db = TestSupport::libraryPath(dir);
    const QString file = dir.filePath(QStringLiteral("in/outage.md"));
    write(file,
          "# Outage\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 2024-01-02 10:00 | Start |\n"
          "| 2024-01-02 10:05 | ??? |\n| later | Unreadable |\n\n## Lessons learned\n\n- One\n- Two\n\n"
          "## Action items\n\n- [ ] Fix\n");
    const Run r = run({QStringLiteral("--database"), db, QStringLiteral("import"), dir.filePath(QStringLiteral("in"))});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0], QStringLiteral("imported %1 → #1 Outage (2 events, 2 lessons, 1 actions)").arg(file));
    QCOMPARE(lines[1], QStringLiteral("1 imported, 0 skipped"));
    // The unreadable timeline row is a warning on stderr.
    QVERIFY2(r.err.contains(QStringLiteral("outage.md: Timeline: 1 line(s) could not be read")), qPrintable(r.err));
    const Run list = run({QStringLiteral("--database"), db, QStringLiteral("list")});
    QCOMPARE(list.out, QStringLiteral("1\tdraft\tOutage\n"));
}

void TestCliImport::skippedFilesGiveExitCode1()
{
    QTemporaryDir dir;
    const QString db = TestSupport::libraryPath(dir);
    write(dir.filePath(QStringLiteral("in/a.md")), "# A\n\ntext\n");
    write(dir.filePath(QStringLiteral("in/b.png")), QByteArray("\x89PNG\0\0", 6));
    write(dir.filePath(QStringLiteral("bad.json")), "{ not json");
    const Run r = run({QStringLiteral("--database"),
                       db,
                       QStringLiteral("import"),
                       dir.filePath(QStringLiteral("in")),
                       dir.filePath(QStringLiteral("bad.json"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains(QStringLiteral("imported %1 → #1 A (0 events, 0 lessons, 0 actions)")
                               .arg(dir.filePath(QStringLiteral("in/a.md")))));
    QVERIFY(r.out.contains(
        QStringLiteral("skipped %1: not a Markdown or text file").arg(dir.filePath(QStringLiteral("in/b.png")))));
    QVERIFY(r.out.contains(QStringLiteral("skipped %1: ").arg(dir.filePath(QStringLiteral("bad.json")))));
    QVERIFY(r.out.trimmed().endsWith(QStringLiteral("1 imported, 2 skipped")));
    // The same file again: already imported.
    const Run again =
        run({QStringLiteral("--database"), db, QStringLiteral("import"), dir.filePath(QStringLiteral("in/a.md"))});
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(again.out,
             QStringLiteral("skipped %1: already imported\n0 imported, 1 skipped\n")
                 .arg(dir.filePath(QStringLiteral("in/a.md"))));
}

void TestCliImport::errorsGiveExitCode2()
{
    QTemporaryDir dir;
    const Run noDir = run({QStringLiteral("--database"),
                           dir.filePath(QStringLiteral("missing/lib.kintsugi")),
                           QStringLiteral("import"),
                           dir.path()});
    QCOMPARE(noDir.exitCode, 2);
    QVERIFY(noDir.err.contains(QStringLiteral("no such folder for the library")));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("missing"))));
    const Run noArgs = run({QStringLiteral("--database"), TestSupport::libraryPath(dir), QStringLiteral("import")});
    QCOMPARE(noArgs.exitCode, 2);
    QVERIFY(noArgs.err.contains(QStringLiteral("kintsugi-cli: import: no file or folder given")));
    const Run badOption = run({QStringLiteral("--database"),
                               TestSupport::libraryPath(dir),
                               QStringLiteral("import"),
                               QStringLiteral("--bogus"),
                               dir.path()});
    QCOMPARE(badOption.exitCode, 2);
    QCOMPARE(badOption.out, QString());
}

void TestCliImport::helpNamesTheCommand()
{
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("import FILE|DIR...")));
    const Run own = run({QStringLiteral("import"), QStringLiteral("--help")});
    QCOMPARE(own.exitCode, 0);
    QVERIFY(own.out.contains(QStringLiteral("FILE|DIR...")));
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "TestCliImport.moc"
