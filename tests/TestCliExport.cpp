#include "TestSupport.h"
#include "document/Library.h"
#include "export/JsonImport.h"
#include "storage/AwardStore.h"
#include "storage/StoryStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

// kintsugi-cli export and search: files written, exit codes, messages, ranking and snippets.
class TestCliExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpListsCommands();
    void exportOneStoryMarkdown();
    void exportAllHtmlIntoFolder();
    void exportJsonLibraryRoundTrips();
    void exportJsonOneStory();
    void exportErrors_data();
    void exportErrors();
    void pdfIsReportedOrWritten();
    void searchRanksAndSnippets();
    void searchNothingFound();
    void searchErrors();
    void olderLibraryIsNotUpgraded();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList& arguments) const;
    static QString read(const QString& path);

    QTemporaryDir m_dir;
    QTemporaryDir m_runtimeDir;
    QString m_library;
    qint64 m_outage = 0;
    qint64 m_mention = 0;
    qint64 m_other = 0;
};

TestCliExport::Run TestCliExport::run(const QStringList& arguments) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("KINTSUGI_HIGHLIGHTER"), QStringLiteral("plain"));
    // kintsugi-cli runs a (display-less) QGuiApplication, which wants a runtime directory.
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtimeDir.path());
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

QString TestCliExport::read(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void TestCliExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_library = TestSupport::libraryPath(m_dir);
    auto opened = Library::open(m_library);
    QVERIFY(opened.ok());
    Library& library = *opened.value();
    Story outage = TestSupport::fullStory(QStringLiteral("Database outage"));
    outage.setSection(Section::Summary,
                      QStringLiteral("The database refused connections; the database pool was empty."));
    m_outage = library.stories().create(outage).value();
    Story mention = TestSupport::fullStory(QStringLiteral("Pager storm"));
    mention.setSection(Section::Impact, QStringLiteral("Pages about a slow database woke three people."));
    m_mention = library.stories().create(mention).value();
    Story other = TestSupport::fullStory(QStringLiteral("Café <script> & \"quotes\""));
    other.setSection(Section::Summary, QStringLiteral("<script>alert(1)</script> unrelated."));
    m_other = library.stories().create(other).value();
    Award award;
    award.storyId = m_outage;
    award.year = 2026;
    award.title = QStringLiteral("Most instructive mistake");
    QVERIFY(library.awards().insert(award).ok());
}

void TestCliExport::helpListsCommands()
{
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("export --format md|html|json|pdf")));
    QVERIFY(r.out.contains(QStringLiteral("search QUERY")));
    const Run e = run({QStringLiteral("export"), QStringLiteral("--help")});
    QCOMPARE(e.exitCode, 0);
    QVERIFY(e.out.contains(QStringLiteral("--output")));
    const Run s = run({QStringLiteral("search"), QStringLiteral("--help")});
    QCOMPARE(s.exitCode, 0);
    QVERIFY(s.out.contains(QStringLiteral("--limit")));
}

void TestCliExport::exportOneStoryMarkdown()
{
    const QString target = QDir(m_dir.path()).filePath(QStringLiteral("one.md"));
    const Run r = run({QStringLiteral("--database"),
                       m_library,
                       QStringLiteral("export"),
                       QStringLiteral("--format"),
                       QStringLiteral("md"),
                       QStringLiteral("--story"),
                       QString::number(m_outage),
                       QStringLiteral("--output"),
                       target});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), target);
    const QString text = read(target);
    QVERIFY(text.startsWith(QStringLiteral("---\ntitle: \"Database outage\"\n")));
    QVERIFY(text.contains(QStringLiteral("awards:\n  - year: 2026\n    title: \"Most instructive mistake\"")));
    QVERIFY(text.contains(QStringLiteral("\n# Database outage\n")));
}

void TestCliExport::exportAllHtmlIntoFolder()
{
    const QString folder = QDir(m_dir.path()).filePath(QStringLiteral("html/new"));
    const Run r = run({QStringLiteral("-d"),
                       m_library,
                       QStringLiteral("export"),
                       QStringLiteral("--format"),
                       QStringLiteral("html"),
                       QStringLiteral("--all"),
                       QStringLiteral("--output"),
                       folder});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files,
             (QStringList {QStringLiteral("%1-database-outage.html").arg(m_outage),
                           QStringLiteral("%1-pager-storm.html").arg(m_mention),
                           QStringLiteral("%1-cafe-script-quotes.html").arg(m_other)}));
    QCOMPARE(r.out.trimmed().split(QLatin1Char('\n')).size(), 3);
    const QString hostile = read(QDir(folder).filePath(files.last()));
    QVERIFY(hostile.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(!hostile.contains(QStringLiteral("<script")));
    QVERIFY2(hostile.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; unrelated.")),
             qPrintable(hostile.mid(hostile.indexOf(QStringLiteral("id=\"summary\"")), 200)));
}

