#include "TestSupport.h"
#include "document/Library.h"
#include "export/JsonExport.h"
#include "export/JsonImport.h"
#include "export/StoryBundle.h"
#include "storage/ActionStore.h"
#include "storage/AwardStore.h"
#include "storage/CauseStore.h"
#include "storage/CoachSettingsStore.h"
#include "storage/LessonStore.h"
#include "storage/PeopleStore.h"
#include "storage/StoryStore.h"
#include "storage/TimelineStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

// The JSON library export: export → import into an empty library → export gives the same bytes;
// merging; and refusing bad input without writing anything.
class TestJsonRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTripIsIdentical();
    void restoredLinksAreCorrect();
    void mergeSkipsExistingStories();
    void twinStoriesBothRestored();
    void singleStory();
    void badInputIsRefused_data();
    void badInputIsRefused();
    void failingImportLeavesLibraryUnchanged();

private:
    std::unique_ptr<Library> open(const QString& name);
    // The fixture library (schema 2, upgraded) plus a story with every part, awards and coach data.
    std::unique_ptr<Library> richLibrary();
    static QByteArray exportOf(Library& library);
    static QJsonObject documentOf(const QByteArray& json);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestJsonRoundTrip::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestJsonRoundTrip::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Library> TestJsonRoundTrip::open(const QString& name)
{
    auto lib = Library::open(TestSupport::libraryPath(*m_dir, name));
    if (!lib) {
        qWarning("%s", qPrintable(lib.error()));
        return nullptr;
    }
    return std::move(lib).value();
}

QByteArray TestJsonRoundTrip::exportOf(Library& library)
{
    JsonExport::Options options;
    options.exportedAt = QDateTime();
    auto json = JsonExport::library(library, options);
    if (!json) {
        qWarning("%s", qPrintable(json.error()));
        return {};
    }
    return json.value();
}

