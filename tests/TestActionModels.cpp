#include "TestSupport.h"
#include "document/Library.h"
#include "document/StoryDocument.h"
#include "models/ActionItemModel.h"
#include "models/LessonModel.h"
#include "models/OpenActionsFilterProxyModel.h"
#include "models/OpenActionsModel.h"
#include "storage/ActionStore.h"
#include "storage/LessonStore.h"
#include "storage/StoryStore.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QLocale>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

// LessonModel, ActionItemModel, OpenActionsModel and its filter proxy, each under
// QAbstractItemModelTester while the stores change underneath.
class TestActionModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void lessonModelFollowsStore();
    void lessonModelMovesRows();
    void lessonModelNamesLinkedCauses();
    void actionModelFollowsStore();
    void actionModelMarksOverdue();
    void actionModelSummaryAndRootCauses();
    void openActionsFollowStores();
    void openActionsProxyFilters();
    void openActionsProxySorts();

private:
    qint64 addStory(const QString& title);
    qint64 addCause(qint64 storyId, const QString& statement, const QString& type = QStringLiteral("cause"));
    qint64 addAction(qint64 storyId,
                     const QString& title,
                     const QString& owner = {},
                     const QDate& due = {},
                     ActionStatus status = ActionStatus::Open);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
};

void TestActionModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto lib = Library::open(TestSupport::libraryPath(*m_dir));
    QVERIFY2(lib.ok(), qPrintable(lib.error()));
    m_library = std::move(lib).value();
}

void TestActionModels::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

qint64 TestActionModels::addStory(const QString& title)
{
    Story story;
    story.title = title;
    return m_library->stories().create(story).value();
}

qint64 TestActionModels::addCause(qint64 storyId, const QString& statement, const QString& type)
{
    QSqlQuery q(m_library->database().db());
    q.prepare(QStringLiteral("INSERT INTO cause_node(story_id, statement, type) VALUES (?, ?, ?)"));
    q.addBindValue(storyId);
    q.addBindValue(statement);
    q.addBindValue(type);
    if (!q.exec()) {
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    // As the cause store does after a write: the story's parts changed.
    m_library->stories().emitPartChanged(storyId);
    return id;
}

qint64 TestActionModels::addAction(
    qint64 storyId, const QString& title, const QString& owner, const QDate& due, ActionStatus status)
{
    ActionItem a;
    a.storyId = storyId;
    a.title = title;
    a.owner = owner;
    a.dueDate = due;
    a.status = status;
    return m_library->actions().insert(a, 1000).value();
}

void TestActionModels::lessonModelFollowsStore()
{
    const qint64 story = addStory(QStringLiteral("S"));
    LessonModel model(m_library->lessons(), m_library->stories(), story);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(LessonModel::ColumnCount));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    Lesson l;
    l.storyId = story;
    l.kind = LessonKind::WentWell;
    l.text = QStringLiteral("Paging worked");
    const qint64 a = m_library->lessons().insert(l, 0).value();
    l.text = QStringLiteral("Runbook was current");
    const qint64 b = m_library->lessons().insert(l, 0).value();
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.lessonAt(0).id, b);
    QCOMPARE(model.index(1, LessonModel::TextColumn).data().toString(), QStringLiteral("Paging worked"));
    QCOMPARE(model.index(1, LessonModel::KindColumn).data().toString(), LessonRules::kindName(LessonKind::WentWell));
    QCOMPARE(model.index(1, LessonModel::KindColumn).data(Qt::EditRole).toInt(), int(LessonKind::WentWell));

    // Another story's lesson does not show.
    const qint64 other = addStory(QStringLiteral("T"));
    l.storyId = other;
    QVERIFY(m_library->lessons().insert(l, 0));
    QCOMPARE(model.rowCount(), 2);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_library->lessons().setField(a, LessonField::Text, QStringLiteral("Paging worked well")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1, LessonModel::TextColumn));
    QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(Qt::DisplayRole));
    QCOMPARE(model.index(1, LessonModel::TextColumn).data().toString(), QStringLiteral("Paging worked well"));

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_library->lessons().remove(b));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(a), 0);
    QCOMPARE(model.rowOf(b), -1);
}

