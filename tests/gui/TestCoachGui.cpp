#include "MainWindow.h"
#include "MessageBox.h"
#include "TestSupport.h"
#include "analysis/PeoplePage.h"
#include "document/Library.h"
#include "document/StoryDocument.h"
#include "library/LibraryPane.h"
#include "models/PeopleModel.h"
#include "storage/CoachSettingsStore.h"
#include "storage/PeopleStore.h"
#include "storage/StoryStore.h"
#include "story/CoachDecorator.h"
#include "story/StoryEditor.h"

#include <QAction>
#include <QDialog>
#include <QElapsedTimer>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QToolTip>
#include <QUndoGroup>

// The coach in the real main window: underlines, tooltip, summary, ignore, rules, people involved.
class TestCoachGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void underlinesSummaryAndTooltip();
    void ignoreAndSwitchOffFromTheMenu();
    void peoplePageFeedsTheCoach();
    void bigSectionStaysResponsive();

private:
    std::unique_ptr<MainWindow> openStory(const QString& text, qint64* id = nullptr);
    static CoachDecorator* decoratorOf(QPlainTextEdit* edit) { return edit->findChild<CoachDecorator*>(); }

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCoachGui::initTestCase()
{
    QVERIFY(m_home.isValid());
    TestSupport::isolateUserFiles(m_home);
    MessageBox::setAutoAnswer(QMessageBox::Yes);
}

std::unique_ptr<MainWindow> TestCoachGui::openStory(const QString& text, qint64* id)
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = TestSupport::libraryPath(*m_dir);
    qint64 storyId = 0;
    {
        auto lib = Library::open(path);
        if (!lib) {
            return nullptr;
        }
        Story s;
        s.title = QStringLiteral("Coach");
        s.setSection(Section::Summary, text);
        storyId = lib.value()->stories().create(s).value();
    }
    auto w = std::make_unique<MainWindow>();
    if (!w->openLibrary(path)) {
        return nullptr;
    }
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()) || !w->libraryPane()->selectStory(storyId)) {
        return nullptr;
    }
    if (id) {
        *id = storyId;
    }
    return w;
}

void TestCoachGui::underlinesSummaryAndTooltip()
{
    auto w = openStory(QStringLiteral("We should have known.\n\n```\nobviously code\n```\nIt was careless."));
    QVERIFY(w);
    auto* edit = w->findChild<QPlainTextEdit*>(QStringLiteral("sectionEdit_summary"));
    auto* summary = w->findChild<QLabel*>(QStringLiteral("coachSummaryLabel"));
    QVERIFY(edit && summary);
    QTRY_COMPARE(summary->text(), QStringLiteral("2 phrases to reconsider"));
    const QList<QTextEdit::ExtraSelection> selections = edit->extraSelections();
    QCOMPARE(selections.size(), 2);
    QCOMPARE(selections.first().cursor.selectedText(), QStringLiteral("should have known"));
    QCOMPARE(selections.first().format.underlineStyle(), QTextCharFormat::WaveUnderline);
    QCOMPARE(selections.last().cursor.selectedText(), QStringLiteral("careless"));
    QVERIFY(selections.first().format.underlineColor().isValid());

    // The tooltip over a hit explains and suggests.
    CoachDecorator* decorator = decoratorOf(edit);
    QVERIFY(decorator);
    QTextCursor at(edit->document());
    at.setPosition(5);
    const QPoint pos = edit->cursorRect(at).center();
    QHelpEvent help(QEvent::ToolTip, pos, edit->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(edit->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QStringLiteral("Try:")), qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(QStringLiteral("hindsight")));

    // Typing updates the count after a short pause; saving is never blocked.
    w->storyEditor()->showSection(Section::Summary);
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit, QStringLiteral(" Human error."));
    QTRY_COMPARE(summary->text(), QStringLiteral("3 phrases to reconsider"));
    w->storyEditor()->flushPendingEdits();
    QVERIFY(w->library()
                ->stories()
                .load(w->storyEditor()->document()->id())
                ->section(Section::Summary)
                .endsWith(QStringLiteral("Human error.")));
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("All good."));
    QTRY_COMPARE(summary->text(), QStringLiteral("No phrases to reconsider"));
    QVERIFY(edit->extraSelections().isEmpty());
}

