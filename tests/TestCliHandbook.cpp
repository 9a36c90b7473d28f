#include "PdfTools.h"
#include "TestSupport.h"

#include "document/Library.h"
#include "storage/PeopleStore.h"
#include "storage/StoryStore.h"

#include <QFile>
#include <QProcess>
#include <QTest>

class TestCliHandbook : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the CLI needs no display by itself
        static QTemporaryDir runtime;                  // Qt's GUI part warns on stderr without a runtime folder
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(KINTSUGI_CLI_PATH), arguments);
        Run r;
        if (!process.waitForFinished(120000)) {
            return r;
        }
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }

    static Story story(const QString& title, StoryStatus status, const QStringList& tags, int day)
    {
        Story s;
        s.title = title;
        s.status = status;
        s.tags = tags;
        s.startedAt = QDateTime(QDate(2026, 5, day), QTime(10, 0), Qt::UTC);
        s.setSection(Section::Summary, QStringLiteral("Erin Park rotated the certificate on %1.").arg(title));
        return s;
    }

    QTemporaryDir m_dir;
    QString m_library;

private slots:
    void initTestCase()
    {
        if (!PdfTools::available()) {
            QSKIP("poppler-utils are not installed");
        }
        m_library = TestSupport::libraryPath(m_dir);
        auto lib = Library::open(m_library);
        QVERIFY(lib.ok());
        auto& stories = lib.value()->stories();
        const auto first = stories.create(
            story(QStringLiteral("Expired certificate"), StoryStatus::Published, {QStringLiteral("tls")}, 3));
        QVERIFY(first.ok());
        QVERIFY(lib.value()
                    ->people()
                    .insert(first.value(), 0, Person {QStringLiteral("Erin Park"), QStringLiteral("Security engineer")})
                    .ok());
        QVERIFY(
            stories.create(story(QStringLiteral("Queue backlog"), StoryStatus::Published, {QStringLiteral("queue")}, 1))
                .ok());
        QVERIFY(stories.create(story(QStringLiteral("Draft about DNS"), StoryStatus::Draft, {QStringLiteral("dns")}, 2))
                    .ok());
    }

    void publishedByDefault()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("book.pdf"));
        const Run r = run({QStringLiteral("--database"),
                           m_library,
                           QStringLiteral("handbook"),
                           QStringLiteral("--output"),
                           pdf,
                           QStringLiteral("--title"),
                           QStringLiteral("Ops handbook")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.err, QString());
        QVERIFY(r.out.contains(QStringLiteral("2 stories")));
        QCOMPARE(PdfTools::info(pdf, QStringLiteral("Title")), QStringLiteral("Ops handbook"));
        const QString text = PdfTools::text(pdf);
        // Oldest first; drafts left out.
        QVERIFY(text.indexOf(QStringLiteral("Queue backlog")) < text.indexOf(QStringLiteral("Expired certificate")));
        QVERIFY(!text.contains(QStringLiteral("Draft about DNS")));
        QVERIFY(text.contains(QStringLiteral("Erin Park")));
    }

    void tagsStatusAndAnonymize()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("tagged.pdf"));
        const Run r = run({QStringLiteral("-d"),
                           m_library,
                           QStringLiteral("handbook"),
                           QStringLiteral("--output"),
                           pdf,
                           QStringLiteral("--status"),
                           QStringLiteral("all"),
                           QStringLiteral("--tag"),
                           QStringLiteral("TLS"),
                           QStringLiteral("--tag"),
                           QStringLiteral("dns"),
                           QStringLiteral("--anonymize")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = PdfTools::text(pdf);
        QVERIFY(text.contains(QStringLiteral("Draft about DNS")));
        QVERIFY(text.contains(QStringLiteral("Expired certificate")));
        QVERIFY(!text.contains(QStringLiteral("Queue backlog")));
        // Names are replaced per story: the draft does not list Erin among its people.
        const QString simplified = text.simplified();
        QVERIFY(!simplified.contains(QStringLiteral("Erin Park rotated the certificate on Expired certificate")));
        QVERIFY2(
            simplified.contains(QStringLiteral("Security engineer rotated the certificate on Expired certificate")),
            qPrintable(simplified));
        QVERIFY(simplified.contains(QStringLiteral("Erin Park rotated the certificate on Draft about DNS")));
    }

    void errors()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("none.pdf"));
        Run r = run({QStringLiteral("-d"), m_library, QStringLiteral("handbook")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith(QStringLiteral("kintsugi-cli: ")));
        QVERIFY(r.err.contains(QStringLiteral("--output")));
        r = run({QStringLiteral("-d"),
                 m_library,
                 QStringLiteral("handbook"),
                 QStringLiteral("--output"),
                 pdf,
                 QStringLiteral("--status"),
                 QStringLiteral("sometimes")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith(QStringLiteral("kintsugi-cli: ")));
        r = run({QStringLiteral("-d"),
                 m_library,
                 QStringLiteral("handbook"),
                 QStringLiteral("--output"),
                 pdf,
                 QStringLiteral("--tag"),
                 QStringLiteral("nothing-has-this")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("no story matches")));
        QVERIFY(!QFile::exists(pdf));
        r = run({QStringLiteral("-d"),
                 m_dir.filePath(QStringLiteral("missing.kintsugi")),
                 QStringLiteral("handbook"),
                 QStringLiteral("--output"),
                 pdf});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.kintsugi"))));
        r = run({QStringLiteral("-d"),
                 m_library,
                 QStringLiteral("handbook"),
                 QStringLiteral("--output"),
                 m_dir.filePath(QStringLiteral("no/such/folder/x.pdf"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith(QStringLiteral("kintsugi-cli: ")));
    }
};

QTEST_GUILESS_MAIN(TestCliHandbook)
#include "TestCliHandbook.moc"