void TestActionModels::lessonModelMovesRows()
{
    const qint64 story = addStory(QStringLiteral("S"));
    Lesson l;
    l.storyId = story;
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i) {
        l.text = QString::number(i);
        ids << m_library->lessons().insert(l, i).value();
    }
    LessonModel model(m_library->lessons(), m_library->stories(), story);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QPersistentModelIndex first(model.index(0, LessonModel::TextColumn));
    QVERIFY(m_library->lessons().move(ids[0], 2));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(first.row(), 2);
    QVERIFY(m_library->lessons().move(ids[3], 0));
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row) {
        texts << model.index(row, LessonModel::TextColumn).data().toString();
    }
    QCOMPARE(texts, QStringList({QStringLiteral("3"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("0")}));
    // The store agrees.
    LessonModel fresh(m_library->lessons(), m_library->stories(), story);
    for (int row = 0; row < 4; ++row) {
        QCOMPARE(fresh.lessonAt(row).id, model.lessonAt(row).id);
    }
}

void TestActionModels::lessonModelNamesLinkedCauses()
{
    const qint64 story = addStory(QStringLiteral("S"));
    const qint64 cause = addCause(story, QStringLiteral("Disk filled"));
    Lesson l;
    l.storyId = story;
    l.causeIds = {cause};
    QVERIFY(m_library->lessons().insert(l, 0));
    LessonModel model(m_library->lessons(), m_library->stories(), story);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.index(0, LessonModel::CausesColumn).data().toString(), QStringLiteral("Disk filled"));
    // Renaming the cause (another store, then storyTouched) updates the column.
    QSqlQuery q(m_library->database().db());
    QVERIFY(q.exec(QStringLiteral("UPDATE cause_node SET statement = 'Disk full' WHERE id = %1").arg(cause)));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    m_library->stories().emitPartChanged(story);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, LessonModel::CausesColumn).data().toString(), QStringLiteral("Disk full"));
    // Deleting it drops the link.
    QVERIFY(q.exec(QStringLiteral("DELETE FROM cause_node WHERE id = %1").arg(cause)));
    m_library->stories().emitPartChanged(story);
    QCOMPARE(model.lessonAt(0).causeIds, QList<qint64>());
    QCOMPARE(model.index(0, LessonModel::CausesColumn).data().toString(), QString());
}

