#include "MainWindow.h"
#include "MessageBox.h"
#include "TestSupport.h"
#include "document/Library.h"
#include "document/RetroDocument.h"
#include "domain/RetroCard.h"
#include "domain/RetroGroup.h"
#include "domain/RetroTimer.h"
#include "models/RetroActionModel.h"
#include "models/RetroBoardModel.h"
#include "models/RetroDiscussionModel.h"
#include "models/RetroListModel.h"
#include "models/RetroTemplateModel.h"
#include "retro/AlarmSound.h"
#include "retro/BoardColumnView.h"
#include "retro/PhaseStepper.h"
#include "retro/RetroInfoDialog.h"
#include "retro/RetroWindow.h"
#include "retro/TimerFace.h"
#include "retro/TimerWidget.h"
#include "storage/LessonStore.h"
#include "storage/StoryStore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

#include <functional>

// A whole retrospective in the retro window, driven with the keyboard alone (key clicks on the real
// widgets; modal dialogs answered with keys too).
class TestRetroWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wholeRetroByKeyboard();
    void deleteAndUndoFromTheList();
    void windowClosesWithTheLibrary();

private:
    template <typename T>
    static T* child(QWidget* w, const char* name)
    {
        T* found = w->findChild<T*>(QLatin1String(name));
        if (!found) {
            qWarning("no child %s", name);
        }
        return found;
    }
    // Presses Tab (on whatever has the focus) until `target` has the focus.
    static bool tabTo(QWidget* target);
    // Runs `answer` on the next modal dialog once it is shown (it runs inside the dialog's loop).
    static void onModal(std::function<void(QWidget*)> answer);
    static void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    static void type(const QString& text);
    static bool activate(QWidget* window);
    static void answerFileDialog(QWidget* modal, const QString& path);
    std::unique_ptr<MainWindow> openMain(const QString& path);
    RetroWindow* openRetroWindow(MainWindow& main);

    QTemporaryDir m_home;
};

namespace {
// KINTSUGI_SCREENSHOT_DIR set: saves the window as <dir>/<name>.png (for the docs' pictures).
void screenshot(QWidget* window, const QString& name)
{
    const QString dir = qEnvironmentVariable("KINTSUGI_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QCoreApplication::processEvents();
        window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
}
} // namespace

void TestRetroWindow::initTestCase()
{
    QVERIFY(m_home.isValid());
    TestSupport::isolateUserFiles(m_home);
    MessageBox::setAutoAnswer(QMessageBox::Yes);
    AlarmSound::setMuted(true);
}

bool TestRetroWindow::tabTo(QWidget* target)
{
    for (int i = 0; i < 60 && !target->hasFocus(); ++i) {
        QWidget* focus = QApplication::focusWidget();
        if (!focus) {
            return false;
        }
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    return target->hasFocus();
}

void TestRetroWindow::onModal(std::function<void(QWidget*)> answer)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, answer] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible()) {
            return;
        }
        timer->stop();
        timer->deleteLater();
        answer(modal);
    });
    timer->start();
}

void TestRetroWindow::key(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget* focus = QApplication::focusWidget();
    QVERIFY2(focus, "nothing has the keyboard focus");
    QTest::keyClick(focus, Qt::Key(key), modifiers);
}

void TestRetroWindow::type(const QString& text)
{
    QWidget* focus = QApplication::focusWidget();
    QVERIFY2(focus, "nothing has the keyboard focus");
    QTest::keyClicks(focus, text);
}

std::unique_ptr<MainWindow> TestRetroWindow::openMain(const QString& path)
{
    auto w = std::make_unique<MainWindow>();
    if (!w->openLibrary(path)) {
        return nullptr;
    }
    w->show();
    w->activateWindow();
    if (!QTest::qWaitForWindowActive(w.get())) {
        return nullptr;
    }
    return w;
}

bool TestRetroWindow::activate(QWidget* window)
{
    // The offscreen platform does not hand the activation back when a dialog closes.
    window->activateWindow();
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window && QApplication::focusWidget(); });
}

