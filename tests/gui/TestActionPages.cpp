#include "MainWindow.h"
#include "MessageBox.h"
#include "TestSupport.h"
#include "analysis/ActionItemsPage.h"
#include "analysis/CauseLinkDialog.h"
#include "analysis/LessonsPage.h"
#include "analysis/OpenActionsDock.h"
#include "analysis/OpenActionsView.h"
#include "document/Library.h"
#include "document/StoryDocument.h"
#include "library/LibraryPane.h"
#include "models/ActionItemModel.h"
#include "models/LessonModel.h"
#include "models/OpenActionsFilterProxyModel.h"
#include "models/OpenActionsModel.h"
#include "storage/ActionStore.h"
#include "storage/LessonStore.h"
#include "storage/StoryStore.h"
#include "story/StoryEditor.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUrl>

// Records the links Kintsugi asks the desktop to open.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl& url) { urls << url; }
};

// The Lessons learned and Action items pages and the Open actions dock, driven from the keyboard in
// the real main window.
class TestActionPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void lessonsKeyboardFlow();
    void lessonLinkedToCausesWithCtrlL();
    void actionItemsKeyboardFlow();
    void overdueItemsStandOut();
    void unactionedRootCauseOffersAnAction();
    void ticketOpensInBrowser();
    void openActionsFilterAndJump();
    void readOnlyLibraryCannotEdit();

private:
    qint64 newStory(const QString& title);
    qint64 addCause(qint64 storyId, const QString& statement, const QString& type);
    template <typename Page>
    Page* showPage();
    static void key(QWidget* w, Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier) { QTest::keyClick(w, k, m); }
    QWidget* focused() const { return QApplication::focusWidget(); }

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    UrlCatcher m_urls;
};

void TestActionPages::initTestCase()
{
    QVERIFY(m_home.isValid());
    TestSupport::isolateUserFiles(m_home);
    MessageBox::setAutoAnswer(QMessageBox::Yes);
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_urls, "open");
}

void TestActionPages::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
}

void TestActionPages::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openLibrary(TestSupport::libraryPath(*m_dir)));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_urls.urls.clear();
}

void TestActionPages::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

qint64 TestActionPages::newStory(const QString& title)
{
    m_window->findChild<QAction*>(QStringLiteral("newStoryAction"))->trigger();
    auto* edit = m_window->findChild<QLineEdit*>(QStringLiteral("titleEdit"));
    QTest::keyClicks(edit, title);
    return m_window->libraryPane()->currentStoryId();
}

qint64 TestActionPages::addCause(qint64 storyId, const QString& statement, const QString& type)
{
    QSqlQuery q(m_window->library()->database().db());
    q.prepare(QStringLiteral("INSERT INTO cause_node(story_id, statement, type) VALUES (?, ?, ?)"));
    q.addBindValue(storyId);
    q.addBindValue(statement);
    q.addBindValue(type);
    if (!q.exec()) {
        return 0;
    }
    m_window->library()->stories().emitPartChanged(storyId);
    return q.lastInsertId().toLongLong();
}

template <typename Page>
Page* TestActionPages::showPage()
{
    for (StoryPage* page : m_window->storyEditor()->pages()) {
        if (auto* p = qobject_cast<Page*>(page)) {
            m_window->storyEditor()->showPage(p);
            return p;
        }
    }
    return nullptr;
}