QJsonObject TestJsonRoundTrip::documentOf(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

std::unique_ptr<Library> TestJsonRoundTrip::richLibrary()
{
    const QString path = TestSupport::copyFixture(*m_dir, QStringLiteral("library-v2.kintsugi"));
    auto opened = Library::open(path);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error()));
        return nullptr;
    }
    std::unique_ptr<Library> library = std::move(opened).value();
    // A category of its own, so that categories are matched and added by name.
    auto vendor = library->causes().addCategory(CauseCategory {0, QStringLiteral("Vendor \"X\""), 99});
    if (!vendor) {
        return nullptr;
    }
    Story story = TestSupport::fullStory(QStringLiteral("Everything: \"quoted\", <tags> & ünïcode 🎉"));
    story.setSection(Section::Resolution, QStringLiteral("```bash\nsystemctl restart pager\n```\n"));
    const qint64 id = library->stories().create(story).value();
    bool ok = library->people().insert(id, 0, Person {QStringLiteral("Ana"), QStringLiteral("On call")}).ok() &&
              library->people().insert(id, 1, Person {QStringLiteral("Bo"), QString()}).ok();
    TimelineEvent trigger;
    trigger.occurredAt = QDateTime(QDate(2024, 5, 1), QTime(9, 0, 1, 250), Qt::UTC);
    trigger.kind = TimelineKind::Trigger;
    trigger.description = QStringLiteral("Deploy | rollout\nstarted");
    trigger.actor = QStringLiteral("CI");
    TimelineEvent day;
    day.occurredAt = QDateTime(QDate(2024, 5, 2), QTime(0, 0), Qt::UTC);
    day.dateOnly = true;
    day.kind = TimelineKind::Communication;
    day.description = QStringLiteral("Status page updated");
    ok = ok && library->timeline().insert(id, {trigger, day}).ok();
    const auto categories = library->causes().categories().value();
    CauseNode problem;
    problem.storyId = id;
    problem.statement = QStringLiteral("Pages not delivered");
    problem.type = CauseType::Problem;
    const qint64 problemId = library->causes().insert(problem).value();
    CauseNode cause;
    cause.storyId = id;
    cause.parentId = problemId;
    cause.statement = QStringLiteral("Queue full");
    cause.categoryId = vendor.value();
    cause.evidence = QStringLiteral("Graph");
    const qint64 causeId = library->causes().insert(cause).value();
    CauseNode root;
    root.storyId = id;
    root.parentId = causeId;
    root.statement = QStringLiteral("No alert on queue depth");
    root.type = CauseType::RootCause;
    root.categoryId = categories.first().id;
    const qint64 rootId = library->causes().insert(root).value();
    CauseNode sibling;
    sibling.storyId = id;
    sibling.parentId = problemId;
    sibling.statement = QStringLiteral("Retry storm");
    sibling.type = CauseType::ContributingFactor;
    sibling.position = 1;
    ok = ok && library->causes().insert(sibling).ok();
    Lesson lesson;
    lesson.storyId = id;
    lesson.kind = LessonKind::WentWrong;
    lesson.text = QStringLiteral("Alerts came late");
    lesson.causeIds = {rootId, causeId};
    ok = ok && library->lessons().insert(lesson, 0).ok();
    Lesson well;
    well.storyId = id;
    well.kind = LessonKind::WentWell;
    well.text = QStringLiteral("Rollback was quick");
    ok = ok && library->lessons().insert(well, 1).ok();
    ActionItem action;
    action.storyId = id;
    action.title = QStringLiteral("Alert on queue depth");
    action.owner = QStringLiteral("Ana");
    action.dueDate = QDate(2024, 6, 1);
    action.priority = 1;
    action.status = ActionStatus::InProgress;
    action.type = ActionType::Detect;
    action.ticketUrl = QStringLiteral("https://tickets.example.com/42");
    action.causeIds = {rootId};
    ok = ok && library->actions().insert(action, 0).ok();
    ActionItem done;
    done.storyId = id;
    done.title = QStringLiteral("Write runbook");
    done.status = ActionStatus::Done;
    ok = ok && library->actions().insert(done, 1).ok();
    Award award;
    award.storyId = id;
    award.year = 2024;
    award.title = QStringLiteral("Most instructive mistake");
    award.citation = QStringLiteral("Showed us\nwhy depth matters.");
    ok = ok && library->awards().insert(award).ok();
    award.year = 2023;
    award.title = QStringLiteral("Earlier prize");
    ok = ok && library->awards().insert(award).ok();
    ok = ok && library->coachSettings().setHitIgnored(id, QStringLiteral("blame"), QStringLiteral("fault"), true).ok();
    ok = ok && library->coachSettings().setRuleEnabled(QStringLiteral("hindsight"), false).ok();
    if (!ok) {
        qWarning("could not build the rich library");
        return nullptr;
    }
    return library;
}

void TestJsonRoundTrip::roundTripIsIdentical()
{
    auto source = richLibrary();
    QVERIFY(source);
    const QByteArray first = exportOf(*source);
    QVERIFY(!first.isEmpty());
    const QJsonObject document = documentOf(first);
    QCOMPARE(document.value(QStringLiteral("format")).toString(), QStringLiteral("kintsugi-library"));
    QCOMPARE(document.value(QStringLiteral("version")).toInt(), 1);
    QVERIFY(!document.contains(QStringLiteral("exportedAt")));
    const int storyCount = source->stories().count().value();
    QVERIFY(storyCount >= 2);
    QCOMPARE(document.value(QStringLiteral("stories")).toArray().size(), storyCount);

    auto target = open(QStringLiteral("empty.kintsugi"));
    QVERIFY(target);
    QSignalSpy added(&target->stories(), &StoryStore::storyAdded);
    auto report = JsonImport::importData(*target, first);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QVERIFY(report->restored);
    QVERIFY(report->skipped.isEmpty());
    QCOMPARE(report->addedIds.size(), storyCount);
    QCOMPARE(added.size(), storyCount);
    QCOMPARE(report->categoriesAdded, 1);
    QCOMPARE(target->coachSettings().disabledRules()->contains(QStringLiteral("hindsight")), true);

    const QByteArray second = exportOf(*target);
    if (second != first) {
        const QList<QByteArray> a = first.split('\n');
        const QList<QByteArray> b = second.split('\n');
        for (int i = 0; i < qMin(a.size(), b.size()); ++i) {
            if (a[i] != b[i]) {
                qWarning("line %d differs:\n%s\n%s", i + 1, a[i].constData(), b[i].constData());
                break;
            }
        }
    }
    QCOMPARE(second, first);

    // With exportedAt, only that line differs.
    auto stamped = JsonExport::library(*target);
    QVERIFY(stamped.ok());
    QVERIFY(documentOf(stamped.value()).value(QStringLiteral("exportedAt")).toString().endsWith(QLatin1Char('Z')));
}

