#include "TestSupport.h"
#include "document/Library.h"
#include "domain/ActionItem.h"
#include "storage/ActionStore.h"
#include "storage/LessonStore.h"
#include "storage/LibraryDatabase.h"
#include "storage/StoryStore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

// The stores of lessons learned and action items, and the rules of action items.
class TestActionStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void overdueRule();
    void keysRoundTrip();
    void ticketUrls();
    void insertListAndOrder();
    void moveKeepsPositionsDense();
    void removeClosesGap();
    void fieldsRoundTrip();
    void causeLinksSkipMissingCauses();
    void deletedCauseDropsLinks();
    void openActionsJoinStoryTitles();
    void unactionedRootCauses();
    void searchFindsActionsAndLessons();
    void insertManyInOneGo();
    void lessonsOrderAndKinds();
    void readOnlyRefusesWrites();
    void unknownIdsFail();

private:
    qint64 addStory(const QString& title);
    qint64 addCause(qint64 storyId, const QString& statement, const QString& type = QStringLiteral("cause"));
    ActionItem item(qint64 storyId, const QString& title);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
};

void TestActionStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto lib = Library::open(TestSupport::libraryPath(*m_dir));
    QVERIFY2(lib.ok(), qPrintable(lib.error()));
    m_library = std::move(lib).value();
}

void TestActionStore::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

qint64 TestActionStore::addStory(const QString& title)
{
    Story story;
    story.title = title;
    return m_library->stories().create(story).value();
}