void TestActionPages::lessonsKeyboardFlow()
{
    const qint64 story = newStory(QStringLiteral("Disk full"));
    auto* page = showPage<LessonsPage>();
    QVERIFY(page);
    QTreeView* view = page->findChild<QTreeView*>(QStringLiteral("lessonsView"));
    QVERIFY(view);
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("lessonsEmptyLabel"))->isVisible());
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());

    // Insert adds a lesson and opens its text for typing; Enter saves it.
    key(view, Qt::Key_Insert);
    QTRY_VERIFY(qobject_cast<QLineEdit*>(focused()));
    QTest::keyClicks(focused(), QStringLiteral("Paging worked"));
    key(focused(), Qt::Key_Return);
    QTRY_VERIFY(view->hasFocus());
    key(view, Qt::Key_Insert);
    QTRY_VERIFY(qobject_cast<QLineEdit*>(focused()));
    QTest::keyClicks(focused(), QStringLiteral("We got lucky with traffic"));
    key(focused(), Qt::Key_Return);
    // The delegate commits on Return through a queued call.
    QTRY_COMPARE(m_window->library()->lessons().lessons(story).value().value(1).text,
                 QStringLiteral("We got lucky with traffic"));
    auto lessons = m_window->library()->lessons().lessons(story).value();
    QCOMPARE(lessons.size(), 2);
    QCOMPARE(lessons[0].text, QStringLiteral("Paging worked"));
    QCOMPARE(lessons[1].text, QStringLiteral("We got lucky with traffic"));
    QVERIFY(!page->findChild<QLabel*>(QStringLiteral("lessonsEmptyLabel"))->isVisible());

    // The kind: to the first column, F2, pick "Where we got lucky" from the list.
    QTRY_VERIFY(view->hasFocus());
    QCOMPARE(view->currentIndex().row(), 1);
    view->setCurrentIndex(view->model()->index(1, LessonModel::KindColumn));
    key(view, Qt::Key_F2);
    auto* combo = qobject_cast<QComboBox*>(focused());
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(int(LessonKind::GotLucky)));
    key(combo, Qt::Key_Return);
    QTRY_COMPARE(m_window->library()->lessons().lessons(story).value()[1].kind, LessonKind::GotLucky);

    // Alt+Up moves it first; the current row follows it.
    QTRY_VERIFY(view->hasFocus());
    key(view, Qt::Key_Up, Qt::AltModifier);
    lessons = m_window->library()->lessons().lessons(story).value();
    QCOMPARE(lessons[0].text, QStringLiteral("We got lucky with traffic"));
    QCOMPARE(view->currentIndex().row(), 0);

    // Delete removes it, Ctrl+Z brings it back in its place, Ctrl+Shift+Z removes it again.
    key(view, Qt::Key_Delete);
    QCOMPARE(m_window->library()->lessons().lessons(story).value().size(), 1);
    key(view, Qt::Key_Z, Qt::ControlModifier);
    lessons = m_window->library()->lessons().lessons(story).value();
    QCOMPARE(lessons.size(), 2);
    QCOMPARE(lessons[0].text, QStringLiteral("We got lucky with traffic"));
    QCOMPARE(lessons[0].kind, LessonKind::GotLucky);
    key(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->library()->lessons().lessons(story).value().size(), 1);
}

void TestActionPages::lessonLinkedToCausesWithCtrlL()
{
    const qint64 story = newStory(QStringLiteral("DNS"));
    const qint64 cause = addCause(story, QStringLiteral("TTL of one week"), QStringLiteral("root_cause"));
    addCause(story, QStringLiteral("Record changed"), QStringLiteral("cause"));
    auto* page = showPage<LessonsPage>();
    QTreeView* view = page->view();
    view->setFocus();
    key(view, Qt::Key_Insert);
    QTRY_VERIFY(qobject_cast<QLineEdit*>(focused()));
    QTest::keyClicks(focused(), QStringLiteral("Short TTLs before changes"));
    key(focused(), Qt::Key_Return);
    QTRY_VERIFY(view->hasFocus());

    bool seen = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<CauseLinkDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QListWidget* list = dialog->list();
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("TTL of one week")));
        list->setFocus();
        list->setCurrentRow(0);
        key(list, Qt::Key_Space);
        seen = true;
        key(list, Qt::Key_Return);
    });
    key(view, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(seen);
    QApplication::setActiveWindow(m_window.get());
    QTRY_VERIFY(m_window->isActiveWindow());
    QTRY_VERIFY(view->hasFocus());
    QCOMPARE(m_window->library()->lessons().lessons(story).value()[0].causeIds, QList<qint64>({cause}));
    QCOMPARE(view->model()->index(0, LessonModel::CausesColumn).data().toString(), QStringLiteral("TTL of one week"));
    key(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_window->library()->lessons().lessons(story).value()[0].causeIds, QList<qint64>());
}