void TestJsonRoundTrip::restoredLinksAreCorrect()
{
    auto source = richLibrary();
    QVERIFY(source);
    auto target = open(QStringLiteral("empty.kintsugi"));
    QVERIFY(target);
    // Burn some ids so that the new ones differ from the source's.
    for (int i = 0; i < 3; ++i) {
        const qint64 id = target->stories().create(Story {}).value();
        QVERIFY(target->stories().remove(id).ok());
    }
    auto report = JsonImport::importData(*target, exportOf(*source));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    const qint64 rich = report->addedIds.last();
    auto bundle = StoryBundles::load(*target, rich);
    QVERIFY(bundle.ok());
    QCOMPARE(bundle->story.title, QStringLiteral("Everything: \"quoted\", <tags> & ünïcode 🎉"));
    QCOMPARE(bundle->causes.size(), 4);
    const QList<CauseNode> top = bundle->childCauses(0);
    QCOMPARE(top.size(), 1);
    const QList<CauseNode> children = bundle->childCauses(top.first().id);
    QCOMPARE(children.size(), 2);
    QCOMPARE(children.at(0).statement, QStringLiteral("Queue full"));
    QCOMPARE(children.at(1).statement, QStringLiteral("Retry storm"));
    const QList<CauseNode> roots = bundle->childCauses(children.at(0).id);
    QCOMPARE(roots.size(), 1);
    QCOMPARE(roots.first().type, CauseType::RootCause);
    // Category links by name.
    const auto categories = target->causes().categories().value();
    QString vendorName;
    for (const CauseCategory& c : categories) {
        if (c.id == children.at(0).categoryId) {
            vendorName = c.name;
        }
    }
    QCOMPARE(vendorName, QStringLiteral("Vendor \"X\""));
    // Lesson and action cause links point at the new nodes.
    QCOMPARE(bundle->lessons.first().causeIds.size(), 2);
    QVERIFY(bundle->lessons.first().causeIds.contains(roots.first().id));
    QCOMPARE(bundle->actions.first().causeIds, QList<qint64> {roots.first().id});
    QCOMPARE(bundle->actions.first().ticketUrl, QStringLiteral("https://tickets.example.com/42"));
    QCOMPARE(bundle->timeline.first().occurredAt, QDateTime(QDate(2024, 5, 1), QTime(9, 0, 1, 250), Qt::UTC));
    QVERIFY(bundle->timeline.last().dateOnly);
    QCOMPARE(bundle->awards.size(), 2);
    QCOMPARE(bundle->awards.first().year, 2023);
    QCOMPARE(bundle->people.size(), 2);
    QCOMPARE(target->coachSettings().ignoredHits(rich)->size(), 1);
    // The search index knows the restored text.
    QVERIFY(target->stories().search(QStringLiteral("depth")).value().size() >= 1);
}

