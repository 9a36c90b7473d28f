#include "MainWindow.h"
#include "MessageBox.h"
#include "TestSupport.h"
#include "analysis/TimelinePage.h"
#include "document/Library.h"
#include "document/StoryDocument.h"
#include "library/LibraryPane.h"
#include "models/TimelineModel.h"
#include "storage/StoryStore.h"
#include "storage/TimelineStore.h"
#include "story/StoryEditor.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

class TestTimelinePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void keyboardEntry();
    void editTimeMovesRowAndRejectsNonsense();
    void deleteAndUndo();
    void pasteWithUnreadableLines();
    void storyTimesFromEvents();
    void gapsLabel();
    void readOnlyLibrary();

private:
    void openStory(const Story& story = TestSupport::fullStory());
    QWidget* focused() const { return QApplication::focusWidget(); }
    TimelineModel* model() const
    {
        return m_page->view() ? qobject_cast<TimelineModel*>(m_page->view()->model()) : nullptr;
    }
    QAction* pageAction(const char* name) const { return m_page->findChild<QAction*>(QLatin1String(name)); }
    QAction* windowAction(const char* name) const { return m_window->findChild<QAction*>(QLatin1String(name)); }
    StoryDocument* document() const { return m_window->storyEditor()->document(); }

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    TimelinePage* m_page = nullptr;
    QTableView* m_view = nullptr;
};

void TestTimelinePage::initTestCase()
{
    QVERIFY(m_home.isValid());
    TestSupport::isolateUserFiles(m_home);
    MessageBox::setAutoAnswer(QMessageBox::Yes);
}

void TestTimelinePage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestTimelinePage::cleanup()
{
    m_window.reset();
    m_page = nullptr;
    m_view = nullptr;
    m_dir.reset();
}

void TestTimelinePage::openStory(const Story& story)
{
    const QString path = TestSupport::libraryPath(*m_dir);
    {
        auto lib = Library::open(path);
        QVERIFY(lib.ok());
        QVERIFY(lib.value()->stories().create(story).ok());
    }
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openLibrary(path));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->libraryPane()->selectStory(m_window->library()->stories().summaries().value().first().id);
    QTRY_VERIFY(document());
    m_page = m_window->findChild<TimelinePage*>(QStringLiteral("timelinePage"));
    QVERIFY(m_page);
    m_window->storyEditor()->showPage(m_page);
    QTRY_VERIFY(m_page->isVisible());
    m_view = m_page->findChild<QTableView*>(QStringLiteral("timelineView"));
    QVERIFY(m_view);
    QCOMPARE(m_view->model(), document()->timeline());
    document()->timeline()->setTimeZone(QTimeZone::utc());
    m_view->setFocus();
    QTRY_VERIFY(m_view->hasFocus());
}