void TestCliExport::exportJsonLibraryRoundTrips()
{
    const QString file = QDir(m_dir.path()).filePath(QStringLiteral("library.json"));
    const Run r = run({QStringLiteral("-d"),
                       m_library,
                       QStringLiteral("export"),
                       QStringLiteral("--format"),
                       QStringLiteral("json"),
                       QStringLiteral("--all"),
                       QStringLiteral("--output"),
                       file});
    QCOMPARE(r.exitCode, 0);
    QFile json(file);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QByteArray data = json.readAll();
    const QJsonObject root = QJsonDocument::fromJson(data).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("kintsugi-library"));
    QCOMPARE(root.value(QStringLiteral("stories")).toArray().size(), 3);
    // The file restores into an empty library.
    auto target = Library::open(TestSupport::libraryPath(m_dir, QStringLiteral("restored.kintsugi")));
    QVERIFY(target.ok());
    auto report = JsonImport::importData(*target.value(), data);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->addedIds.size(), 3);
}

void TestCliExport::exportJsonOneStory()
{
    const QString folder = QDir(m_dir.path()).filePath(QStringLiteral("jsondir/"));
    const Run r = run({QStringLiteral("-d"),
                       m_library,
                       QStringLiteral("export"),
                       QStringLiteral("--format=json"),
                       QStringLiteral("--story=%1").arg(m_mention),
                       QStringLiteral("--output"),
                       folder});
    QCOMPARE(r.exitCode, 0);
    const QString file = QDir(folder).filePath(QStringLiteral("kintsugi-library.json"));
    QCOMPARE(r.out.trimmed(), QDir::toNativeSeparators(file));
    const QJsonArray stories =
        QJsonDocument::fromJson(read(file).toUtf8()).object().value(QStringLiteral("stories")).toArray();
    QCOMPARE(stories.size(), 1);
    QCOMPARE(stories.first().toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Pager storm"));
}

void TestCliExport::exportErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString out = QDir(m_dir.path()).filePath(QStringLiteral("x.md"));
    QTest::newRow("no format") << QStringList {QStringLiteral("--all"), QStringLiteral("--output"), out}
                               << QStringLiteral("export needs --format");
    QTest::newRow("bad format") << QStringList {QStringLiteral("--format"),
                                                QStringLiteral("docx"),
                                                QStringLiteral("--all"),
                                                QStringLiteral("--output"),
                                                out}
                                << QStringLiteral("unknown format “docx”");
    QTest::newRow("no selection") << QStringList {QStringLiteral("--format"),
                                                  QStringLiteral("md"),
                                                  QStringLiteral("--output"),
                                                  out}
                                  << QStringLiteral("either --story ID or --all");
    QTest::newRow("both") << QStringList {QStringLiteral("--format"),
                                          QStringLiteral("md"),
                                          QStringLiteral("--all"),
                                          QStringLiteral("--story"),
                                          QStringLiteral("1"),
                                          QStringLiteral("--output"),
                                          out}
                          << QStringLiteral("either --story ID or --all");
    QTest::newRow("no output") << QStringList {QStringLiteral("--format"),
                                               QStringLiteral("md"),
                                               QStringLiteral("--all")}
                               << QStringLiteral("export needs --output");
    QTest::newRow("bad id") << QStringList {QStringLiteral("--format"),
                                            QStringLiteral("md"),
                                            QStringLiteral("--story"),
                                            QStringLiteral("abc"),
                                            QStringLiteral("--output"),
                                            out}
                            << QStringLiteral("“abc” is no story id");
    QTest::newRow("unknown story") << QStringList {QStringLiteral("--format"),
                                                   QStringLiteral("md"),
                                                   QStringLiteral("--story"),
                                                   QStringLiteral("999"),
                                                   QStringLiteral("--output"),
                                                   out}
                                   << QStringLiteral("Story 999 does not exist");
    QTest::newRow("unknown option") << QStringList {QStringLiteral("--bogus")} << QStringLiteral("bogus");
}

