#include "PdfTools.h"

#include "export/Handbook.h"
#include "export/PdfDocumentWriter.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

namespace {

StoryBundle story(qint64 id, const QString& title, int timelineRows)
{
    StoryBundle bundle;
    bundle.story.id = id;
    bundle.story.title = title;
    bundle.story.status = StoryStatus::Published;
    bundle.story.startedAt = QDateTime(QDate(2026, 1, int(id)), QTime(8, 0), Qt::UTC);
    bundle.story.authors = {QStringLiteral("Writer %1").arg(id)};
    bundle.story.setSection(Section::Summary,
                            QStringLiteral("Carol Jones restarted the database for story %1.").arg(id));
    for (int i = 0; i < timelineRows; ++i) {
        TimelineEvent event;
        event.occurredAt = bundle.story.startedAt.addSecs(60 * i);
        event.description = QStringLiteral("Event %1 handled by Carol Jones").arg(i);
        event.actor = QStringLiteral("Carol Jones");
        bundle.timeline << event;
    }
    bundle.people = {Person {QStringLiteral("Carol Jones"), QStringLiteral("Database operator")}};
    return bundle;
}

QList<StoryBundle> stories()
{
    QList<StoryBundle> list {story(1, QStringLiteral("Alpha outage"), 5),
                             story(2, QStringLiteral("Bravo slowdown"), 90),
                             story(3, QStringLiteral("Charlie data loss"), 10)};
    Award award;
    award.storyId = 2;
    award.year = 2026;
    award.title = QStringLiteral("Most instructive mistake");
    award.citation = QStringLiteral("Carol Jones showed us how retries amplify load.");
    list[1].awards << award;
    return list;
}

} // namespace

class TestHandbook : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!PdfTools::available()) {
            QSKIP("poppler-utils are not installed");
        }
    }

    void selectsPublishedByTagAndDate()
    {
        auto summary = [](qint64 id, StoryStatus status, const QStringList& tags, int day) {
            StorySummary s;
            s.id = id;
            s.status = status;
            s.tags = tags;
            s.startedAt = QDateTime(QDate(2026, 2, day), QTime(0, 0), Qt::UTC);
            return s;
        };
        const QList<StorySummary> all {summary(1, StoryStatus::Published, {QStringLiteral("db")}, 20),
                                       summary(2, StoryStatus::Draft, {QStringLiteral("db")}, 1),
                                       summary(3, StoryStatus::Published, {QStringLiteral("net")}, 5)};
        HandbookSelection selection;
        QCOMPARE(selection.select(all), (QList<qint64> {3, 1}));
        selection.publishedOnly = false;
        QCOMPARE(selection.select(all), (QList<qint64> {2, 3, 1}));
        selection.tags = {QStringLiteral("DB")};
        QCOMPARE(selection.select(all), (QList<qint64> {2, 1}));
        selection.tags.clear();
        selection.from = QDate(2026, 2, 2);
        selection.to = QDate(2026, 2, 10);
        QCOMPARE(selection.select(all), (QList<qint64> {3}));
    }

    void contentsMatchChapterPages()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("handbook.pdf"));
        Handbook::Options options;
        options.title = QStringLiteral("Our failure handbook");
        options.organisation = QStringLiteral("Example Corp");
        options.year = 2026;
        QImage logo(120, 60, QImage::Format_RGB32);
        logo.fill(QColor(0xc0, 0x90, 0x20));
        options.logo = logo;
        Handbook handbook(stories(), {}, options);
        const Status status = handbook.write(path);
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QCOMPARE(PdfTools::info(path, QStringLiteral("Title")), QStringLiteral("Our failure handbook"));
        QCOMPARE(PdfTools::info(path, QStringLiteral("Author")), QStringLiteral("Example Corp"));
        const int pages = PdfTools::pages(path);
        QCOMPARE(pages, handbook.pageCount());
        const QString cover = PdfTools::text(path, 1);
        QVERIFY(cover.contains(QStringLiteral("Our failure handbook")));
        QVERIFY(cover.contains(QStringLiteral("Example Corp")));
        QVERIFY(cover.contains(QStringLiteral("2026")));
        QVERIFY(PdfTools::colouredPixels(PdfTools::render(path, 1)) > 100); // the logo
        const QList<Handbook::Entry> contents = handbook.contents();
        QCOMPARE(contents.size(), 4); // three chapters and the hall of fame
        const QString toc = PdfTools::text(path, 2);
        QVERIFY(toc.contains(QStringLiteral("Contents")));
        int previous = 2;
        for (const Handbook::Entry& entry : contents) {
            // The contents page prints the number, and that page starts the chapter.
            const QRegularExpression line(QRegularExpression::escape(entry.title) + QStringLiteral("\\s+(\\d+)"));
            const auto match = line.match(toc);
            QVERIFY2(match.hasMatch(), qPrintable(entry.title));
            const int page = match.captured(1).toInt();
            QCOMPARE(page, entry.page);
            QVERIFY(page > previous);
            previous = page;
            QVERIFY2(PdfTools::text(path, page).contains(entry.title), qPrintable(entry.title));
            QVERIFY(
                !PdfTools::text(path, page - 1).contains(QStringLiteral("\n") + entry.title + QStringLiteral("\n")));
        }
        // Bravo has 90 timeline rows: more than one page, so Charlie starts later than Bravo + 1.
        QVERIFY(contents.at(2).page > contents.at(1).page + 1);
        const QString fame = PdfTools::text(path, contents.at(3).page);
        QVERIFY(fame.contains(QStringLiteral("Most instructive mistake")));
        QVERIFY(fame.contains(QStringLiteral("Bravo slowdown")));
        QVERIFY(PdfTools::text(path, pages).contains(QStringLiteral("Page %1 of %1").arg(pages)));
        QVERIFY(PdfTools::darkPixels(PdfTools::render(path, contents.at(1).page)) > 500);
    }

    void anonymizedHandbookShowsRoles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("anonymous.pdf"));
        Handbook::Options options;
        options.anonymize = true;
        Handbook handbook(stories(), {}, options);
        QVERIFY(handbook.write(path).ok());
        const QString text = PdfTools::text(path);
        QVERIFY(!text.contains(QStringLiteral("Carol")));
        QVERIFY(text.contains(QStringLiteral("Database operator restarted the database")));
        QVERIFY(text.contains(QStringLiteral("Database operator showed us"))); // the award citation
    }

    void cancellingLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cancelled.pdf"));
        for (int cancelAt : {1, 3, 6}) {
            int calls = 0;
            Handbook handbook(stories(), {}, {});
            const Status status = handbook.write(path, [&](int, int, const QString&) { return ++calls < cancelAt; });
            QVERIFY(!status.ok());
            QCOMPARE(status.error(), PdfDocumentWriter::cancelledMessage());
            QVERIFY(!QFile::exists(path));
            QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 0);
        }
    }
};

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv); // fonts for the PDFs
    TestHandbook test;
    return QTest::qExec(&test, argc, argv);
}
#include "TestHandbook.moc"