void TestActionModels::actionModelFollowsStore()
{
    const qint64 story = addStory(QStringLiteral("S"));
    ActionItemModel model(m_library->actions(), m_library->stories(), story);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const qint64 a = addAction(story, QStringLiteral("Alert on disk"));
    const qint64 b = addAction(story, QStringLiteral("Rotate logs"));
    QCOMPARE(model.rowCount(), 2);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_library->actions().setField(a, ActionField::Owner, QStringLiteral("Dana")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, ActionItemModel::OwnerColumn));
    QCOMPARE(model.index(0, ActionItemModel::OwnerColumn).data().toString(), QStringLiteral("Dana"));
    QVERIFY(m_library->actions().setField(b, ActionField::Priority, 1));
    QCOMPARE(model.index(1, ActionItemModel::PriorityColumn).data().toString(), ActionRules::priorityName(1));
    QCOMPARE(model.index(1, ActionItemModel::PriorityColumn).data(Qt::EditRole).toInt(), 1);
    QVERIFY(m_library->actions().setField(b, ActionField::Status, int(ActionStatus::WontDo)));
    QCOMPARE(model.index(1, ActionItemModel::StatusColumn).data().toString(),
             ActionRules::statusName(ActionStatus::WontDo));
    QVERIFY(model.index(1, ActionItemModel::TitleColumn).data(Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(m_library->actions().move(b, 0));
    QCOMPARE(model.itemAt(0).id, b);
    QVERIFY(m_library->actions().remove(a));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(ActionItemModel::fieldOf(ActionItemModel::DueColumn), ActionField::DueDate);
    QCOMPARE(ActionItemModel::fieldOf(ActionItemModel::TicketColumn), ActionField::TicketUrl);
}

void TestActionModels::actionModelMarksOverdue()
{
    const qint64 story = addStory(QStringLiteral("S"));
    const QDate today(2026, 5, 20);
    const qint64 late = addAction(story, QStringLiteral("late"), {}, today.addDays(-3));
    addAction(story, QStringLiteral("future"), {}, today.addDays(3));
    ActionItemModel model(m_library->actions(), m_library->stories(), story);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setToday(today);
    QVERIFY(model.index(0, ActionItemModel::DueColumn).data(ActionItemModel::OverdueRole).toBool());
    QCOMPARE(model.index(0, ActionItemModel::DueColumn).data(ActionItemModel::DaysOverdueRole).toLongLong(), 3);
    QVERIFY(
        model.index(0, ActionItemModel::TitleColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("3")));
    QVERIFY(model.index(0, ActionItemModel::TitleColumn).data(Qt::BackgroundRole).value<QBrush>().style() !=
            Qt::NoBrush);
    QVERIFY(!model.index(1, ActionItemModel::DueColumn).data(ActionItemModel::OverdueRole).toBool());
    QVERIFY(!model.index(1, ActionItemModel::TitleColumn).data(Qt::BackgroundRole).isValid());
    QCOMPARE(model.overdueCount(), 1);

    // Done is never overdue; the whole row changes.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_library->actions().setField(late, ActionField::Status, int(ActionStatus::Done)));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().column(), 0);
    QCOMPARE(changed.at(0).at(1).toModelIndex().column(), ActionItemModel::ColumnCount - 1);
    QVERIFY(!model.index(0, ActionItemModel::DueColumn).data(ActionItemModel::OverdueRole).toBool());
    QCOMPARE(model.overdueCount(), 0);
    QCOMPARE(model.openCount(), 1);
    // A week later the future item is late.
    model.setToday(today.addDays(7));
    QCOMPARE(model.overdueCount(), 1);
}

void TestActionModels::actionModelSummaryAndRootCauses()
{
    const qint64 story = addStory(QStringLiteral("S"));
    const qint64 root = addCause(story, QStringLiteral("No alert on disk use"), QStringLiteral("root_cause"));
    addCause(story, QStringLiteral("Disk filled"));
    ActionItemModel model(m_library->actions(), m_library->stories(), story);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.unactionedRootCauses().size(), 1);
    QCOMPARE(model.unactionedRootCauses()[0].id, root);
    QCOMPARE(model.causeChoices().size(), 2);
    QSignalSpy summary(&model, &ActionItemModel::summaryChanged);
    const qint64 a = addAction(story, QStringLiteral("Alert at 80%"));
    QVERIFY(summary.count() >= 1);
    QCOMPARE(model.unactionedRootCauses().size(), 1);
    QVERIFY(m_library->actions().setField(a, ActionField::Causes, QVariant::fromValue(QList<qint64>({root}))));
    QCOMPARE(model.unactionedRootCauses().size(), 0);
    QCOMPARE(model.index(0, ActionItemModel::CausesColumn).data().toString(), QStringLiteral("No alert on disk use"));
    QCOMPARE(model.index(0, ActionItemModel::CausesColumn).data(ActionItemModel::CauseIdsRole).value<QList<qint64>>(),
             QList<qint64>({root}));
    // A new root cause from the cause tree shows up as unactioned.
    addCause(story, QStringLiteral("Logs never rotated"), QStringLiteral("root_cause"));
    QCOMPARE(model.unactionedRootCauses().size(), 1);
    QCOMPARE(model.unactionedRootCauses()[0].statement, QStringLiteral("Logs never rotated"));
    QVERIFY(m_library->actions().remove(a));
    QCOMPARE(model.unactionedRootCauses().size(), 2);
}

void TestActionModels::openActionsFollowStores()
{
    const qint64 s1 = addStory(QStringLiteral("Disk full"));
    const qint64 s2 = addStory(QStringLiteral("DNS outage"));
    const qint64 a = addAction(s1, QStringLiteral("a"), QStringLiteral("Dana"), QDate(2026, 1, 1));
    addAction(s2, QStringLiteral("b"), QStringLiteral("Lee"));
    addAction(s2, QStringLiteral("closed"), QStringLiteral("Lee"), {}, ActionStatus::Done);
    OpenActionsModel model(m_library->actions(), m_library->stories());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.rowOf(a) >= 0);
    QCOMPARE(model.index(model.rowOf(a), OpenActionsModel::StoryColumn).data().toString(), QStringLiteral("Disk full"));
    QCOMPARE(
        model.index(model.rowOf(a), OpenActionsModel::StoryColumn).data(OpenActionsModel::StoryIdRole).toLongLong(),
        s1);
    QCOMPARE(model.index(model.rowOf(a), OpenActionsModel::DueColumn).data().toString(),
             QLocale().toString(QDate(2026, 1, 1), QLocale::ShortFormat));
    QCOMPARE(model.owners(), QStringList({QStringLiteral("Dana"), QStringLiteral("Lee")}));

    QSignalSpy owners(&model, &OpenActionsModel::ownersChanged);
    const qint64 c = addAction(s1, QStringLiteral("c"), QStringLiteral("Kim"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(owners.count(), 1);
    // Done leaves the list, reopening brings it back.
    QVERIFY(m_library->actions().setField(a, ActionField::Status, int(ActionStatus::Done)));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(a), -1);
    QVERIFY(m_library->actions().setField(a, ActionField::Status, int(ActionStatus::InProgress)));
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.rowOf(a) >= 0);
    QCOMPARE(model.index(model.rowOf(a), OpenActionsModel::StatusColumn).data().toString(),
             ActionRules::statusName(ActionStatus::InProgress));
    // Renaming a story renames its rows.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_library->stories().setField(s1, StoryField::Title, QStringLiteral("Disk really full")));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(model.index(model.rowOf(c), OpenActionsModel::StoryColumn).data().toString(),
             QStringLiteral("Disk really full"));
    // An edit of a field shown updates that cell.
    QVERIFY(m_library->actions().setField(c, ActionField::Title, QStringLiteral("c2")));
    QCOMPARE(model.index(model.rowOf(c), OpenActionsModel::TitleColumn).data().toString(), QStringLiteral("c2"));
    // Removing an item or its story removes rows.
    QVERIFY(m_library->actions().remove(c));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(m_library->stories().remove(s1));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, OpenActionsModel::TitleColumn).data().toString(), QStringLiteral("b"));
    // Bulk inserts reset it.
    QList<ActionItem> many;
    for (int i = 0; i < 10; ++i) {
        ActionItem x;
        x.storyId = s2;
        x.title = QStringLiteral("bulk");
        many << x;
    }
    QVERIFY(m_library->actions().insertMany(many));
    QCOMPARE(model.rowCount(), 11);
}