qint64 TestActionStore::addCause(qint64 storyId, const QString& statement, const QString& type)
{
    // The cause tree has its own store; a plain row is all these tests need.
    QSqlQuery q(m_library->database().db());
    q.prepare(QStringLiteral("INSERT INTO cause_node(story_id, statement, type) VALUES (?, ?, ?)"));
    q.addBindValue(storyId);
    q.addBindValue(statement);
    q.addBindValue(type);
    if (!q.exec()) {
        qWarning("cannot add cause");
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

ActionItem TestActionStore::item(qint64 storyId, const QString& title)
{
    ActionItem a;
    a.storyId = storyId;
    a.title = title;
    return a;
}

void TestActionStore::overdueRule()
{
    const QDate today(2026, 3, 10);
    ActionItem a;
    a.dueDate = QDate(2026, 3, 9);
    QVERIFY(ActionRules::isOverdue(a, today));
    QCOMPARE(ActionRules::daysOverdue(a.status, a.dueDate, today), 1);
    a.status = ActionStatus::InProgress;
    QVERIFY(ActionRules::isOverdue(a, today));
    a.status = ActionStatus::Done;
    QVERIFY(!ActionRules::isOverdue(a, today));
    a.status = ActionStatus::WontDo;
    QVERIFY(!ActionRules::isOverdue(a, today));
    a.status = ActionStatus::Open;
    a.dueDate = today; // due today is not overdue yet
    QVERIFY(!ActionRules::isOverdue(a, today));
    a.dueDate = QDate();
    QVERIFY(!ActionRules::isOverdue(a, today));
    a.dueDate = QDate(2026, 2, 28);
    QCOMPARE(ActionRules::daysOverdue(a.status, a.dueDate, today), 10);
    QVERIFY(ActionRules::overdueText(a.status, a.dueDate, today).contains(QStringLiteral("10")));
    QVERIFY(ActionRules::overdueText(a.status, QDate(), today).isEmpty());
}

void TestActionStore::keysRoundTrip()
{
    for (ActionStatus s : ActionRules::allStatuses()) {
        QCOMPARE(ActionRules::statusFromKey(ActionRules::statusKey(s)), s);
        QVERIFY(!ActionRules::statusName(s).isEmpty());
    }
    for (ActionType t : ActionRules::allTypes()) {
        QCOMPARE(ActionRules::typeFromKey(ActionRules::typeKey(t)), t);
    }
    for (LessonKind k : LessonRules::allKinds()) {
        QCOMPARE(LessonRules::kindFromKey(LessonRules::kindKey(k)), k);
    }
    QCOMPARE(ActionRules::statusKey(ActionStatus::InProgress), QStringLiteral("in_progress"));
    QCOMPARE(ActionRules::statusKey(ActionStatus::WontDo), QStringLiteral("wont_do"));
    QVERIFY(!ActionRules::statusFromKey(QStringLiteral("nonsense")));
    QCOMPARE(ActionRules::clampPriority(0), 1);
    QCOMPARE(ActionRules::clampPriority(9), 3);
}

void TestActionStore::ticketUrls()
{
    QVERIFY(ActionRules::isValidTicketUrl(QString()));
    QVERIFY(ActionRules::isValidTicketUrl(QStringLiteral("https://tracker.example/OPS-12")));
    QVERIFY(!ActionRules::isValidTicketUrl(QStringLiteral("OPS-12")));
    QVERIFY(!ActionRules::isValidTicketUrl(QStringLiteral("http://")));
    const qint64 story = addStory(QStringLiteral("S"));
    const qint64 id = m_library->actions().insert(item(story, QStringLiteral("A")), 0).value();
    QSignalSpy failed(&m_library->stories(), &StoryStore::writeFailed);
    QVERIFY(!m_library->actions().setField(id, ActionField::TicketUrl, QStringLiteral("not a url")));
    QCOMPARE(failed.count(), 1);
    QVERIFY(m_library->actions().setField(id, ActionField::TicketUrl, QStringLiteral(" https://t.example/1 ")));
    QCOMPARE(m_library->actions().action(id)->ticketUrl, QStringLiteral("https://t.example/1"));
}

void TestActionStore::insertListAndOrder()
{
    ActionStore& store = m_library->actions();
    const qint64 story = addStory(QStringLiteral("S"));
    QSignalSpy added(&store, &ActionStore::actionAdded);
    QSignalSpy touched(&m_library->stories(), &StoryStore::storyTouched);
    const qint64 a = store.insert(item(story, QStringLiteral("a")), 0).value();
    const qint64 c = store.insert(item(story, QStringLiteral("c")), 99).value(); // clamped to the end
    const qint64 b = store.insert(item(story, QStringLiteral("b")), 1).value();
    QCOMPARE(added.count(), 3);
    QCOMPARE(added.at(1).at(2).toInt(), 1);
    QCOMPARE(added.at(2).at(0).toLongLong(), story);
    QCOMPARE(added.at(2).at(2).toInt(), 1);
    QCOMPARE(touched.count(), 3);
    const auto list = store.actions(story).value();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list[0].id, a);
    QCOMPARE(list[1].id, b);
    QCOMPARE(list[2].id, c);
    QCOMPARE(store.positionOf(c).value(), 2);
    QVERIFY(list[0].createdAt.isValid());
    QCOMPARE(list[0].status, ActionStatus::Open);
    QCOMPARE(list[0].priority, 2);
    // Another story's list is separate.
    const qint64 other = addStory(QStringLiteral("T"));
    QCOMPARE(store.actions(other).value().size(), 0);
}

void TestActionStore::moveKeepsPositionsDense()
{
    ActionStore& store = m_library->actions();
    const qint64 story = addStory(QStringLiteral("S"));
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i) {
        ids << store.insert(item(story, QString::number(i)), i).value();
    }
    QSignalSpy moved(&store, &ActionStore::actionMoved);
    QVERIFY(store.move(ids[0], 3));
    QVERIFY(store.move(ids[4], 0));
    QVERIFY(store.move(ids[2], 2)); // no change, no signal
    QCOMPARE(moved.count(), 2);
    QStringList titles;
    const auto list = store.actions(story).value();
    for (const ActionItem& a : list) {
        titles << a.title;
    }
    QCOMPARE(
        titles,
        QStringList(
            {QStringLiteral("4"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("0")}));
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(store.positionOf(store.actions(story).value()[i].id).value(), i);
    }
}