void TestCliExport::exportErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run r = run(QStringList {QStringLiteral("-d"), m_library, QStringLiteral("export")} + arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(QStringLiteral("kintsugi-cli: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY(!QFile::exists(QDir(m_dir.path()).filePath(QStringLiteral("x.md"))));

    // A library that does not exist is not created.
    const QString missing = QDir(m_dir.path()).filePath(QStringLiteral("missing.kintsugi"));
    const Run m = run({QStringLiteral("-d"),
                       missing,
                       QStringLiteral("export"),
                       QStringLiteral("--format"),
                       QStringLiteral("md"),
                       QStringLiteral("--all"),
                       QStringLiteral("--output"),
                       m_dir.path()});
    QCOMPARE(m.exitCode, 2);
    QVERIFY(m.err.contains(QStringLiteral("there is no library")));
    QVERIFY(!QFile::exists(missing));
}

void TestCliExport::pdfIsReportedOrWritten()
{
    const QString file = QDir(m_dir.path()).filePath(QStringLiteral("story.pdf"));
    const Run r = run({QStringLiteral("-d"),
                       m_library,
                       QStringLiteral("export"),
                       QStringLiteral("--format"),
                       QStringLiteral("pdf"),
                       QStringLiteral("--story"),
                       QString::number(m_outage),
                       QStringLiteral("--output"),
                       file});
    if (r.exitCode == 0) {
        QFile pdf(file);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
    } else {
        // A kintsugi-cli without a GUI application object cannot lay out fonts: a clear error.
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("kintsugi-cli: ")), qPrintable(r.err));
        QVERIFY(!QFile::exists(file));
    }
}

void TestCliExport::searchRanksAndSnippets()
{
    const Run r = run({QStringLiteral("-d"), m_library, QStringLiteral("search"), QStringLiteral("database")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    // The title match ranks first.
    const QStringList first = lines.at(0).split(QLatin1Char('\t'));
    QCOMPARE(first.size(), 3);
    QCOMPARE(first.at(0), QString::number(m_outage));
    QCOMPARE(first.at(1), QStringLiteral("Database outage"));
    QVERIFY2(first.at(2).contains(QStringLiteral("[Database]")), qPrintable(first.at(2)));
    const QStringList second = lines.at(1).split(QLatin1Char('\t'));
    QCOMPARE(second.at(0), QString::number(m_mention));
    QVERIFY2(second.at(2).contains(QStringLiteral("slow [database]")), qPrintable(second.at(2)));
    // Several words: all required; --limit cuts the list.
    const Run both = run(
        {QStringLiteral("-d"), m_library, QStringLiteral("search"), QStringLiteral("datab"), QStringLiteral("pages")});
    QCOMPARE(both.out.trimmed().split(QLatin1Char('\n')).size(), 1);
    QVERIFY(both.out.startsWith(QString::number(m_mention) + QLatin1Char('\t')));
    const Run limited = run({QStringLiteral("-d"),
                             m_library,
                             QStringLiteral("search"),
                             QStringLiteral("--limit"),
                             QStringLiteral("1"),
                             QStringLiteral("database")});
    QCOMPARE(limited.out.trimmed().split(QLatin1Char('\n')).size(), 1);
}

void TestCliExport::searchNothingFound()
{
    const Run r = run({QStringLiteral("-d"), m_library, QStringLiteral("search"), QStringLiteral("zebra")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err, QStringLiteral("kintsugi-cli: no story matches “zebra”\n"));
}

void TestCliExport::searchErrors()
{
    Run r = run({QStringLiteral("-d"), m_library, QStringLiteral("search")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("search needs a query")));
    r = run({QStringLiteral("-d"),
             m_library,
             QStringLiteral("search"),
             QStringLiteral("--limit"),
             QStringLiteral("x"),
             QStringLiteral("a")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("--limit")));
    const QString missing = QDir(m_dir.path()).filePath(QStringLiteral("none.kintsugi"));
    r = run({QStringLiteral("-d"), missing, QStringLiteral("search"), QStringLiteral("a")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("there is no library")));
    QVERIFY(!QFile::exists(missing));
}

// Exporting reads: a library of an older schema stays byte-identical (no upgrade, no awards table needed).
void TestCliExport::olderLibraryIsNotUpgraded()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fixture = TestSupport::copyFixture(dir, QStringLiteral("library-v2.kintsugi"));
    const QByteArray before = TestSupport::fileHash(fixture);
    const QString out = dir.filePath(QStringLiteral("out"));
    const Run md = run({QStringLiteral("-d"),
                        fixture,
                        QStringLiteral("export"),
                        QStringLiteral("--format"),
                        QStringLiteral("md"),
                        QStringLiteral("--all"),
                        QStringLiteral("--output"),
                        out});
    QVERIFY2(md.exitCode == 0, qPrintable(md.err));
    QVERIFY(!QDir(out).entryList(QDir::Files).isEmpty());
    const Run json = run({QStringLiteral("-d"),
                          fixture,
                          QStringLiteral("export"),
                          QStringLiteral("--format"),
                          QStringLiteral("json"),
                          QStringLiteral("--all"),
                          QStringLiteral("--output"),
                          dir.filePath(QStringLiteral("library.json"))});
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    QCOMPARE(TestSupport::fileHash(fixture), before);
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "TestCliExport.moc"