void TestJsonRoundTrip::mergeSkipsExistingStories()
{
    auto source = richLibrary();
    QVERIFY(source);
    const QByteArray json = exportOf(*source);
    const int storyCount = source->stories().count().value();

    auto target = open(QStringLiteral("busy.kintsugi"));
    QVERIFY(target);
    const qint64 own = target->stories().create(TestSupport::fullStory(QStringLiteral("Own story"))).value();
    QVERIFY(target->coachSettings().setRuleEnabled(QStringLiteral("hindsight"), true).ok());
    auto first = JsonImport::importData(*target, json);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QVERIFY(!first->restored);
    QCOMPARE(first->addedIds.size(), storyCount);
    QVERIFY(first->skipped.isEmpty());
    QCOMPARE(target->stories().count().value(), storyCount + 1);
    // Merging keeps the library's coach settings.
    QVERIFY(!target->coachSettings().disabledRules()->contains(QStringLiteral("hindsight")));

    // The same file again: every story is there already.
    auto again = JsonImport::importData(*target, json);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QVERIFY(again->addedIds.isEmpty());
    QCOMPARE(again->skipped.size(), storyCount);
    QVERIFY(again->skipped.last().contains(QStringLiteral("Everything")));
    QCOMPARE(target->stories().count().value(), storyCount + 1);
    QVERIFY(target->stories().load(own).ok());
}

void TestJsonRoundTrip::twinStoriesBothRestored()
{
    auto source = open(QStringLiteral("twins.kintsugi"));
    QVERIFY(source);
    Story twin = TestSupport::fullStory(QStringLiteral("Twin"));
    twin.createdAt = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    QVERIFY(source->stories().create(twin).ok());
    QVERIFY(source->stories().create(twin).ok());
    auto target = open(QStringLiteral("empty.kintsugi"));
    QVERIFY(target);
    auto report = JsonImport::importData(*target, exportOf(*source));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->addedIds.size(), 2);
    QVERIFY(report->skipped.isEmpty());
}

void TestJsonRoundTrip::singleStory()
{
    auto source = richLibrary();
    QVERIFY(source);
    const qint64 last = source->stories().summaries()->last().id;
    JsonExport::Options options;
    options.storyIds = {source->stories().summaries()->first().id};
    options.exportedAt = QDateTime();
    auto json = JsonExport::library(*source, options);
    QVERIFY(json.ok());
    QCOMPARE(documentOf(json.value()).value(QStringLiteral("stories")).toArray().size(), 1);
    Q_UNUSED(last);
}