void TestActionPages::actionItemsKeyboardFlow()
{
    const qint64 story = newStory(QStringLiteral("Checkout down"));
    auto* page = showPage<ActionItemsPage>();
    QVERIFY(page);
    QTreeView* view = page->findChild<QTreeView*>(QStringLiteral("actionItemsView"));
    QVERIFY(view);
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());

    key(view, Qt::Key_Insert);
    QTRY_VERIFY(qobject_cast<QLineEdit*>(focused()));
    QTest::keyClicks(focused(), QStringLiteral("Alert at 80% disk"));
    key(focused(), Qt::Key_Return);
    QTRY_VERIFY(view->hasFocus());
    auto items = m_window->library()->actions().actions(story).value();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items[0].title, QStringLiteral("Alert at 80% disk"));

    // Right to the owner; typing starts the editor.
    key(view, Qt::Key_Right);
    QCOMPARE(view->currentIndex().column(), int(ActionItemModel::OwnerColumn));
    QTest::keyClicks(view, QStringLiteral("D"));
    QTRY_VERIFY(qobject_cast<QLineEdit*>(focused()));
    QTest::keyClicks(focused(), QStringLiteral("ana"));
    key(focused(), Qt::Key_Return);
    QTRY_COMPARE(m_window->library()->actions().actions(story).value()[0].owner, QStringLiteral("Dana"));

    // The due date: F2 opens a date editor; Delete clears it again.
    QTRY_VERIFY(view->hasFocus());
    key(view, Qt::Key_Right);
    QCOMPARE(view->currentIndex().column(), int(ActionItemModel::DueColumn));
    key(view, Qt::Key_F2);
    auto* date = qobject_cast<QDateEdit*>(focused());
    QVERIFY(date);
    date->setDate(QDate::currentDate().addDays(14));
    key(date, Qt::Key_Return);
    QTRY_COMPARE(m_window->library()->actions().actions(story).value()[0].dueDate, QDate::currentDate().addDays(14));
    QTRY_VERIFY(view->hasFocus());
    key(view, Qt::Key_F2);
    date = qobject_cast<QDateEdit*>(focused());
    QVERIFY(date);
    key(date, Qt::Key_Delete);
    key(date, Qt::Key_Return);
    QTRY_VERIFY(!m_window->library()->actions().actions(story).value()[0].dueDate.isValid());

    // Priority and status from their lists with the arrow keys.
    QTRY_VERIFY(view->hasFocus());
    key(view, Qt::Key_Right);
    key(view, Qt::Key_F2);
    QVERIFY(qobject_cast<QComboBox*>(focused()));
    key(focused(), Qt::Key_Up); // Medium -> High
    key(focused(), Qt::Key_Return);
    QTRY_COMPARE(m_window->library()->actions().actions(story).value()[0].priority, 1);
    QTRY_VERIFY(view->hasFocus());
    key(view, Qt::Key_Right);
    key(view, Qt::Key_F2);
    QVERIFY(qobject_cast<QComboBox*>(focused()));
    key(focused(), Qt::Key_Down); // Open -> In progress
    key(focused(), Qt::Key_Return);
    QTRY_COMPARE(m_window->library()->actions().actions(story).value()[0].status, ActionStatus::InProgress);

    // A second item below, moved above with Alt+Up, removed with Delete, back with Ctrl+Z.
    QTRY_VERIFY(view->hasFocus());
    key(view, Qt::Key_Insert);
    QTRY_VERIFY(qobject_cast<QLineEdit*>(focused()));
    QTest::keyClicks(focused(), QStringLiteral("Rotate logs"));
    key(focused(), Qt::Key_Return);
    QTRY_VERIFY(view->hasFocus());
    key(view, Qt::Key_Up, Qt::AltModifier);
    items = m_window->library()->actions().actions(story).value();
    QCOMPARE(items[0].title, QStringLiteral("Rotate logs"));
    key(view, Qt::Key_Delete);
    QCOMPARE(m_window->library()->actions().actions(story).value().size(), 1);
    key(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_window->library()->actions().actions(story).value()[0].title, QStringLiteral("Rotate logs"));
    // Undo all the way back, then redo all the way forward.
    StoryDocument* doc = m_window->storyEditor()->document();
    while (doc->undoStack()->canUndo()) {
        m_window->findChild<QAction*>(QStringLiteral("undoAction"))->trigger();
    }
    QCOMPARE(m_window->library()->actions().actions(story).value().size(), 0);
    while (doc->undoStack()->canRedo()) {
        m_window->findChild<QAction*>(QStringLiteral("redoAction"))->trigger();
    }
    // The last step redone is the removal of "Rotate logs".
    items = m_window->library()->actions().actions(story).value();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items[0].title, QStringLiteral("Alert at 80% disk"));
    QCOMPARE(items[0].owner, QStringLiteral("Dana"));
    QCOMPARE(items[0].priority, 1);
    QCOMPARE(items[0].status, ActionStatus::InProgress);
}

