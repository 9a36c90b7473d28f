#include "MessageBox.h"
#include "TestSupport.h"
#include "document/Library.h"
#include "document/RetroDocument.h"
#include "domain/RetroCard.h"
#include "domain/RetroGroup.h"
#include "domain/RetroTimer.h"
#include "models/RetroBoardModel.h"
#include "models/RetroDiscussionModel.h"
#include "models/RetroTemplateModel.h"
#include "retro/AlarmSound.h"
#include "retro/PhaseStepper.h"
#include "retro/PresenterWindow.h"
#include "retro/RetroWindow.h"
#include "retro/TimerWidget.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QScreen>
#include <QTest>
#include <QTextBrowser>

#include <cmath>

// Presenter mode on the second of two virtual screens: the offscreen platform is started with a
// configuration of a 1280×800 laptop and a 1920×1080 TV beside it (see main() below).
class TestPresenterWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void twoScreens();
    void fullScreenOnTheChosenScreen();
    void largeTypeAndContrast();
    void keyboardOnly();
    void flashesWithTheTimer();

private:
    std::unique_ptr<RetroWindow> openWindow();

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_retroId = 0;
};

void TestPresenterWindow::initTestCase()
{
    QVERIFY(m_home.isValid());
    TestSupport::isolateUserFiles(m_home);
    MessageBox::setAutoAnswer(QMessageBox::Yes);
    AlarmSound::setMuted(true);
    auto opened = Library::open(TestSupport::libraryPath(m_dir));
    QVERIFY(opened.ok());
    m_library = std::move(opened).value();
    RetroTemplateModel* templates = m_library->retroTemplateModel();
    QVERIFY(templates->rowCount() > 0);
    Retro retro;
    retro.title = QStringLiteral("Sprint 7 retro");
    retro.participants = {QStringLiteral("Ana"), QStringLiteral("Bo")};
    auto id = m_library->createRetro(retro, templates->templateAt(0).id);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    m_retroId = *id;
    RetroDocument* doc = m_library->retroDocument(m_retroId);
    QVERIFY(doc);
    const QList<RetroColumn> columns = doc->board()->boardColumns();
    QVERIFY(columns.size() >= 2);
    QVERIFY(doc->addCard(columns.at(0).id, QStringLiteral("Pairing on the pager runbook")).ok());
    QVERIFY(doc->addCard(columns.at(0).id, QStringLiteral("Fast reviews")).ok());
    QVERIFY(doc->addCard(columns.at(1).id, QStringLiteral("Flaky deploy pipeline")).ok());
}

std::unique_ptr<RetroWindow> TestPresenterWindow::openWindow()
{
    auto w = std::make_unique<RetroWindow>(m_library.get(), nullptr);
    w->setScreen(QGuiApplication::screens().at(0));
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get())) {
        return nullptr;
    }
    w->openRetro(m_retroId);
    return w;
}

void TestPresenterWindow::twoScreens()
{
    const QList<QScreen*> screens = QGuiApplication::screens();
    QCOMPARE(screens.size(), 2);
    QCOMPARE(screens.at(1)->geometry(), QRect(1280, 0, 1920, 1080));
}

void TestPresenterWindow::fullScreenOnTheChosenScreen()
{
    auto w = openWindow();
    QVERIFY(w);
    QScreen* tv = QGuiApplication::screens().at(1);
    // By default the presenter goes to a screen other than the facilitator's.
    QCOMPARE(w->presenterScreen(), tv);
    // The screen menu lists both screens, the TV checked.
    auto* tvAction = w->findChild<QAction*>(QStringLiteral("presenterScreen2Action"));
    QVERIFY(tvAction);
    QVERIFY(tvAction->isChecked());
    QVERIFY(tvAction->text().contains(QStringLiteral("1920×1080")));

    QTest::keyClick(w.get(), Qt::Key_F5);
    PresenterWindow* presenter = w->presenter();
    QVERIFY(presenter);
    QVERIFY(QTest::qWaitForWindowExposed(presenter));
    QTRY_VERIFY(presenter->isFullScreen());
    QCOMPARE(presenter->screen(), tv);
    QTRY_COMPARE(presenter->geometry(), tv->geometry());
    // The facilitator's window stays on the laptop.
    QCOMPARE(w->screen(), QGuiApplication::screens().at(0));

    // Choosing the laptop moves it there.
    w->findChild<QAction*>(QStringLiteral("presenterScreen1Action"))->trigger();
    QCOMPARE(presenter->screen(), QGuiApplication::screens().at(0));
    QTRY_COMPARE(presenter->geometry(), QGuiApplication::screens().at(0)->geometry());
    w->stopPresenter();
    QTRY_VERIFY(!w->presenter());
}