void TestTimelinePage::keyboardEntry()
{
    openStory(); // starts 2024-05-01 09:00 UTC
    TimelineModel* m = model();
    QCOMPARE(m->rowCount(), 0);
    // Enter on the empty table: the first event, at the story's start, its description being edited.
    QTest::keyClick(m_view, Qt::Key_Return);
    QCOMPARE(m->rowCount(), 1);
    QCOMPARE(m->event(0).occurredAt, QDateTime(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC));
    QTRY_VERIFY(qobject_cast<QLineEdit*>(focused()));
    QCOMPARE(focused()->objectName(), QStringLiteral("timelineDescriptionEditor"));
    QTest::keyClicks(focused(), QStringLiteral("Deploy starts"));
    // Enter saves and adds the next event five minutes later.
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(m->rowCount(), 2);
    QCOMPARE(m->event(0).description, QStringLiteral("Deploy starts"));
    QCOMPARE(m->event(1).occurredAt, QDateTime(QDate(2024, 5, 1), QTime(9, 5), Qt::UTC));
    QTRY_COMPARE(focused()->objectName(), QStringLiteral("timelineDescriptionEditor"));
    QTest::keyClicks(focused(), QStringLiteral("Pager goes off"));
    // Tab saves and moves on to the kind; the list takes a letter, Enter saves and adds a row.
    QTest::keyClick(focused(), Qt::Key_Tab);
    QTRY_COMPARE(focused()->objectName(), QStringLiteral("timelineKindEditor"));
    QTest::keyClick(focused(), Qt::Key_D); // Detection (Diagnosis comes after it)
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(m->rowCount(), 3);
    QCOMPARE(m->event(1).description, QStringLiteral("Pager goes off"));
    QCOMPARE(m->event(1).kind, TimelineKind::Detection);
    QCOMPARE(m->event(2).occurredAt, QDateTime(QDate(2024, 5, 1), QTime(9, 10), Qt::UTC));
    // Escape on the fresh, empty row takes it back.
    QTRY_COMPARE(focused()->objectName(), QStringLiteral("timelineDescriptionEditor"));
    QTest::keyClick(focused(), Qt::Key_Escape);
    QTRY_COMPARE(m->rowCount(), 2);
    QTRY_VERIFY(m_view->hasFocus());
    // Shift+Tab from the description reaches the time; a time alone keeps the row's day.
    m_view->setCurrentIndex(m->index(1, TimelineModel::DescriptionColumn));
    QTest::keyClick(m_view, Qt::Key_F2);
    QTRY_COMPARE(focused()->objectName(), QStringLiteral("timelineDescriptionEditor"));
    QTest::keyClick(focused(), Qt::Key_Backtab, Qt::ShiftModifier);
    QTRY_COMPARE(focused()->objectName(), QStringLiteral("timelineTimeEditor"));
    QCOMPARE(qobject_cast<QLineEdit*>(focused())->text(), QStringLiteral("2024-05-01 09:05"));
    QTest::keyClicks(focused(), QStringLiteral("09:25"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    QTRY_COMPARE(m->event(1).occurredAt, QDateTime(QDate(2024, 5, 1), QTime(9, 25), Qt::UTC));
    QTest::keyClick(focused(), Qt::Key_Escape);
    // Typing on a cell starts editing it.
    m_view->setFocus();
    m_view->setCurrentIndex(m->index(0, TimelineModel::ActorColumn));
    QTest::keyClicks(m_view, QStringLiteral("O"));
    QTRY_COMPARE(focused()->objectName(), QStringLiteral("timelineActorEditor"));
    QTest::keyClicks(focused(), QStringLiteral("n-call"));
    QTest::keyClick(focused(), Qt::Key_Return); // not the last row: saves and moves down
    QCOMPARE(m->event(0).actor, QStringLiteral("On-call"));
    QCOMPARE(m->rowCount(), 2);
    QTRY_COMPARE(m_view->currentIndex().row(), 1);
    // Everything is on disk, and the window's Undo takes it back step by step.
    QCOMPARE(m_window->library()->timeline().events(document()->id()).value(), m->events());
    const int steps = document()->undoStack()->index();
    QVERIFY(steps >= 6);
    for (int i = 0; i < steps; ++i) {
        windowAction("undoAction")->trigger();
    }
    QCOMPARE(m->rowCount(), 0);
    for (int i = 0; i < steps; ++i) {
        windowAction("redoAction")->trigger();
    }
    QCOMPARE(m->rowCount(), 2);
    QCOMPARE(m->event(0).actor, QStringLiteral("On-call"));
    QCOMPARE(m->event(1).kind, TimelineKind::Detection);
}

void TestTimelinePage::editTimeMovesRowAndRejectsNonsense()
{
    openStory();
    TimelineModel* m = model();
    QCOMPARE(m_page->pasteText(QStringLiteral("2024-05-01 09:00 a\n2024-05-01 10:00 b\n2024-05-01 11:00 c")), 3);
    m_view->setFocus();
    m_view->setCurrentIndex(m->index(0, TimelineModel::TimeColumn));
    QTest::keyClick(m_view, Qt::Key_F2);
    QTRY_COMPARE(focused()->objectName(), QStringLiteral("timelineTimeEditor"));
    QTest::keyClicks(focused(), QStringLiteral("10:30"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(m->event(1).description, QStringLiteral("a"));
    // The current cell moved with the row.
    QTRY_COMPARE(m_view->currentIndex().row(), 1);
    QTest::keyClick(focused(), Qt::Key_Escape);
    m_view->setFocus();
    m_view->setCurrentIndex(m->index(0, TimelineModel::TimeColumn));
    QTest::keyClick(m_view, Qt::Key_F2);
    QTRY_COMPARE(focused()->objectName(), QStringLiteral("timelineTimeEditor"));
    const int before = document()->undoStack()->count();
    QTest::keyClicks(focused(), QStringLiteral("after lunch"));
    QTest::keyClick(focused(), Qt::Key_Return);
    auto* message = m_page->findChild<QLabel*>(QStringLiteral("timelineMessageLabel"));
    QVERIFY(message->text().contains(QStringLiteral("after lunch")));
    QCOMPARE(document()->undoStack()->count(), before);
    QCOMPARE(m->event(0).description, QStringLiteral("b"));
}

void TestTimelinePage::deleteAndUndo()
{
    openStory();
    TimelineModel* m = model();
    QCOMPARE(m_page->pasteText(QStringLiteral("09:00 a\n09:10 b\n09:20 c")), 3);
    m_view->setFocus();
    m_view->selectRow(1);
    QTest::keyClick(m_view, Qt::Key_Delete);
    QCOMPARE(m->rowCount(), 2);
    QCOMPARE(m->event(1).description, QStringLiteral("c"));
    QCOMPARE(m_view->currentIndex().row(), 1);
    // Two rows at once.
    m_view->selectAll();
    QTest::keyClick(m_view, Qt::Key_Delete);
    QCOMPARE(m->rowCount(), 0);
    QCOMPARE(m_window->library()->timeline().count(document()->id()).value(), 0);
    QTest::keyClick(m_view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m->rowCount(), 2);
    QTest::keyClick(m_view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m->rowCount(), 3);
    QCOMPARE(m->event(1).description, QStringLiteral("b"));
    QTest::keyClick(m_view, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(m->rowCount(), 2);
}

void TestTimelinePage::pasteWithUnreadableLines()
{
    openStory();
    TimelineModel* m = model();
    QApplication::clipboard()->setText(QStringLiteral("All times in CET.\n"
                                                      "| Time | Event |\n"
                                                      "| --- | --- |\n"
                                                      "| 2024-05-01 11:05 | Deploy |\n"
                                                      "| 2024-05-?? 11:10 | Unknown day |\n"
                                                      "| 2024-05-01 11:20 | Rollback |\n"
                                                      "\n"
                                                      "then we had lunch\n"
                                                      "11:45 back"));
    QCOMPARE(QApplication::clipboard()->text().count(u'\n'), 8);
    QTest::keyClick(m_view, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(m->rowCount(), 3);
    QCOMPARE(m->event(0).occurredAt, QDateTime(QDate(2024, 5, 1), QTime(9, 5), Qt::UTC)); // CEST
    QCOMPARE(m->event(2).description, QStringLiteral("back"));
    QCOMPARE(m->event(2).occurredAt, QDateTime(QDate(2024, 5, 1), QTime(9, 45), Qt::UTC));
    QCOMPARE(m_view->selectionModel()->selectedRows().size(), 3);
    QTRY_VERIFY(m_page->unreadableLinesDialog());
    QDialog* dialog = m_page->unreadableLinesDialog();
    QCOMPARE(dialog->objectName(), QStringLiteral("unreadableLinesDialog"));
    QVERIFY(dialog->isVisible());
    auto* list = dialog->findChild<QListWidget*>(QStringLiteral("unreadableLinesList"));
    QCOMPARE(list->count(), 2);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("Line 5")));
    QVERIFY(list->item(0)->text().contains(QStringLiteral("Unknown day")));
    QVERIFY(list->item(1)->text().contains(QStringLiteral("then we had lunch")));
    QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("unreadableReasonLabel"))->text().isEmpty());
    dialog->close();
    // One paste, one undo step.
    QCOMPARE(document()->undoStack()->count(), 1);
    windowAction("undoAction")->trigger();
    QCOMPARE(m->rowCount(), 0);
}

void TestTimelinePage::storyTimesFromEvents()
{
    Story story = TestSupport::fullStory();
    story.detectedAt = {};
    story.resolvedAt = {};
    openStory(story);
    TimelineModel* m = model();
    QCOMPARE(m_page->pasteText(QStringLiteral("2024-05-01 08:50 config merged\n2024-05-01 09:20 alert\n"
                                              "2024-05-01 10:40 rollback done\n2024-04-30 change reviewed")),
             4);
    document()->undoStack()->clear();
    m_view->setFocus();
    m_view->setCurrentIndex(m->index(2, TimelineModel::DescriptionColumn));
    pageAction("useAsDetectionAction")->trigger();
    QCOMPARE(document()->story().detectedAt, QDateTime(QDate(2024, 5, 1), QTime(9, 20), Qt::UTC));
    m_view->setCurrentIndex(m->index(3, TimelineModel::DescriptionColumn));
    pageAction("useAsResolutionAction")->trigger();
    m_view->setCurrentIndex(m->index(1, TimelineModel::DescriptionColumn));
    pageAction("useAsStartAction")->trigger();
    const Story saved = m_window->library()->stories().load(document()->id()).value();
    QCOMPARE(saved.startedAt, QDateTime(QDate(2024, 5, 1), QTime(8, 50), Qt::UTC));
    QCOMPARE(saved.resolvedAt, QDateTime(QDate(2024, 5, 1), QTime(10, 40), Qt::UTC));
    // The story form shows it.
    auto* ttd = m_window->findChild<QLabel*>(QStringLiteral("timeToDetectLabel"));
    QVERIFY(ttd->text().contains(QStringLiteral("30 min")));
    // A date-only event stands for the start of its day.
    m_view->setCurrentIndex(m->index(0, TimelineModel::DescriptionColumn));
    pageAction("useAsStartAction")->trigger();
    QCOMPARE(document()->story().startedAt, QDateTime(QDate(2024, 4, 30), QTime(0, 0), Qt::UTC));
    // Undoable; two start times in a row merge into one step, as typed times do.
    QCOMPARE(document()->undoStack()->count(), 3);
    windowAction("undoAction")->trigger();
    QCOMPARE(document()->story().startedAt, QDateTime(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC));
    QCOMPARE(document()->story().resolvedAt, QDateTime(QDate(2024, 5, 1), QTime(10, 40), Qt::UTC));
    windowAction("undoAction")->trigger();
    QVERIFY(!document()->story().resolvedAt.isValid());
    windowAction("undoAction")->trigger();
    QVERIFY(!m_window->library()->stories().load(document()->id()).value().detectedAt.isValid());
}

void TestTimelinePage::gapsLabel()
{
    openStory();
    TimelineModel* m = model();
    auto* gaps = m_page->findChild<QLabel*>(QStringLiteral("timelineGapsLabel"));
    QVERIFY(gaps);
    QVERIFY(gaps->text().contains(QStringLiteral("Trigger, Detection and Repair")));
    QCOMPARE(m_page->pasteText(QStringLiteral("| Time | Event |\n|---|---|\n"
                                              "| 2024-05-01 09:00 | Trigger: bad config pushed |\n"
                                              "| 2024-05-01 09:25 | **Detection:** pager |\n"
                                              "| 2024-05-01 11:30 | Recovery: config reverted |")),
             3);
    QCOMPARE(gaps->text(),
             QStringLiteral("Trigger → detection: 25 min   ·   Detection → repair: 2 h 5 min   ·   "
                            "Trigger → repair: 2 h 30 min"));
    m->setData(m->index(1, TimelineModel::KindColumn), static_cast<int>(TimelineKind::Diagnosis));
    QCOMPARE(gaps->text(), QStringLiteral("Trigger → repair: 2 h 30 min"));
    windowAction("undoAction")->trigger();
    QVERIFY(gaps->text().startsWith(QStringLiteral("Trigger → detection: 25 min")));
}

void TestTimelinePage::readOnlyLibrary()
{
    openStory();
    QCOMPARE(m_page->pasteText(QStringLiteral("2024-05-01 09:00 a")), 1);
    const QString path = m_window->library()->path();
    m_window.reset();
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser);
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openLibrary(path));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->libraryPane()->selectStory(m_window->library()->stories().summaries().value().first().id);
    m_page = m_window->findChild<TimelinePage*>(QStringLiteral("timelinePage"));
    m_view = m_page->view();
    m_window->storyEditor()->showPage(m_page);
    QTRY_VERIFY(m_view->isVisible());
    QCOMPARE(model()->rowCount(), 1);
    m_view->setFocus();
    m_view->setCurrentIndex(model()->index(0, TimelineModel::DescriptionColumn));
    QTest::keyClick(m_view, Qt::Key_Return);
    QTest::keyClick(m_view, Qt::Key_Delete);
    QTest::keyClicks(m_view, QStringLiteral("x"));
    QCOMPARE(model()->rowCount(), 1);
    QVERIFY(m_view->hasFocus()); // no editor opened
    QVERIFY(!pageAction("useAsStartAction")->isEnabled());
    QVERIFY(!m_page->findChild<QWidget*>(QStringLiteral("addEventButton"))->isEnabled());
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
}

QTEST_MAIN(TestTimelinePage)
#include "TestTimelinePage.moc"