void TestActionPages::overdueItemsStandOut()
{
    const qint64 story = newStory(QStringLiteral("Late"));
    ActionItem a;
    a.storyId = story;
    a.title = QStringLiteral("Fix the alert");
    a.dueDate = QDate::currentDate().addDays(-4);
    QVERIFY(m_window->library()->actions().insert(a, 0));
    a.title = QStringLiteral("Not yet due");
    a.dueDate = QDate::currentDate().addDays(4);
    QVERIFY(m_window->library()->actions().insert(a, 1));
    auto* page = showPage<ActionItemsPage>();
    QTreeView* view = page->view();
    const QModelIndex late = view->model()->index(0, ActionItemModel::DueColumn);
    QVERIFY(late.data(ActionItemModel::OverdueRole).toBool());
    QCOMPARE(late.data(Qt::ToolTipRole).toString(), QStringLiteral("Overdue by 4 days"));
    QVERIFY(late.data(Qt::BackgroundRole).isValid());
    QVERIFY(!view->model()->index(1, ActionItemModel::DueColumn).data(Qt::BackgroundRole).isValid());
    auto* summary = page->findChild<QLabel*>(QStringLiteral("actionSummaryLabel"));
    QVERIFY(summary->text().contains(QStringLiteral("2 open")));
    QVERIFY(summary->text().contains(QStringLiteral("1 overdue")));
    // The row is drawn: the delegate adds the warning icon.
    QTRY_VERIFY(view->isVisible());
    const QImage picture = view->viewport()->grab().toImage();
    QVERIFY(!picture.isNull());
}

void TestActionPages::unactionedRootCauseOffersAnAction()
{
    const qint64 story = newStory(QStringLiteral("Disk full"));
    const qint64 root = addCause(story, QStringLiteral("Nobody watched disk use"), QStringLiteral("root_cause"));
    addCause(story, QStringLiteral("Disk filled"), QStringLiteral("cause"));
    auto* page = showPage<ActionItemsPage>();
    auto* label = page->findChild<QLabel*>(QStringLiteral("unactionedRootCausesLabel"));
    QVERIFY(label);
    QTRY_VERIFY(label->isVisible());
    QVERIFY(label->text().contains(QStringLiteral("Nobody watched disk use")));
    QVERIFY(!label->text().contains(QStringLiteral("Disk filled")));
    // The link adds an action linked to the root cause and opens its title.
    emit label->linkActivated(QStringLiteral("cause:%1").arg(root));
    QTRY_VERIFY(qobject_cast<QLineEdit*>(focused()));
    QTest::keyClicks(focused(), QStringLiteral("Alert on disk use"));
    key(focused(), Qt::Key_Return);
    QTRY_COMPARE(m_window->library()->actions().actions(story).value().value(0).title,
                 QStringLiteral("Alert on disk use"));
    const auto items = m_window->library()->actions().actions(story).value();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items[0].causeIds, QList<qint64>({root}));
    QTRY_VERIFY(!label->isVisible());
    // Undo brings the notice back.
    m_window->findChild<QAction*>(QStringLiteral("undoAction"))->trigger();
    m_window->findChild<QAction*>(QStringLiteral("undoAction"))->trigger();
    QTRY_VERIFY(label->isVisible());
}