void TestPresenterWindow::largeTypeAndContrast()
{
    QScreen* tv = QGuiApplication::screens().at(1);
    QCOMPARE(PresenterWindow::bodyPointSize(tv), 28.0);
    // A 4K TV at scale 1 gets larger type.
    RetroDocument* doc = m_library->retroDocument(m_retroId);
    QVERIFY(doc->setPhase(RetroPhase::Collect).ok());
    PresenterWindow presenter(doc);
    presenter.showOn(tv);
    QVERIFY(QTest::qWaitForWindowExposed(&presenter));
    auto* content = presenter.findChild<QTextBrowser*>(QStringLiteral("presenterContent"));
    QVERIFY(content);
    QVERIFY(content->font().pointSizeF() >= 28);
    QVERIFY(content->document()->defaultFont().pointSizeF() >= 28);
    // At 96 logical DPI 28 pt are about 37 px: readable from the back of a room.
    QVERIFY(QFontInfo(content->font()).pixelSize() >= 36);
    QVERIFY(presenter.findChild<QWidget*>(QStringLiteral("presenterTitle"))->font().pointSizeF() > 28);
    QVERIFY(presenter.findChild<PhaseStepper*>(QStringLiteral("presenterStepper"))->font().pointSizeF() >= 18);
    QVERIFY(presenter.contentText().contains(QStringLiteral("Flaky deploy pipeline")));

    // Light on dark with a contrast ratio of at least 7:1 (WCAG AAA).
    auto luminance = [](const QColor& c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const QColor fg = presenter.palette().color(QPalette::WindowText);
    const QColor bg = presenter.palette().color(QPalette::Window);
    const double ratio = (luminance(fg) + 0.05) / (luminance(bg) + 0.05);
    QVERIFY2(ratio >= 7.0, qPrintable(QString::number(ratio)));
}

void TestPresenterWindow::keyboardOnly()
{
    auto w = openWindow();
    QVERIFY(w);
    RetroDocument* doc = w->document();
    QVERIFY(doc);
    QVERIFY(doc->setPhase(RetroPhase::Collect).ok());
    QTest::keyClick(w.get(), Qt::Key_F5);
    PresenterWindow* presenter = w->presenter();
    QVERIFY(presenter);
    QVERIFY(QTest::qWaitForWindowExposed(presenter));
    QTRY_VERIFY(presenter->isFullScreen());

    // F11 leaves and re-enters full screen.
    QTest::keyClick(presenter, Qt::Key_F11);
    QTRY_VERIFY(!presenter->isFullScreen());
    QTest::keyClick(presenter, Qt::Key_F11);
    QTRY_VERIFY(presenter->isFullScreen());

    // Right and Left walk the phases (the stepper follows).
    auto* stepper = presenter->findChild<PhaseStepper*>(QStringLiteral("presenterStepper"));
    QTest::keyClick(presenter, Qt::Key_Right);
    QCOMPARE(doc->retro().phase, RetroPhase::Group);
    QTRY_COMPARE(stepper->currentIndex(), RetroPhases::index(RetroPhase::Group));
    QTest::keyClick(presenter, Qt::Key_Right);
    QCOMPARE(doc->retro().phase, RetroPhase::Vote);
    if (const QString dir = qEnvironmentVariable("KINTSUGI_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QTRY_VERIFY(presenter->contentText().contains(QStringLiteral("Fast reviews")));
        presenter->grab().save(dir + QStringLiteral("/presenter-vote.png"));
    }
    QTest::keyClick(presenter, Qt::Key_Left);
    QCOMPARE(doc->retro().phase, RetroPhase::Group);
    // The facilitator's window follows too.
    QTRY_COMPARE(w->stepper()->currentIndex(), RetroPhases::index(RetroPhase::Group));

    // Up and Down move the card in focus.
    QVERIFY(!presenter->focusedItem().isValid());
    QTest::keyClick(presenter, Qt::Key_Down);
    const RetroItemRef first = presenter->focusedItem();
    QVERIFY(first.isValid());
    QTest::keyClick(presenter, Qt::Key_Down);
    const RetroItemRef second = presenter->focusedItem();
    QVERIFY(second.isValid());
    QVERIFY(second != first);
    QTest::keyClick(presenter, Qt::Key_Up);
    QCOMPARE(presenter->focusedItem(), first);

    // In Discuss, Up and Down move through the topics.
    QVERIFY(doc->addVote(QString(), second).ok());
    QVERIFY(doc->setPhase(RetroPhase::Discuss).ok());
    QTRY_VERIFY(presenter->contentText().contains(QStringLiteral("Up next")));
    RetroDiscussionModel* discussion = doc->discussion();
    discussion->setCurrentRow(0);
    QTest::keyClick(presenter, Qt::Key_Down);
    QCOMPARE(discussion->currentRow(), 1);
    QTRY_VERIFY(presenter->contentText().contains(discussion->itemAt(1).text));
    QTest::keyClick(presenter, Qt::Key_Up);
    QCOMPARE(discussion->currentRow(), 0);

    // Esc leaves presenter mode.
    QTest::keyClick(presenter, Qt::Key_Escape);
    QTRY_VERIFY(!w->presenter());
    QVERIFY(!w->findChild<QAction*>(QStringLiteral("presenterAction"))->isChecked());
}

void TestPresenterWindow::flashesWithTheTimer()
{
    RetroDocument* doc = m_library->retroDocument(m_retroId);
    qint64 now = 0;
    doc->timer()->setClock([&now] { return now; });
    doc->timer()->setTickInterval(0);
    PresenterWindow presenter(doc);
    presenter.timerWidget()->setFlashDuration(500);
    presenter.showOn(QGuiApplication::screens().at(1));
    QVERIFY(QTest::qWaitForWindowExposed(&presenter));
    const QColor dark = presenter.palette().color(QPalette::Window);
    doc->timer()->setDuration(1000);
    doc->timer()->start();
    now += 1000;
    doc->timer()->poll();
    QVERIFY(presenter.isFlashLit());
    QCOMPARE(presenter.palette().color(QPalette::Window), TimerWidget::flashBackground());
    QTRY_VERIFY_WITH_TIMEOUT(!presenter.timerWidget()->isFlashing(), 3000);
    QCOMPARE(presenter.palette().color(QPalette::Window), dark);
    doc->timer()->setClock({});
}

// Two virtual screens for the offscreen platform (supported by Qt's offscreen plugin through
// "offscreen:configfile=<json>").
int main(int argc, char** argv)
{
    QTemporaryDir configDir;
    const QString config = configDir.filePath(QStringLiteral("screens.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly)) {
        return 1;
    }
    file.write(R"({"synchronousWindowSystemEvents": false, "windowFrameMargins": false, "screens": [
        {"name": "Laptop", "x": 0, "y": 0, "width": 1280, "height": 800, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
        {"name": "TV", "x": 1280, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    ]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen:configfile=") + config.toLocal8Bit());
    QApplication app(argc, argv);
    TestPresenterWindow test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestPresenterWindow.moc"