void TestRetroWindow::answerFileDialog(QWidget* modal, const QString& path)
{
    auto* dialog = qobject_cast<QFileDialog*>(modal);
    QVERIFY(dialog);
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    QVERIFY(name);
    // Set, not typed: typing a path opens the completer's popup, which would take the Return key.
    name->setText(path);
    QTest::keyClick(name, Qt::Key_Return);
}

RetroWindow* TestRetroWindow::openRetroWindow(MainWindow& main)
{
    if (!activate(&main)) {
        return nullptr;
    }
    QTest::keyClick(&main, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    auto* retro = main.findChild<RetroWindow*>();
    if (!retro || !QTest::qWaitForWindowExposed(retro)) {
        return nullptr;
    }
    return activate(retro) ? retro : nullptr;
}

void TestRetroWindow::wholeRetroByKeyboard()
{
    QTemporaryDir dir;
    const QString path = TestSupport::libraryPath(dir);
    qint64 storyId = 0;
    {
        auto lib = Library::open(path);
        QVERIFY(lib.ok());
        auto id = lib.value()->stories().create(TestSupport::fullStory(QStringLiteral("Deploy outage")));
        QVERIFY(id.ok());
        storyId = *id;
    }
    auto main = openMain(path);
    QVERIFY(main);
    RetroWindow* w = openRetroWindow(*main);
    QVERIFY(w);
    QCOMPARE(w->retroList()->model()->rowCount(), 0);

    // --- A new retro: the details dialog, filled in with keys.
    onModal([](QWidget* modal) {
        auto* dialog = qobject_cast<RetroInfoDialog*>(modal);
        QVERIFY(dialog);
        auto* title = dialog->findChild<QLineEdit*>(QStringLiteral("retroTitleEdit"));
        QTRY_VERIFY(title->hasFocus());
        type(QStringLiteral("Sprint 42"));
        QVERIFY(tabTo(dialog->findChild<QLineEdit*>(QStringLiteral("retroTeamEdit"))));
        type(QStringLiteral("Platform"));
        QVERIFY(tabTo(dialog->findChild<QLineEdit*>(QStringLiteral("retroParticipantsEdit"))));
        type(QStringLiteral("Ana, Bo"));
        QVERIFY(tabTo(dialog->findChild<QComboBox*>(QStringLiteral("retroStoryCombo"))));
        key(Qt::Key_Down); // the story "Deploy outage"
        QVERIFY(tabTo(dialog->findChild<QComboBox*>(QStringLiteral("retroTemplateCombo"))));
        key(Qt::Key_Home); // the first template: Went well / To improve / Ideas
        key(Qt::Key_Return);
    });
    QTest::keyClick(w->retroList(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(activate(w));
    QCOMPARE(w->retroList()->model()->rowCount(), 1);
    RetroDocument* doc = w->document();
    QVERIFY(doc);
    QCOMPARE(doc->retro().title, QStringLiteral("Sprint 42"));
    QCOMPARE(doc->retro().team, QStringLiteral("Platform"));
    QCOMPARE(doc->retro().participants, QStringList({QStringLiteral("Ana"), QStringLiteral("Bo")}));
    QCOMPARE(doc->retro().storyId, storyId);
    QCOMPARE(doc->retro().phase, RetroPhase::ReviewActions);
    QCOMPARE(w->stepper()->currentIndex(), 0);
    RetroBoardModel* board = doc->board();
    QVERIFY(board->rowCount() >= 3);

    // --- Collect: cards for three columns, the focus stays in the line.
    key(Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(doc->retro().phase, RetroPhase::Collect);
    QCOMPARE(w->stepper()->currentIndex(), 1);
    auto* card = child<QLineEdit>(w, "collectCardEdit");
    QTRY_VERIFY(card->hasFocus());
    type(QStringLiteral("Pairing helped"));
    key(Qt::Key_Return);
    QVERIFY(card->hasFocus());
    QCOMPARE(card->text(), QString());
    key(Qt::Key_2, Qt::AltModifier);
    type(QStringLiteral("Deploys are slow"));
    key(Qt::Key_Return);
    type(QStringLiteral("Flaky tests"));
    key(Qt::Key_Return);
    key(Qt::Key_U, Qt::AltModifier); // the author field
    QVERIFY(child<QLineEdit>(w, "collectAuthorEdit")->hasFocus());
    type(QStringLiteral("Ana"));
    key(Qt::Key_3, Qt::ControlModifier);
    QVERIFY(card->hasFocus());
    type(QStringLiteral("Try mob programming"));
    key(Qt::Key_Return);
    const QModelIndex went = board->index(0, 0);
    const QModelIndex improve = board->index(1, 0);
    const QModelIndex ideas = board->index(2, 0);
    QCOMPARE(board->rowCount(went), 1);
    QCOMPARE(board->rowCount(improve), 2);
    QCOMPARE(board->rowCount(ideas), 1);
    QCOMPARE(board->index(0, 0, went).data(RetroBoardModel::TextRole).toString(), QStringLiteral("Pairing helped"));
    QCOMPARE(board->index(1, 0, improve).data(RetroBoardModel::TextRole).toString(), QStringLiteral("Flaky tests"));
    QCOMPARE(board->index(0, 0, ideas).data(RetroBoardModel::AuthorRole).toString(), QStringLiteral("Ana"));
    QVERIFY(child<QLabel>(w, "collectCountLabel")->text().contains(QLatin1String("4")));
    // Undo in the retro window takes the last card back; redo restores it.
    key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(board->rowCount(ideas), 0);
    key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(board->rowCount(ideas), 1);

    screenshot(w, QStringLiteral("retro-collect"));

    // --- Group: select both cards of "To improve", Ctrl+G, rename with F2, ungroup and undo.
    key(Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(doc->retro().phase, RetroPhase::Group);
    auto* column2 = child<BoardColumnView>(w, "boardColumnView2");
    QList<BoardColumnView*> column2s = w->findChildren<BoardColumnView*>(QStringLiteral("boardColumnView2"));
    column2 = nullptr;
    for (BoardColumnView* view : column2s) {
        if (view->isVisible()) {
            column2 = view;
        }
    }
    QVERIFY(column2);
    QVERIFY(tabTo(column2));
    key(Qt::Key_Home);
    key(Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(column2->selectionModel()->selectedRows().size(), 2);
    key(Qt::Key_G, Qt::ControlModifier);
    QCOMPARE(board->rowCount(improve), 1);
    const QModelIndex group = board->index(0, 0, improve);
    QCOMPARE(board->kindAt(group), RetroBoardModel::Kind::Group);
    QCOMPARE(board->rowCount(group), 2);
    const qint64 groupId = group.data(RetroBoardModel::IdRole).toLongLong();
    onModal([](QWidget* modal) {
        QVERIFY(qobject_cast<QInputDialog*>(modal));
        key(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("Delivery pain"));
        key(Qt::Key_Return);
    });
    key(Qt::Key_F2);
    QVERIFY(activate(w));
    QCOMPARE(board->groupIndex(groupId).data(RetroBoardModel::TextRole).toString(), QStringLiteral("Delivery pain"));
    QTRY_VERIFY(column2->hasFocus());
    key(Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(board->rowCount(improve), 2);
    QVERIFY(!board->groupIndex(groupId).isValid());
    key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(board->rowCount(improve), 1);
    QCOMPARE(board->groupIndex(groupId).data(RetroBoardModel::TextRole).toString(), QStringLiteral("Delivery pain"));

    screenshot(w, QStringLiteral("retro-group"));

    // --- Vote: Ana's five dots, at most three per card; the room's tally.
    key(Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(doc->retro().phase, RetroPhase::Vote);
    auto* participant = child<QComboBox>(w, "voteParticipantCombo");
    key(Qt::Key_V, Qt::AltModifier);
    QVERIFY(participant->hasFocus());
    key(Qt::Key_Down);
    QCOMPARE(participant->currentText(), QStringLiteral("Ana"));
    auto* budget = child<QLabel>(w, "voteBudgetLabel");
    auto* problem = child<QLabel>(w, "voteProblemLabel");
    QVERIFY(budget->text().contains(QStringLiteral("5 of 5")));
    BoardColumnView* voteColumn1 = nullptr;
    BoardColumnView* voteColumn2 = nullptr;
    for (BoardColumnView* view : w->findChildren<BoardColumnView*>()) {
        if (view->isVisible() && view->objectName() == QLatin1String("boardColumnView1")) {
            voteColumn1 = view;
        }
        if (view->isVisible() && view->objectName() == QLatin1String("boardColumnView2")) {
            voteColumn2 = view;
        }
    }
    QVERIFY(voteColumn1 && voteColumn2);
    QVERIFY(tabTo(voteColumn1));
    key(Qt::Key_Home);
    const RetroItemRef pairing = board->refAt(board->index(0, 0, went));
    for (int i = 0; i < 3; ++i) {
        key(Qt::Key_Plus);
    }
    QCOMPARE(doc->voting().dotsOf(QStringLiteral("Ana"), pairing), 3);
    QVERIFY(problem->text().isEmpty());
    key(Qt::Key_Plus); // a fourth dot breaks the maximum per card
    QCOMPARE(doc->voting().dotsOf(QStringLiteral("Ana"), pairing), 3);
    QVERIFY(!problem->text().isEmpty());
    const QString maxMessage = problem->text();
    QVERIFY(budget->text().contains(QStringLiteral("2 of 5")));
    QVERIFY(tabTo(voteColumn2));
    key(Qt::Key_Home);
    const RetroItemRef delivery = RetroItemRef::group(groupId);
    QCOMPARE(board->refAt(voteColumn2->currentIndex()), delivery);
    key(Qt::Key_Plus);
    key(Qt::Key_Plus);
    QVERIFY(problem->text().isEmpty());
    QVERIFY(budget->text().contains(QStringLiteral("0 of 5")));
    key(Qt::Key_Plus); // the budget is used up
    QCOMPARE(doc->voting().dotsOf(QStringLiteral("Ana"), delivery), 2);
    QVERIFY(!problem->text().isEmpty());
    QVERIFY(problem->text() != maxMessage);
    key(Qt::Key_Minus);
    QCOMPARE(doc->voting().dotsOf(QStringLiteral("Ana"), delivery), 1);
    QVERIFY(budget->text().contains(QStringLiteral("1 of 5")));
    key(Qt::Key_Z, Qt::ControlModifier); // undo the removal
    QCOMPARE(doc->voting().dotsOf(QStringLiteral("Ana"), delivery), 2);
    // The room's tally on the group: four more dots.
    key(Qt::Key_V, Qt::AltModifier);
    key(Qt::Key_Home);
    QCOMPARE(participant->currentText(), QStringLiteral("Room tally"));
    QVERIFY(tabTo(voteColumn2));
    for (int i = 0; i < 4; ++i) {
        key(Qt::Key_Plus);
    }
    QCOMPARE(doc->voting().total(delivery), 6);
    QCOMPARE(doc->voting().total(pairing), 3);

    screenshot(w, QStringLiteral("retro-vote"));

    // --- Discuss: vote order, notes on the topic in focus, the timer.
    qint64 now = 0;
    doc->timer()->setClock([&now] { return now; });
    doc->timer()->setTickInterval(0);
    key(Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(doc->retro().phase, RetroPhase::Discuss);
    auto* notes = child<QPlainTextEdit>(w, "discussNotesEdit");
    QTRY_VERIFY(notes->hasFocus());
    RetroDiscussionModel* discussion = doc->discussion();
    QCOMPARE(discussion->currentRow(), 0);
    QTRY_COMPARE(discussion->itemAt(0).ref, delivery);
    QVERIFY(child<QLabel>(w, "discussFocusLabel")->text().contains(QStringLiteral("Delivery pain")));
    type(QStringLiteral("Split the deploy job"));
    QTRY_COMPARE(discussion->itemAt(discussion->rowOf(delivery)).notes, QStringLiteral("Split the deploy job"));
    key(Qt::Key_T, Qt::ControlModifier); // start the timer (5 minutes)
    QVERIFY(doc->timer()->isRunning());
    now += 60'000;
    doc->timer()->poll();
    auto* face = child<TimerWidget>(w, "discussTimer")->face();
    QCOMPARE(face->text(), QStringLiteral("04:00"));
    key(Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier); // +1 minute
    QCOMPARE(face->text(), QStringLiteral("05:00"));
    key(Qt::Key_T, Qt::ControlModifier); // pause
    QVERIFY(!doc->timer()->isRunning());
    key(Qt::Key_Down, Qt::ControlModifier); // next topic
    QCOMPARE(discussion->currentRow(), 1);
    QCOMPARE(discussion->itemAt(1).ref, pairing);
    QCOMPARE(notes->toPlainText(), QString());
    key(Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(notes->toPlainText(), QStringLiteral("Split the deploy job"));
    screenshot(w, QStringLiteral("retro-discuss"));
    doc->timer()->reset();
    doc->timer()->setClock({});

    // --- Actions: an action item of the retro, and a lesson in the linked story.
    key(Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(doc->retro().phase, RetroPhase::Actions);
    auto* sources = child<QListView>(w, "actionsSourceList");
    QTRY_VERIFY(sources->hasFocus());
    QCOMPARE(sources->currentIndex().row(), 0);
    auto* title = child<QLineEdit>(w, "actionTitleEdit");
    QCOMPARE(title->text(), QStringLiteral("Delivery pain"));
    key(Qt::Key_T, Qt::AltModifier);
    QVERIFY(title->hasFocus());
    key(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("Split the deploy job in two"));
    key(Qt::Key_O, Qt::AltModifier);
    type(QStringLiteral("Bo"));
    key(Qt::Key_Return, Qt::ControlModifier);
    RetroActionModel* actions = doc->actions();
    QCOMPARE(actions->rowCount(), 1);
    QCOMPARE(actions->actionAt(0).title, QStringLiteral("Split the deploy job in two"));
    QCOMPARE(actions->actionAt(0).owner, QStringLiteral("Bo"));
    QCOMPARE(actions->actionAt(0).source, delivery);
    key(Qt::Key_M, Qt::AltModifier);
    auto* kind = child<QComboBox>(w, "actionKindCombo");
    QVERIFY(kind->hasFocus());
    key(Qt::Key_Down);
    key(Qt::Key_Down);
    QCOMPARE(kind->currentText(), QStringLiteral("Lesson in the linked story"));
    key(Qt::Key_T, Qt::AltModifier);
    type(QStringLiteral("Small deploys are safer"));
    key(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(w->statusBar()->currentMessage(), QStringLiteral("Added to the linked story."));
    const auto lessons = main->library()->lessons().lessons(storyId);
    QVERIFY(lessons.ok());
    bool found = false;
    for (const Lesson& lesson : *lessons) {
        found = found || lesson.text.contains(QStringLiteral("Small deploys are safer"));
    }
    QVERIFY(found);

    screenshot(w, QStringLiteral("retro-actions"));

    // --- Summary: the outcome, exported as Markdown and PDF through the file dialogs.
    key(Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(doc->retro().phase, RetroPhase::Summary);
    QCOMPARE(w->stepper()->currentIndex(), 6);
    QVERIFY(!child<QAction>(w, "nextPhaseAction")->isEnabled());
    auto* summary = child<QTextBrowser>(w, "summaryView");
    QTRY_VERIFY(summary->toPlainText().contains(QStringLiteral("Delivery pain")));
    QVERIFY(summary->toPlainText().contains(QStringLiteral("Split the deploy job in two")));

    screenshot(w, QStringLiteral("retro-summary"));
    const QString markdownPath = dir.filePath(QStringLiteral("sprint-42.md"));
    onModal([markdownPath](QWidget* modal) { answerFileDialog(modal, markdownPath); });
    QVERIFY(tabTo(child<QPushButton>(w, "exportMarkdownButton")));
    key(Qt::Key_Space);
    QVERIFY(activate(w));
    QFile markdown(markdownPath);
    QVERIFY(markdown.open(QIODevice::ReadOnly));
    const QString md = QString::fromUtf8(markdown.readAll());
    QVERIFY(md.contains(QStringLiteral("Sprint 42")));
    QVERIFY(md.contains(QStringLiteral("Delivery pain")));
    QVERIFY(md.contains(QStringLiteral("Pairing helped")));
    QVERIFY(md.contains(QStringLiteral("Split the deploy job in two")));
    QVERIFY(md.contains(QStringLiteral("Bo")));
    QVERIFY(md.indexOf(QStringLiteral("Delivery pain")) < md.indexOf(QStringLiteral("Pairing helped")));

    const QString pdfPath = dir.filePath(QStringLiteral("sprint-42.pdf"));
    onModal([pdfPath](QWidget* modal) { answerFileDialog(modal, pdfPath); });
    QVERIFY(tabTo(child<QPushButton>(w, "exportPdfButton")));
    key(Qt::Key_Space);
    QVERIFY(activate(w));
    QVERIFY(QFile::exists(pdfPath));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {pdfPath, QStringLiteral("-")});
    if (!pdftotext.waitForStarted()) {
        QSKIP("pdftotext is not installed");
    }
    QVERIFY(pdftotext.waitForFinished());
    const QString pdfText = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY(pdfText.contains(QStringLiteral("Sprint 42")));
    QVERIFY(pdfText.contains(QStringLiteral("Delivery pain")));
    QVERIFY(pdfText.contains(QStringLiteral("Split the deploy job in two")));

    // Back with the stepper: Left on the focused stepper asks for the previous phase.
    w->stepper()->setFocus();
    key(Qt::Key_Left);
    QCOMPARE(doc->retro().phase, RetroPhase::Actions);
}

void TestRetroWindow::deleteAndUndoFromTheList()
{
    QTemporaryDir dir;
    const QString path = TestSupport::libraryPath(dir);
    auto main = openMain(path);
    QVERIFY(main);
    Retro retro;
    retro.title = QStringLiteral("To be deleted");
    const qint64 templateId = main->library()->retroTemplateModel()->templateAt(0).id;
    auto id = main->library()->createRetro(retro, templateId);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    RetroWindow* w = openRetroWindow(*main);
    QVERIFY(w);
    QTreeView* list = w->retroList();
    QCOMPARE(list->model()->rowCount(), 1);
    QTRY_VERIFY(list->hasFocus());
    QCOMPARE(w->document()->id(), *id);
    key(Qt::Key_Delete);
    QCOMPARE(list->model()->rowCount(), 0);
    QVERIFY(!w->document());
    QVERIFY(w->statusBar()->currentMessage().contains(QStringLiteral("To be deleted")));
    QVERIFY(list->hasFocus());
    key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, RetroListModel::TitleColumn).data().toString(), QStringLiteral("To be deleted"));
}

void TestRetroWindow::windowClosesWithTheLibrary()
{
    QTemporaryDir dir;
    auto main = openMain(TestSupport::libraryPath(dir, QStringLiteral("a.kintsugi")));
    QVERIFY(main);
    QPointer<RetroWindow> w = openRetroWindow(*main);
    QVERIFY(w);
    QVERIFY(main->openLibrary(TestSupport::libraryPath(dir, QStringLiteral("b.kintsugi"))));
    QVERIFY(!w);
    // A new one belongs to the new library.
    RetroWindow* again = openRetroWindow(*main);
    QVERIFY(again);
    QCOMPARE(again->library(), main->library());
}

QTEST_MAIN(TestRetroWindow)
#include "TestRetroWindow.moc"