void TestActionPages::ticketOpensInBrowser()
{
    const qint64 story = newStory(QStringLiteral("Ticket"));
    ActionItem a;
    a.storyId = story;
    a.title = QStringLiteral("Write the runbook");
    QVERIFY(m_window->library()->actions().insert(a, 0));
    auto* page = showPage<ActionItemsPage>();
    QTreeView* view = page->view();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, ActionItemModel::TicketColumn));
    key(view, Qt::Key_F2);
    QTRY_VERIFY(qobject_cast<QLineEdit*>(focused()));
    QTest::keyClicks(focused(), QStringLiteral("https://tracker.example/OPS-7"));
    key(focused(), Qt::Key_Return);
    QTRY_COMPARE(m_window->library()->actions().actions(story).value()[0].ticketUrl,
                 QStringLiteral("https://tracker.example/OPS-7"));
    QTRY_VERIFY(view->hasFocus());
    key(view, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_urls.urls, QList<QUrl>({QUrl(QStringLiteral("https://tracker.example/OPS-7"))}));
    // A bad link is refused with a message and changes nothing.
    key(view, Qt::Key_F2);
    QTRY_VERIFY(qobject_cast<QLineEdit*>(focused()));
    qobject_cast<QLineEdit*>(focused())->setText(QStringLiteral("OPS-7"));
    key(focused(), Qt::Key_Return);
    QCOMPARE(m_window->library()->actions().actions(story).value()[0].ticketUrl,
             QStringLiteral("https://tracker.example/OPS-7"));
}

