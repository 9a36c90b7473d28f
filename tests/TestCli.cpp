#include "TestSupport.h"
#include "document/Library.h"
#include "storage/Schema.h"
#include "storage/StoryStore.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void help();
    void listPrintsOneStoryPerLine();
    void listNeverCreatesALibrary();
    void checkHealthyLibrary();
    void checkFixture();
    void checkFindsDamagedSearchIndex();
    void errorsAreOneLineAndNonZero_data();
    void errorsAreOneLineAndNonZero();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList& arguments);
};

TestCli::Run TestCli::run(const QStringList& arguments)
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

void TestCli::help()
{
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("--database")));
    QVERIFY(r.out.contains(QStringLiteral("list")));
    QVERIFY(r.out.contains(QStringLiteral("check")));
}

void TestCli::listPrintsOneStoryPerLine()
{
    QTemporaryDir dir;
    const QString path = TestSupport::libraryPath(dir);
    {
        auto lib = Library::open(path);
        QVERIFY(lib.ok());
        QVERIFY(lib.value()->stories().create(TestSupport::fullStory(QStringLiteral("Disk full 💾"))).ok());
        QVERIFY(lib.value()->stories().create(Story {}).ok());
    }
    const Run r = run({QStringLiteral("--database"), path, QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QStringLiteral("1\tin_review\tDisk full 💾"));
    QCOMPARE(lines.at(1), QStringLiteral("2\tdraft\tUntitled story"));
}

void TestCli::listNeverCreatesALibrary()
{
    QTemporaryDir dir;
    const QString path = TestSupport::libraryPath(dir);
    const Run r = run({QStringLiteral("-d"), path, QStringLiteral("list")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("does not exist")));
    QVERIFY(!QFileInfo::exists(path));
}

void TestCli::checkHealthyLibrary()
{
    QTemporaryDir dir;
    const QString path = TestSupport::libraryPath(dir);
    {
        auto lib = Library::open(path);
        QVERIFY(lib.ok());
        QVERIFY(lib.value()->stories().create(TestSupport::fullStory()).ok());
    }
    const QByteArray before = TestSupport::fileHash(path);
    const Run r = run({QStringLiteral("--database"), path, QStringLiteral("check")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Schema version: %1").arg(Schema::CurrentVersion)), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("Stories: 1")));
    QVERIFY(r.out.contains(QStringLiteral("Integrity: ok")));
    QVERIFY(!r.out.contains(QStringLiteral("read-only")));
    QCOMPARE(TestSupport::fileHash(path), before); // check migrates and writes nothing
}

void TestCli::checkFixture()
{
    QTemporaryDir dir;
    const QString path = TestSupport::copyFixture(dir, QStringLiteral("library-v1.kintsugi"));
    const QByteArray before = TestSupport::fileHash(path);
    const Run r = run({QStringLiteral("--database"), path, QStringLiteral("check")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("Integrity: ok")));
    QVERIFY(r.out.contains(QStringLiteral("Schema version: 1 ")));
    QVERIFY(r.out.contains(QStringLiteral("will be upgraded")));
    const Run listed = run({QStringLiteral("--database"), path, QStringLiteral("list")});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.out, QStringLiteral("1\tpublished\tThe day our downloads played music\n"));
    QCOMPARE(TestSupport::fileHash(path), before); // neither command upgrades it
}

void TestCli::checkFindsDamagedSearchIndex()
{
    QTemporaryDir dir;
    const QString path = TestSupport::libraryPath(dir);
    {
        auto lib = Library::open(path);
        QVERIFY(lib.ok());
        for (int i = 0; i < 20; ++i) {
            QVERIFY(lib.value()->stories().create(TestSupport::fullStory(QStringLiteral("Story %1").arg(i))).ok());
        }
    }
    {
        // Damage the index behind Kintsugi's back, as a disk or another program might.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM story_fts_data WHERE id > 10")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const Run r = run({QStringLiteral("--database"), path, QStringLiteral("check")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("search index is damaged")), qPrintable(r.out));
    QVERIFY(r.err.contains(QStringLiteral("has problems")));
}

void TestCli::errorsAreOneLineAndNonZero_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("garbage file") << QStringLiteral("garbage") << QStringLiteral("not an SQLite database");
    QTest::newRow("no command") << QStringLiteral("nocommand") << QStringLiteral("no command");
    QTest::newRow("unknown command") << QStringLiteral("unknown") << QStringLiteral("unknown command");
    QTest::newRow("unknown option") << QStringLiteral("option") << QStringLiteral("frobnicate");
}

void TestCli::errorsAreOneLineAndNonZero()
{
    QFETCH(QString, kind);
    QFETCH(QString, fragment);
    QTemporaryDir dir;
    const QString path = TestSupport::libraryPath(dir);
    QStringList args {QStringLiteral("--database"), path};
    if (kind == QLatin1String("garbage")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(3000, 'x'));
        f.close();
        args << QStringLiteral("check");
    } else if (kind == QLatin1String("unknown")) {
        args << QStringLiteral("frobnicate");
    } else if (kind == QLatin1String("option")) {
        args << QStringLiteral("--frobnicate") << QStringLiteral("list");
    }
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(fragment), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY(r.err.startsWith(QStringLiteral("kintsugi-cli: ")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