void TestCoachGui::ignoreAndSwitchOffFromTheMenu()
{
    auto w = openStory(QStringLiteral("Obviously. Obviously! A careless change."));
    QVERIFY(w);
    auto* edit = w->findChild<QPlainTextEdit*>(QStringLiteral("sectionEdit_summary"));
    auto* summary = w->findChild<QLabel*>(QStringLiteral("coachSummaryLabel"));
    QTRY_COMPARE(summary->text(), QStringLiteral("3 phrases to reconsider"));
    CoachDecorator* decorator = decoratorOf(edit);
    // As after a right click: the editor has the focus, so Undo acts on the story.
    edit->setFocus();
    QTRY_COMPARE(w->library()->undoGroup()->activeStack(), w->storyEditor()->document()->undoStack());

    std::unique_ptr<QMenu> menu(decorator->createContextMenu(2));
    auto* ignore = menu->findChild<QAction*>(QStringLiteral("coachIgnoreAction"));
    QVERIFY(ignore && ignore->isEnabled());
    QCOMPARE(menu->actions().first(), ignore); // first in the menu
    ignore->trigger();
    // The phrase is ignored wherever it occurs in this story, and Undo brings it back.
    QTRY_COMPARE(summary->text(), QStringLiteral("1 phrase to reconsider"));
    w->findChild<QAction*>(QStringLiteral("undoAction"))->trigger();
    QTRY_COMPARE(summary->text(), QStringLiteral("3 phrases to reconsider"));

    menu.reset(decorator->createContextMenu(int(edit->toPlainText().indexOf(QStringLiteral("careless")))));
    auto* disable = menu->findChild<QAction*>(QStringLiteral("coachDisableRuleAction"));
    QVERIFY(disable);
    QVERIFY(disable->text().contains(QStringLiteral("for this library")));
    disable->trigger();
    QTRY_COMPARE(summary->text(), QStringLiteral("2 phrases to reconsider"));
    QVERIFY(w->library()->coachSettings().disabledRules().value().contains(QStringLiteral("careless")));
    // No coach entries away from a hit.
    menu.reset(decorator->createContextMenu(int(edit->toPlainText().size())));
    QVERIFY(!menu->findChild<QAction*>(QStringLiteral("coachIgnoreAction")));

    // The rules dialog shows it switched off and turns it back on.
    w->findChild<QAction*>(QStringLiteral("coachRulesAction"))->trigger();
    auto* dialog = w->findChild<QDialog*>(QStringLiteral("coachRulesDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto* list = dialog->findChild<QListView*>(QStringLiteral("coachRulesList"));
    QVERIFY(list);
    QModelIndex careless;
    for (int r = 0; r < list->model()->rowCount(); ++r) {
        const QModelIndex i = list->model()->index(r, 0);
        if (i.data(Qt::UserRole + 1).toString() == QLatin1String("careless")) {
            careless = i;
        }
    }
    QVERIFY(careless.isValid());
    QCOMPARE(careless.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    list->setCurrentIndex(careless);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Space); // keyboard only
    QCOMPARE(careless.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QTRY_COMPARE(summary->text(), QStringLiteral("3 phrases to reconsider"));
    dialog->reject();
}

void TestCoachGui::peoplePageFeedsTheCoach()
{
    qint64 id = 0;
    auto w = openStory(QStringLiteral("At 10:00 Priya deleted the old cluster."), &id);
    QVERIFY(w);
    auto* summary = w->findChild<QLabel*>(QStringLiteral("coachSummaryLabel"));
    QTRY_COMPARE(summary->text(), QStringLiteral("No phrases to reconsider"));
    auto* page = w->findChild<PeoplePage*>();
    QVERIFY(page);
    w->storyEditor()->showPage(page);
    auto* view = w->findChild<QTableView*>(QStringLiteral("peopleView"));
    QVERIFY(view && view->isVisible());
    auto* add = w->findChild<QPushButton*>(QStringLiteral("addPersonButton"));
    QVERIFY(add && add->isEnabled());
    add->click();
    QCOMPARE(view->model()->rowCount(), 1);
    // Type the name into the editor the button opened.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Priya"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("Priya"));
    QTRY_COMPARE(summary->text(), QStringLiteral("1 phrase to reconsider"));
    QCOMPARE(w->library()->people().people(id).value().first().name, QStringLiteral("Priya"));
    // Undo (the story's stack) removes the name again, and the coach follows.
    w->findChild<QAction*>(QStringLiteral("undoAction"))->trigger();
    QTRY_COMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("New person"));
    QTRY_COMPARE(summary->text(), QStringLiteral("No phrases to reconsider"));
    // Delete in the list removes the person (keyboard only).
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(w->library()->people().people(id).value().isEmpty());
}

void TestCoachGui::bigSectionStaysResponsive()
{
    QString big;
    while (big.size() < 2 * 1024 * 1024) {
        big += QStringLiteral("2024-05-01T09:00:00Z pod/api-7 OOMKilled; obviously restarting (back-off 5m0s)\n");
    }
    auto w = openStory(big);
    QVERIFY(w);
    auto* edit = w->findChild<QPlainTextEdit*>(QStringLiteral("sectionEdit_summary"));
    CoachDecorator* decorator = decoratorOf(edit);
    // Only the hits near the visible part carry a selection.
    QTRY_VERIFY(!edit->extraSelections().isEmpty());
    QVERIFY(edit->extraSelections().size() < 2000);
    QElapsedTimer timer;
    timer.start();
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("x"));
    QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
    QTRY_VERIFY_WITH_TIMEOUT(decorator->isComplete(), 60000);
    QCOMPARE(decorator->hitCount(), int(big.count(QStringLiteral("obviously"))));
}

QTEST_MAIN(TestCoachGui)
#include "TestCoachGui.moc"