void TestActionPages::openActionsFilterAndJump()
{
    const qint64 first = newStory(QStringLiteral("Disk full"));
    const qint64 second = newStory(QStringLiteral("DNS outage"));
    ActionStore& store = m_window->library()->actions();
    ActionItem a;
    a.storyId = first;
    a.title = QStringLiteral("Alert on disk");
    a.owner = QStringLiteral("Dana");
    a.dueDate = QDate::currentDate().addDays(-2);
    QVERIFY(store.insert(a, 0));
    a.title = QStringLiteral("Rotate logs");
    a.owner = QStringLiteral("Lee");
    a.dueDate = QDate::currentDate().addDays(3);
    QVERIFY(store.insert(a, 1));
    a.storyId = second;
    a.title = QStringLiteral("Lower the TTL");
    a.owner = QStringLiteral("Dana");
    a.dueDate = QDate::currentDate().addDays(10);
    const qint64 ttl = store.insert(a, 0).value();
    a.title = QStringLiteral("Done already");
    a.status = ActionStatus::Done;
    QVERIFY(store.insert(a, 1));

    // Ctrl+Shift+A shows the dock with the focus in its list.
    auto* showAction = m_window->findChild<QAction*>(QStringLiteral("openActionsAction"));
    QVERIFY(showAction);
    QCOMPARE(showAction->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+A")));
    key(m_window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    auto* view = m_window->findChild<OpenActionsView*>(QStringLiteral("openActionsView"));
    QVERIFY(view);
    QTRY_VERIFY(view->isVisible());
    QTreeView* list = view->view();
    QTRY_VERIFY(list->hasFocus());
    QCOMPARE(list->model()->rowCount(), 3);
    // Sorted by due date: the overdue one first.
    QCOMPARE(list->model()->index(0, OpenActionsModel::TitleColumn).data().toString(), QStringLiteral("Alert on disk"));
    QVERIFY(list->model()->index(0, OpenActionsModel::DueColumn).data(OpenActionsModel::OverdueRole).toBool());
    auto* count = view->findChild<QLabel*>(QStringLiteral("openActionsCountLabel"));
    QCOMPARE(count->text(), QStringLiteral("3 open actions · 1 overdue"));

    // Filter to Dana's items, then to overdue ones.
    auto* owner = view->findChild<QComboBox*>(QStringLiteral("ownerFilterCombo"));
    QVERIFY(owner);
    owner->setCurrentIndex(owner->findData(QStringLiteral("Dana")));
    QCOMPARE(list->model()->rowCount(), 2);
    QCOMPARE(count->text(), QStringLiteral("2 of 3 open actions · 1 overdue"));
    auto* overdue = view->findChild<QCheckBox*>(QStringLiteral("overdueOnlyCheck"));
    overdue->setFocus();
    key(overdue, Qt::Key_Space);
    QVERIFY(overdue->isChecked());
    QCOMPARE(list->model()->rowCount(), 1);
    key(overdue, Qt::Key_Space);
    QCOMPARE(list->model()->rowCount(), 2);

    // New and changed items show up at once.
    QVERIFY(store.setField(ttl, ActionField::Title, QStringLiteral("Lower the TTL to 5 min")));
    bool found = false;
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        found |= list->model()->index(row, OpenActionsModel::TitleColumn).data().toString() ==
                 QStringLiteral("Lower the TTL to 5 min");
    }
    QVERIFY(found);

    // Enter jumps to the story's Action items page with the item current.
    list->setFocus();
    int ttlRow = -1;
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        if (list->model()->index(row, 0).data(OpenActionsModel::ActionIdRole).toLongLong() == ttl) {
            ttlRow = row;
        }
    }
    QVERIFY(ttlRow >= 0);
    list->setCurrentIndex(list->model()->index(ttlRow, OpenActionsModel::TitleColumn));
    key(list, Qt::Key_Return);
    QCOMPARE(m_window->libraryPane()->currentStoryId(), second);
    QVERIFY(m_window->storyEditor()->document());
    QCOMPARE(m_window->storyEditor()->document()->id(), second);
    auto* page = m_window->findChild<ActionItemsPage*>();
    QTRY_VERIFY(page->isVisible());
    QCOMPARE(page->view()->currentIndex().data(ActionItemModel::IdRole).toLongLong(), ttl);
    QTRY_VERIFY(page->view()->hasFocus());

    // Marking it done there takes it off the open list.
    QVERIFY(store.setField(ttl, ActionField::Status, int(ActionStatus::Done)));
    QCOMPARE(list->model()->rowCount(), 1);
    // Filters are remembered.
    m_window.reset();
    init();
    key(m_window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    view = m_window->findChild<OpenActionsView*>(QStringLiteral("openActionsView"));
    QTRY_VERIFY(view->isVisible());
    QCOMPARE(view->findChild<QComboBox*>(QStringLiteral("ownerFilterCombo"))->currentData().toString(),
             QStringLiteral("Dana"));
    view->findChild<QComboBox*>(QStringLiteral("ownerFilterCombo"))->setCurrentIndex(0);
}

void TestActionPages::readOnlyLibraryCannotEdit()
{
    const qint64 story = newStory(QStringLiteral("Frozen"));
    ActionItem a;
    a.storyId = story;
    a.title = QStringLiteral("Keep");
    QVERIFY(m_window->library()->actions().insert(a, 0));
    const QString path = m_window->library()->path();
    m_window.reset();
    QFile::setPermissions(path, QFileDevice::ReadOwner);
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openLibrary(path));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    if (!m_window->library()->isReadOnly()) {
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QSKIP("the file stays writable (running as root)");
    }
    m_window->libraryPane()->selectStory(story);
    auto* page = showPage<ActionItemsPage>();
    page->view()->setFocus();
    page->view()->setCurrentIndex(page->view()->model()->index(0, 0));
    key(page->view(), Qt::Key_Delete);
    key(page->view(), Qt::Key_Insert);
    QCOMPARE(m_window->library()->actions().actions(story).value().size(), 1);
    QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("addActionButton"))->isEnabled());
    m_window.reset();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QTEST_MAIN(TestActionPages)
#include "TestActionPages.moc"