void TestActionModels::openActionsProxyFilters()
{
    const qint64 s = addStory(QStringLiteral("S"));
    const QDate today(2026, 5, 20);
    addAction(s, QStringLiteral("dana late"), QStringLiteral("Dana"), today.addDays(-1));
    addAction(s, QStringLiteral("dana fine"), QStringLiteral("Dana"), today.addDays(5));
    addAction(s, QStringLiteral("lee late"), QStringLiteral("Lee"), today.addDays(-9));
    addAction(s, QStringLiteral("nobody"), QString(), today.addDays(-2));
    OpenActionsModel model(m_library->actions(), m_library->stories());
    model.setToday(today);
    OpenActionsFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(proxy.rowCount(), 4);
    QCOMPARE(proxy.overdueCount(), 3);
    proxy.setOwnerFilter(QStringLiteral("dana"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setOverdueOnly(true);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, OpenActionsModel::TitleColumn).data().toString(), QStringLiteral("dana late"));
    proxy.setOwnerFilter(OpenActionsFilterProxyModel::noOwner());
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, OpenActionsModel::TitleColumn).data().toString(), QStringLiteral("nobody"));
    proxy.setOwnerFilter(QString());
    QCOMPARE(proxy.rowCount(), 3);
    // New items pass through the filter as they come.
    addAction(s, QStringLiteral("kim late"), QStringLiteral("Kim"), today.addDays(-4));
    addAction(s, QStringLiteral("kim fine"), QStringLiteral("Kim"));
    QCOMPARE(proxy.rowCount(), 4);
    proxy.setOverdueOnly(false);
    QCOMPARE(proxy.rowCount(), 6);
}

void TestActionModels::openActionsProxySorts()
{
    const qint64 s = addStory(QStringLiteral("S"));
    addAction(s, QStringLiteral("undated"));
    addAction(s, QStringLiteral("second"), QStringLiteral("b"), QDate(2026, 2, 2));
    addAction(s, QStringLiteral("first"), QStringLiteral("a"), QDate(2026, 1, 1));
    OpenActionsModel model(m_library->actions(), m_library->stories());
    OpenActionsFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.sort(OpenActionsModel::DueColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, OpenActionsModel::TitleColumn).data().toString(), QStringLiteral("first"));
    QCOMPARE(proxy.index(2, OpenActionsModel::TitleColumn).data().toString(), QStringLiteral("undated"));
    const qint64 earliest = addAction(s, QStringLiteral("earliest"), QString(), QDate(2025, 1, 1));
    QCOMPARE(proxy.index(0, OpenActionsModel::TitleColumn).data().toString(), QStringLiteral("earliest"));
    QVERIFY(m_library->actions().setField(earliest, ActionField::DueDate, QDate(2027, 1, 1)));
    QCOMPARE(proxy.index(2, OpenActionsModel::TitleColumn).data().toString(), QStringLiteral("earliest"));
    proxy.sort(OpenActionsModel::OwnerColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, OpenActionsModel::TitleColumn).data().toString(), QStringLiteral("second"));
}

QTEST_MAIN(TestActionModels)
#include "TestActionModels.moc"
