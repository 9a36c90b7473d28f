#include "TestSupport.h"
#include "coach/CoachEngine.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// `kintsugi-cli lint`: the real executable on temporary Markdown files.
class TestLint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpMentionsLint();
    void cleanFileExitsZero();
    void hitsAreOneALineWithPositions();
    void peopleOptionAddsNames();
    void codeIsSkipped();
    void missingFileIsAnError();
    void noFileIsAnError();
    void realPostmortems();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList& arguments);
    QString write(const QString& name, const QString& text);
    static QString line(const QString& file, int lineNo, int column, const CoachRule& rule, const QString& role = {});

    QTemporaryDir m_dir;
    CoachEngine m_engine;
};

TestLint::Run TestLint::run(const QStringList& arguments)
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

QString TestLint::write(const QString& name, const QString& text)
{
    const QString path = QDir(m_dir.path()).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return {};
    }
    file.write(text.toUtf8());
    return path;
}

QString TestLint::line(const QString& file, int lineNo, int column, const CoachRule& rule, const QString& role)
{
    QString suggestion = rule.suggestion;
    if (suggestion.contains(QLatin1String("%1"))) {
        suggestion = suggestion.arg(role);
    }
    return QStringLiteral("%1:%2:%3: %4: %5 (%6)")
        .arg(file)
        .arg(lineNo)
        .arg(column)
        .arg(rule.id, rule.explanation, suggestion);
}

void TestLint::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_engine.loadRules().ok());
}

void TestLint::helpMentionsLint()
{
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("lint")));
    QVERIFY(r.out.contains(QStringLiteral("--people")));
    QVERIFY(r.out.contains(QStringLiteral("FILE:LINE:COL: RULE: message (suggestion)")));
    // The other commands are still there.
    QVERIFY(r.out.contains(QStringLiteral("check")));
    QVERIFY(r.out.contains(QStringLiteral("list")));
}

void TestLint::cleanFileExitsZero()
{
    const QString path = write(QStringLiteral("clean.md"),
                               QStringLiteral("# Disk full\n\nThe log volume filled up because rotation was off.\n"));
    const Run r = run({QStringLiteral("lint"), path});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.err, QString());
}

void TestLint::hitsAreOneALineWithPositions()
{
    const QString a =
        write(QStringLiteral("a.md"),
              QStringLiteral("# Outage\n\nWe should have tested it.\r\nÄ 📟 obviously, a careless change.\n"));
    const QString b = write(QStringLiteral("b.md"), QStringLiteral("All fine here.\n"));
    const QString c = write(QStringLiteral("c.md"), QStringLiteral("Human error.\n"));
    const Run r = run({QStringLiteral("lint"), a, b, c});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QString());
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList expected = {
        line(a, 3, 4, *m_engine.rule(QStringLiteral("should-have"))),
        line(a, 4, 5, *m_engine.rule(QStringLiteral("obviously"))), // the emoji is one column
        line(a, 4, 18, *m_engine.rule(QStringLiteral("careless"))),
        line(c, 1, 1, *m_engine.rule(QStringLiteral("human-error"))),
    };
    QCOMPARE(lines, expected);
    static const QRegularExpression format(QStringLiteral("^(.+):(\\d+):(\\d+): ([a-z-]+): (.+) \\((.+)\\)$"));
    for (const QString& l : lines) {
        QVERIFY2(format.match(l).hasMatch(), qPrintable(l));
    }
}

void TestLint::peopleOptionAddsNames()
{
    const QString path = write(QStringLiteral("people.md"), QStringLiteral("At noon Bob broke prod.\n"));
    Run r = run({QStringLiteral("lint"), path});
    QCOMPARE(r.exitCode, 0);
    r = run({QStringLiteral("lint"), QStringLiteral("--people"), QStringLiteral("Alice=Lead, Bob=SRE"), path});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out.trimmed(),
             line(path, 1, 9, *m_engine.rule(QStringLiteral("person-subject")), QStringLiteral("SRE")));
    QVERIFY(r.out.contains(QStringLiteral("(SRE)")));
}

void TestLint::codeIsSkipped()
{
    const QString path =
        write(QStringLiteral("code.md"), QStringLiteral("Run `obviously` here.\n\n```\nwe should have known\n```\n"));
    const Run r = run({QStringLiteral("lint"), path});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QString());
}

void TestLint::missingFileIsAnError()
{
    const QString present = write(QStringLiteral("present.md"), QStringLiteral("Obviously.\n"));
    const QString missing = QDir(m_dir.path()).filePath(QStringLiteral("missing.md"));
    const Run r = run({QStringLiteral("lint"), missing, present});
    QCOMPARE(r.exitCode, 2);
    // The other files are still checked; the error is one line on standard error.
    QVERIFY(r.out.startsWith(present + QStringLiteral(":1:1: obviously: ")));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY(r.err.contains(missing));
    const Run dir = run({QStringLiteral("lint"), m_dir.path()});
    QCOMPARE(dir.exitCode, 2);
}

void TestLint::noFileIsAnError()
{
    const Run r = run({QStringLiteral("lint")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.startsWith(QStringLiteral("kintsugi-cli: ")));
    QCOMPARE(r.out, QString());
}

void TestLint::realPostmortems()
{
    QDir dir(QStringLiteral(KINTSUGI_SHARED_DATA_DIR "/postmortems/dfds"));
    const QStringList files = dir.entryList({QStringLiteral("PM*")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        QSKIP("the shared postmortems are not there");
    }
    QStringList paths;
    for (const QString& file : files) {
        paths << dir.filePath(file);
    }
    const Run r = run(QStringList {QStringLiteral("lint")} + paths);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QString());
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    // The known phrase in PM2020-009 is found, with its position.
    bool kiam = false;
    for (const QString& l : lines) {
        kiam = kiam || (l.contains(QStringLiteral("KIAM service disruption due to upgrade.md:")) &&
                        l.contains(QStringLiteral(": failed-to: ")));
    }
    QVERIFY(kiam);
    qInfo("%lld hits in %lld postmortems", qlonglong(lines.size()), qlonglong(files.size()));
}

QTEST_GUILESS_MAIN(TestLint)
#include "TestLint.moc"