void TestActionStore::removeClosesGap()
{
    ActionStore& store = m_library->actions();
    const qint64 story = addStory(QStringLiteral("S"));
    const qint64 a = store.insert(item(story, QStringLiteral("a")), 0).value();
    const qint64 b = store.insert(item(story, QStringLiteral("b")), 1).value();
    const qint64 c = store.insert(item(story, QStringLiteral("c")), 2).value();
    QSignalSpy removed(&store, &ActionStore::actionRemoved);
    QVERIFY(store.remove(b));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toLongLong(), b);
    QCOMPARE(store.positionOf(a).value(), 0);
    QCOMPARE(store.positionOf(c).value(), 1);
    // Re-inserting with the old id (undo) restores it.
    ActionItem back = item(story, QStringLiteral("b"));
    back.id = b;
    QCOMPARE(store.insert(back, 1).value(), b);
    QCOMPARE(store.positionOf(c).value(), 2);
}

void TestActionStore::fieldsRoundTrip()
{
    ActionStore& store = m_library->actions();
    const qint64 story = addStory(QStringLiteral("S"));
    const qint64 id = store.insert(item(story, QStringLiteral("Add alert")), 0).value();
    QSignalSpy changed(&store, &ActionStore::actionChanged);
    QVERIFY(store.setField(id, ActionField::Title, QStringLiteral("  Add   disk alert ")));
    QVERIFY(store.setField(id, ActionField::Owner, QStringLiteral("Dana")));
    QVERIFY(store.setField(id, ActionField::DueDate, QDate(2026, 4, 1)));
    QVERIFY(store.setField(id, ActionField::Priority, 1));
    QVERIFY(store.setField(id, ActionField::Status, static_cast<int>(ActionStatus::InProgress)));
    QVERIFY(store.setField(id, ActionField::Type, static_cast<int>(ActionType::Detect)));
    QCOMPARE(changed.count(), 6);
    QCOMPARE(changed.at(2).at(2).value<ActionField>(), ActionField::DueDate);
    ActionItem a = store.action(id).value();
    QCOMPARE(a.title, QStringLiteral("Add disk alert"));
    QCOMPARE(a.owner, QStringLiteral("Dana"));
    QCOMPARE(a.dueDate, QDate(2026, 4, 1));
    QCOMPARE(a.priority, 1);
    QCOMPARE(a.status, ActionStatus::InProgress);
    QCOMPARE(a.type, ActionType::Detect);
    QVERIFY(store.setField(id, ActionField::DueDate, QDate()));
    QVERIFY(!store.action(id)->dueDate.isValid());
    // Stored as the schema says.
    QSqlQuery q(m_library->database().db());
    QVERIFY(q.exec(QStringLiteral("SELECT status, type, due_date IS NULL FROM action_item WHERE id = %1").arg(id)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("in_progress"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("detect"));
    QCOMPARE(q.value(2).toInt(), 1);
}

void TestActionStore::causeLinksSkipMissingCauses()
{
    ActionStore& store = m_library->actions();
    const qint64 story = addStory(QStringLiteral("S"));
    const qint64 other = addStory(QStringLiteral("T"));
    const qint64 c1 = addCause(story, QStringLiteral("Disk filled"));
    const qint64 c2 = addCause(story, QStringLiteral("No alert"));
    const qint64 foreign = addCause(other, QStringLiteral("Elsewhere"));
    const qint64 id = store.insert(item(story, QStringLiteral("A")), 0).value();
    QVERIFY(store.setField(id, ActionField::Causes, QVariant::fromValue(QList<qint64>({c2, c1, 999999, foreign, c1}))));
    QCOMPARE(store.action(id)->causeIds, QList<qint64>({c1, c2}));
    QCOMPARE(store.actions(story).value()[0].causeIds, QList<qint64>({c1, c2}));
    const auto choices = store.causeChoices(story).value();
    QCOMPARE(choices.size(), 2);
    QCOMPARE(choices[0].statement, QStringLiteral("Disk filled"));
    // Lessons link the same way.
    Lesson lesson;
    lesson.storyId = story;
    lesson.causeIds = {c2, 12345};
    const qint64 lessonId = m_library->lessons().insert(lesson, 0).value();
    QCOMPARE(m_library->lessons().lesson(lessonId)->causeIds, QList<qint64>({c2}));
}

void TestActionStore::deletedCauseDropsLinks()
{
    ActionStore& store = m_library->actions();
    const qint64 story = addStory(QStringLiteral("S"));
    const qint64 c1 = addCause(story, QStringLiteral("Disk filled"));
    ActionItem a = item(story, QStringLiteral("A"));
    a.causeIds = {c1};
    const qint64 id = store.insert(a, 0).value();
    QSqlQuery q(m_library->database().db());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM cause_node WHERE id = %1").arg(c1)));
    QCOMPARE(store.action(id)->causeIds, QList<qint64>());
}

void TestActionStore::openActionsJoinStoryTitles()
{
    ActionStore& store = m_library->actions();
    const qint64 s1 = addStory(QStringLiteral("Disk full"));
    const qint64 s2 = addStory(QStringLiteral("DNS outage"));
    ActionItem a = item(s1, QStringLiteral("late"));
    a.dueDate = QDate(2026, 1, 5);
    a.owner = QStringLiteral("Dana");
    ActionItem b = item(s2, QStringLiteral("undated"));
    b.status = ActionStatus::InProgress;
    ActionItem c = item(s2, QStringLiteral("done"));
    c.status = ActionStatus::Done;
    c.owner = QStringLiteral("Zed");
    ActionItem d = item(s1, QStringLiteral("early"));
    d.dueDate = QDate(2025, 12, 1);
    d.owner = QStringLiteral("alex");
    for (const ActionItem& x : {a, b, c, d}) {
        QVERIFY(store.insert(x, 99));
    }
    const auto rows = store.openActions().value();
    QCOMPARE(rows.size(), 3);
    QHash<QString, OpenAction> byTitle;
    for (const OpenAction& row : rows) {
        byTitle.insert(row.title, row);
    }
    QCOMPARE(byTitle.value(QStringLiteral("early")).storyTitle, QStringLiteral("Disk full"));
    QCOMPARE(byTitle.value(QStringLiteral("early")).dueDate, QDate(2025, 12, 1));
    QCOMPARE(byTitle.value(QStringLiteral("early")).owner, QStringLiteral("alex"));
    QCOMPARE(byTitle.value(QStringLiteral("late")).dueDate, QDate(2026, 1, 5));
    QCOMPARE(byTitle.value(QStringLiteral("late")).storyId, s1);
    QCOMPARE(byTitle.value(QStringLiteral("undated")).storyTitle, QStringLiteral("DNS outage"));
    QVERIFY(!byTitle.value(QStringLiteral("undated")).dueDate.isValid());
    QCOMPARE(byTitle.value(QStringLiteral("undated")).status, ActionStatus::InProgress);
    QVERIFY(!byTitle.contains(QStringLiteral("done")));
    QCOMPARE(store.openOwners().value(), QStringList({QStringLiteral("alex"), QStringLiteral("Dana")}));
    // Deleting a story takes its action items along.
    QVERIFY(m_library->stories().remove(s1));
    QCOMPARE(store.openActions().value().size(), 1);
}

void TestActionStore::unactionedRootCauses()
{
    ActionStore& store = m_library->actions();
    const qint64 story = addStory(QStringLiteral("S"));
    const qint64 root1 = addCause(story, QStringLiteral("No disk alert"), QStringLiteral("root_cause"));
    const qint64 root2 = addCause(story, QStringLiteral("Logs never rotated"), QStringLiteral("root_cause"));
    addCause(story, QStringLiteral("Disk filled"));
    auto open = store.unactionedRootCauses(story).value();
    QCOMPARE(open.size(), 2);
    QVERIFY(open[0].isRootCause());
    ActionItem a = item(story, QStringLiteral("Alert at 80%"));
    a.causeIds = {root1};
    QVERIFY(store.insert(a, 0));
    open = store.unactionedRootCauses(story).value();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open[0].id, root2);
}

void TestActionStore::searchFindsActionsAndLessons()
{
    const qint64 story = addStory(QStringLiteral("S"));
    QVERIFY(m_library->actions().insert(item(story, QStringLiteral("Rotate zebralogs nightly")), 0));
    Lesson lesson;
    lesson.storyId = story;
    lesson.text = QStringLiteral("Quokkas are lucky");
    QVERIFY(m_library->lessons().insert(lesson, 0));
    QCOMPARE(m_library->stories().matchingIds(QStringLiteral("zebralogs")).value(), QList<qint64>({story}));
    QCOMPARE(m_library->stories().matchingIds(QStringLiteral("quokkas")).value(), QList<qint64>({story}));
}

void TestActionStore::insertManyInOneGo()
{
    const qint64 s1 = addStory(QStringLiteral("S1"));
    const qint64 s2 = addStory(QStringLiteral("S2"));
    QList<ActionItem> items;
    for (int i = 0; i < 50; ++i) {
        items << item(i % 2 ? s1 : s2, QStringLiteral("bulk %1").arg(i));
    }
    QSignalSpy reset(&m_library->actions(), &ActionStore::actionsReset);
    QVERIFY(m_library->actions().insertMany(items));
    QCOMPARE(reset.count(), 1);
    const auto list = m_library->actions().actions(s1).value();
    QCOMPARE(list.size(), 25);
    for (int i = 0; i < list.size(); ++i) {
        QCOMPARE(m_library->actions().positionOf(list[i].id).value(), i);
    }
    QCOMPARE(m_library->actions().openActions().value().size(), 50);
}

void TestActionStore::lessonsOrderAndKinds()
{
    LessonStore& store = m_library->lessons();
    const qint64 story = addStory(QStringLiteral("S"));
    Lesson l;
    l.storyId = story;
    l.kind = LessonKind::WentWell;
    l.text = QStringLiteral("Paging worked");
    const qint64 a = store.insert(l, 0).value();
    l.kind = LessonKind::GotLucky;
    l.text = QStringLiteral("Low traffic");
    const qint64 b = store.insert(l, 0).value();
    QSignalSpy changed(&store, &LessonStore::lessonChanged);
    QSignalSpy moved(&store, &LessonStore::lessonMoved);
    QVERIFY(store.setField(a, LessonField::Kind, static_cast<int>(LessonKind::WentWrong)));
    QVERIFY(store.setField(a, LessonField::Text, QStringLiteral("Paging was late")));
    QVERIFY(store.move(a, 0));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(moved.count(), 1);
    const auto list = store.lessons(story).value();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].id, a);
    QCOMPARE(list[0].kind, LessonKind::WentWrong);
    QCOMPARE(list[0].text, QStringLiteral("Paging was late"));
    QCOMPARE(list[1].id, b);
    QVERIFY(store.remove(a));
    QCOMPARE(store.positionOf(b).value(), 0);
}

