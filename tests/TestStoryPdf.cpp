#include "PdfTools.h"

#include "export/PdfDocumentWriter.h"
#include "export/PeopleAnonymizer.h"
#include "export/StoryPdf.h"

#include <QFile>
#include <QGuiApplication>
#include <QPageSize>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

namespace {

CauseNode cause(qint64 id, qint64 parent, int position, const QString& statement, CauseType type)
{
    CauseNode node;
    node.id = id;
    node.storyId = 1;
    node.parentId = parent;
    node.position = position;
    node.statement = statement;
    node.type = type;
    return node;
}

StoryBundle sampleBundle()
{
    StoryBundle bundle;
    Story& story = bundle.story;
    story.id = 1;
    story.title = QStringLiteral("Cache stampede on checkout");
    story.kind = StoryKind::Postmortem;
    story.status = StoryStatus::Published;
    story.severity = 2;
    story.startedAt = QDateTime(QDate(2026, 3, 4), QTime(9, 0), Qt::UTC);
    story.detectedAt = QDateTime(QDate(2026, 3, 4), QTime(9, 12), Qt::UTC);
    story.resolvedAt = QDateTime(QDate(2026, 3, 4), QTime(10, 30), Qt::UTC);
    story.authors = {QStringLiteral("Dana Writer")};
    story.tags = {QStringLiteral("cache"), QStringLiteral("checkout")};
    story.setSection(Section::Summary, QStringLiteral("Checkout failed for **Ann Lee** and many others."));
    story.setSection(Section::Impact, QStringLiteral("- 12% of orders failed\n- support queue tripled"));
    story.setSection(Section::Resolution,
                     QStringLiteral("We rolled back:\n\n```bash\nkubectl rollout undo deployment/checkout\n```\n"));
    TimelineEvent a;
    a.occurredAt = story.startedAt;
    a.kind = TimelineKind::Trigger;
    a.description = QStringLiteral("Cache flush deployed");
    a.actor = QStringLiteral("Ann Lee");
    TimelineEvent b;
    b.occurredAt = story.detectedAt;
    b.kind = TimelineKind::Detection;
    b.description = QStringLiteral("Pager fired for checkout errors");
    b.actor = QStringLiteral("Bob Stone");
    bundle.timeline = {a, b};
    bundle.causes = {cause(1, 0, 0, QStringLiteral("Checkout returned errors"), CauseType::Problem),
                     cause(2, 1, 0, QStringLiteral("Every request missed the cache"), CauseType::Cause),
                     cause(3, 2, 0, QStringLiteral("Flush had no warm-up step"), CauseType::RootCause)};
    Lesson lesson;
    lesson.text = QStringLiteral("Warm caches before switching traffic");
    bundle.lessons = {lesson};
    ActionItem action;
    action.title = QStringLiteral("Add a cache warm-up job");
    action.owner = QStringLiteral("Bob Stone");
    action.dueDate = QDate(2026, 4, 1);
    bundle.actions = {action};
    bundle.people = {Person {QStringLiteral("Ann Lee"), QStringLiteral("Release engineer")},
                     Person {QStringLiteral("Bob Stone"), QStringLiteral("SRE on call")}};
    return bundle;
}

} // namespace

class TestStoryPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!PdfTools::available()) {
            QSKIP("poppler-utils (pdfinfo, pdftotext, pdftoppm) are not installed");
        }
    }

    void writesDesignedDocument()
    {
        QTemporaryDir dir;
        const QString path = qEnvironmentVariableIsSet("KINTSUGI_KEEP_PDF") ? qEnvironmentVariable("KINTSUGI_KEEP_PDF")
                                                                            : dir.filePath(QStringLiteral("story.pdf"));
        StoryPdf::Options options;
        options.page.pageSize = QPageSize(QPageSize::A4);
        const Status status = StoryPdf::write(sampleBundle(), {}, path, options);
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QCOMPARE(PdfTools::info(path, QStringLiteral("Title")), QStringLiteral("Cache stampede on checkout"));
        QCOMPARE(PdfTools::info(path, QStringLiteral("Author")), QStringLiteral("Dana Writer"));
        QVERIFY(PdfTools::info(path, QStringLiteral("Creator")).startsWith(QStringLiteral("Kintsugi")));
        QVERIFY(PdfTools::info(path, QStringLiteral("Page size")).contains(QStringLiteral("A4")));
        const int pages = PdfTools::pages(path);
        QVERIFY(pages >= 1);
        const QString text = PdfTools::text(path);
        // The parts in their order.
        const QStringList order = {QStringLiteral("Cache stampede on checkout"),
                                   QStringLiteral("Time to detect"),
                                   QStringLiteral("Summary"),
                                   QStringLiteral("Impact"),
                                   QStringLiteral("Resolution"),
                                   QStringLiteral("kubectl rollout undo"),
                                   QStringLiteral("Timeline"),
                                   QStringLiteral("Cache flush deployed"),
                                   QStringLiteral("Cause tree"),
                                   QStringLiteral("Lessons learned"),
                                   QStringLiteral("Action items"),
                                   QStringLiteral("Add a cache warm-up job")};
        qsizetype at = -1;
        for (const QString& part : order) {
            const qsizetype found = text.indexOf(part, at + 1);
            QVERIFY2(found > at, qPrintable(QStringLiteral("missing or out of order: ") + part));
            at = found;
        }
        // The cause diagram's text is real text.
        QVERIFY(text.contains(QStringLiteral("Flush had no warm-up step")));
        QVERIFY(text.contains(QStringLiteral("12 min")) || text.contains(QStringLiteral("12m")));
        for (int page = 1; page <= pages; ++page) {
            QVERIFY(PdfTools::text(path, page).contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
        }
        const QImage image = PdfTools::render(path, 1);
        QVERIFY(!image.isNull());
        QVERIFY(PdfTools::darkPixels(image) > 500);
    }

    void pageSizeIsChoosable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("letter.pdf"));
        StoryPdf::Options options;
        options.page.pageSize = QPageSize(QPageSize::Letter);
        QVERIFY(StoryPdf::write(sampleBundle(), {}, path, options).ok());
        QVERIFY(PdfTools::info(path, QStringLiteral("Page size")).contains(QStringLiteral("612 x 792")));
    }

    void longStoryHasRunningHeaderAndNumbers()
    {
        StoryBundle bundle = sampleBundle();
        for (int i = 0; i < 120; ++i) {
            TimelineEvent event;
            event.occurredAt = bundle.story.startedAt.addSecs(60 * i);
            event.description = QStringLiteral("Step %1 of the long investigation").arg(i);
            bundle.timeline << event;
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("long.pdf"));
        QVERIFY(StoryPdf::write(bundle, {}, path).ok());
        const int pages = PdfTools::pages(path);
        QVERIFY(pages >= 3);
        // The header (the title) on every page but the first, the table's header row repeated.
        for (int page = 2; page <= pages; ++page) {
            const QString text = PdfTools::text(path, page);
            QVERIFY(text.contains(QStringLiteral("Cache stampede on checkout")));
            QVERIFY(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
        }
        QVERIFY(PdfTools::text(path, 2).contains(QStringLiteral("What happened")));
        QVERIFY(PdfTools::text(path).contains(QStringLiteral("Step 119 of the long investigation")));
    }

    void codeIsColoured()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("kate-syntax-highlighter")).isEmpty()) {
            QSKIP("kate-syntax-highlighter is not installed");
        }
        StoryBundle coloured;
        coloured.story.title = QStringLiteral("Code only");
        const QString code =
            QStringLiteral("int main(int argc, char** argv)\n{\n    return \"text\" == nullptr ? 1 : 42;\n}");
        coloured.story.setSection(Section::Summary, QStringLiteral("```cpp\n") + code + QStringLiteral("\n```"));
        StoryBundle plain = coloured;
        plain.story.setSection(Section::Summary, QStringLiteral("```\n") + code + QStringLiteral("\n```"));
        QTemporaryDir dir;
        const QString colouredPath = dir.filePath(QStringLiteral("coloured.pdf"));
        const QString plainPath = dir.filePath(QStringLiteral("plain.pdf"));
        QVERIFY(StoryPdf::write(coloured, {}, colouredPath).ok());
        QVERIFY(StoryPdf::write(plain, {}, plainPath).ok());
        for (const QString& path : {colouredPath, plainPath}) {
            const QString text = PdfTools::text(path);
            QVERIFY(text.contains(QStringLiteral("int main(int argc")));
            QVERIFY(text.contains(QStringLiteral("nullptr ? 1 : 42")));
        }
        // Only the fenced block (with a language) brings colour to the page.
        QVERIFY(PdfTools::colouredPixels(PdfTools::render(plainPath, 1, 100)) < 5);
        QVERIFY(PdfTools::colouredPixels(PdfTools::render(colouredPath, 1, 100)) > 40);
    }

    void hostileMarkdownIsInert()
    {
        StoryBundle bundle = sampleBundle();
        bundle.story.setSection(
            Section::Summary,
            QStringLiteral(
                "<script>alert('pwned')</script>\n\n<img src=\"file:///etc/passwd\" onerror=\"alert(2)\">\n\n"
                "[click me](javascript:alert(3)) and [docs](https://example.org/)\n\n"
                "![remote](http://127.0.0.1:1/x.png) ![local](/etc/hostname)\n\n<iframe src=x></iframe> "
                "\xEF\xBF\xBD broken"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hostile.pdf"));
        QVERIFY(StoryPdf::write(bundle, {}, path).ok());
        QVERIFY(PdfTools::pages(path) >= 1);
        const QString text = PdfTools::text(path);
        QVERIFY(text.contains(QStringLiteral("alert('pwned')"))); // shown as typed
        QVERIFY(text.contains(QStringLiteral("click me")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll().toLower();
        QVERIFY(!bytes.contains("javascript"));
        QVERIFY(!bytes.contains("/js"));
        // The local file was not read into the PDF.
        QFile hostname(QStringLiteral("/etc/hostname"));
        if (hostname.open(QIODevice::ReadOnly)) {
            const QByteArray name = hostname.readAll().trimmed();
            if (name.size() > 6) {
                QVERIFY(!text.toUtf8().contains(name));
            }
        }
    }

    void cancelledExportLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cancelled.pdf"));
        auto document = StoryPdf::document(sampleBundle(), {}, {});
        PdfWriteOptions options;
        options.title = QStringLiteral("x");
        const Status status = PdfDocumentWriter::writePdf(*document, path, options, [](int, int) { return false; });
        QVERIFY(!status.ok());
        QCOMPARE(status.error(), PdfDocumentWriter::cancelledMessage());
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 0);
    }

    void anonymizesNamesToRoles()
    {
        const PeopleAnonymizer anonymizer({Person {QStringLiteral("Ann Lee"), QStringLiteral("release engineer")},
                                           Person {QStringLiteral("Ann"), QStringLiteral("intern")},
                                           Person {QStringLiteral("Bob"), QString()}});
        QCOMPARE(anonymizer.apply(QStringLiteral("ANN LEE paged ann, then Bob; Annika and Bobby stayed.")),
                 QStringLiteral("release engineer paged intern, then someone involved; Annika and Bobby stayed."));
        const StoryBundle bundle = PeopleAnonymizer::anonymize(sampleBundle());
        QVERIFY(bundle.story.section(Section::Summary).contains(QStringLiteral("Release engineer")));
        QCOMPARE(bundle.timeline.at(0).actor, QStringLiteral("Release engineer"));
        QCOMPARE(bundle.actions.at(0).owner, QStringLiteral("SRE on call"));
        QCOMPARE(bundle.story.authors, QStringList {QStringLiteral("Dana Writer")}); // not a listed person

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("anonymous.pdf"));
        StoryPdf::Options options;
        options.anonymize = true;
        QVERIFY(StoryPdf::write(sampleBundle(), {}, path, options).ok());
        const QString text = PdfTools::text(path);
        QVERIFY(!text.contains(QStringLiteral("Ann Lee")));
        QVERIFY(!text.contains(QStringLiteral("Bob Stone")));
        QVERIFY(text.contains(QStringLiteral("SRE on call")));
    }
};

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv); // fonts for the PDFs
    TestStoryPdf test;
    return QTest::qExec(&test, argc, argv);
}
#include "TestStoryPdf.moc"