void TestJsonRoundTrip::badInputIsRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QByteArray good = R"({"format":"kintsugi-library","version":1,"categories":[{"id":1,"name":"People"}],)"
                            R"("stories":[{"title":"A","kind":"failure","status":"draft","severity":1,)"
                            R"("createdAt":"2024-01-01T00:00:00.000Z","causes":[{"id":1,"parent":null,"type":"cause",)"
                            R"("category":1}],"lessons":[{"kind":"lesson","text":"x","causes":[1]}]}]})";
    QTest::newRow("good") << good << QString();
    QTest::newRow("not json") << QByteArray("{\"format\": ") << QStringLiteral("not a JSON document");
    QTest::newRow("binary") << QByteArray("\xff\xfe\x00garbage", 10) << QStringLiteral("not a JSON document");
    QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("no Kintsugi library export");
    QTest::newRow("other format") << QByteArray(R"({"format":"something","version":1,"stories":[]})")
                                  << QStringLiteral("no Kintsugi library export");
    QTest::newRow("newer version") << QByteArray(R"({"format":"kintsugi-library","version":2,"stories":[]})")
                                   << QStringLiteral("format version 2");
    QTest::newRow("version as text") << QByteArray(R"({"format":"kintsugi-library","version":"1","stories":[]})")
                                     << QStringLiteral("“version” must be a whole number");
    QTest::newRow("no stories") << QByteArray(R"({"format":"kintsugi-library","version":1})")
                                << QStringLiteral("“stories” is missing");
    QByteArray missingTitle = good;
    missingTitle.replace(R"("title":"A",)", "");
    QTest::newRow("missing title") << missingTitle << QStringLiteral("“stories[0].title” is missing");
    QByteArray badKind = good;
    badKind.replace(R"("kind":"failure")", R"("kind":"bogus")");
    QTest::newRow("bad kind") << badKind << QStringLiteral("“stories[0].kind” has an unknown value: \"bogus\"");
    QByteArray badSeverity = good;
    badSeverity.replace(R"("severity":1)", R"("severity":9)");
    QTest::newRow("bad severity") << badSeverity << QStringLiteral("between 0 and 5");
    QByteArray badTime = good;
    badTime.replace("2024-01-01T00:00:00.000Z", "yesterday");
    QTest::newRow("bad time") << badTime << QStringLiteral("“stories[0].createdAt” must be a date and time");
    QByteArray badParent = good;
    badParent.replace(R"("parent":null)", R"("parent":7)");
    QTest::newRow("bad parent") << badParent << QStringLiteral("“stories[0].causes[0].parent” names no cause");
    QByteArray badCategory = good;
    badCategory.replace(R"("category":1})", R"("category":5})");
    QTest::newRow("bad category") << badCategory << QStringLiteral("names no category");
    QByteArray badLink = good;
    badLink.replace(R"("causes":[1]})", R"("causes":[3]})");
    QTest::newRow("bad link") << badLink << QStringLiteral("names cause 3");
    QByteArray tagsNotList = good;
    tagsNotList.replace(R"("title":"A",)", R"("title":"A","tags":"x",)");
    QTest::newRow("tags not a list") << tagsNotList << QStringLiteral("“stories[0].tags” must be a list");
}

void TestJsonRoundTrip::badInputIsRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    auto target = open(QStringLiteral("target.kintsugi"));
    QVERIFY(target);
    auto report = JsonImport::importData(*target, json);
    if (message.isEmpty()) {
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(target->stories().count().value(), 1);
        return;
    }
    QVERIFY(!report.ok());
    QVERIFY2(report.error().contains(message), qPrintable(report.error()));
    QCOMPARE(target->stories().count().value(), 0);
}

void TestJsonRoundTrip::failingImportLeavesLibraryUnchanged()
{
    auto source = richLibrary();
    QVERIFY(source);
    const QByteArray json = exportOf(*source);
    auto target = open(QStringLiteral("target.kintsugi"));
    QVERIFY(target);
    const QString path = target->path();
    const int categories = int(target->causes().categories()->size());
    target.reset();
    // Read-only: the write fails inside the store; nothing is written.
    auto readOnly = Library::open(path, LibraryDatabase::OpenMode::ReadOnly);
    QVERIFY(readOnly.ok());
    auto report = JsonImport::importData(*readOnly.value(), json);
    QVERIFY(!report.ok());
    readOnly.value().reset();
    // A story that cannot be written (a trigger makes the last insert fail): all or nothing.
    target = open(QStringLiteral("target.kintsugi"));
    QVERIFY(target);
    QSqlQuery q(target->database().db());
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON award "
                                  "BEGIN SELECT RAISE(ABORT, 'refused by test'); END")));
    QSignalSpy added(&target->stories(), &StoryStore::storyAdded);
    report = JsonImport::importData(*target, json);
    QVERIFY(!report.ok());
    QVERIFY2(report.error().contains(QStringLiteral("refused by test")), qPrintable(report.error()));
    QCOMPARE(added.size(), 0);
    QCOMPARE(target->stories().count().value(), 0);
    QCOMPARE(int(target->causes().categories()->size()), categories);
}

QTEST_GUILESS_MAIN(TestJsonRoundTrip)
#include "TestJsonRoundTrip.moc"