void TestActionStore::readOnlyRefusesWrites()
{
    const QString path = m_library->path();
    const qint64 story = addStory(QStringLiteral("S"));
    const qint64 id = m_library->actions().insert(item(story, QStringLiteral("A")), 0).value();
    m_library.reset();
    auto lib = Library::open(path, LibraryDatabase::OpenMode::ReadOnly);
    QVERIFY2(lib.ok(), qPrintable(lib.error()));
    m_library = std::move(lib).value();
    QVERIFY(m_library->isReadOnly());
    QVERIFY(!m_library->actions().setField(id, ActionField::Owner, QStringLiteral("X")));
    QVERIFY(!m_library->actions().insert(item(story, QStringLiteral("B")), 0));
    Lesson l;
    l.storyId = story;
    QVERIFY(!m_library->lessons().insert(l, 0));
    QCOMPARE(m_library->actions().openActions().value().size(), 1);
}

void TestActionStore::unknownIdsFail()
{
    QVERIFY(!m_library->actions().remove(424242));
    QVERIFY(!m_library->actions().setField(424242, ActionField::Title, QStringLiteral("x")));
    QVERIFY(!m_library->actions().move(424242, 0));
    QVERIFY(!m_library->lessons().remove(424242));
    QVERIFY(!m_library->actions().action(424242));
    // Inserting into a story that does not exist fails (foreign key) and leaves nothing behind.
    QVERIFY(!m_library->actions().insert(item(777, QStringLiteral("orphan")), 0));
    QCOMPARE(m_library->actions().openActions().value().size(), 0);
}

QTEST_GUILESS_MAIN(TestActionStore)
#include "TestActionStore.moc"
