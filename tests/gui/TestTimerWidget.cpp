#include "TestSupport.h"
#include "domain/RetroTimer.h"
#include "retro/AlarmSound.h"
#include "retro/RetroTimerCountdown.h"
#include "retro/TimerFace.h"
#include "retro/TimerWidget.h"

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

// The retro timer widget over a RetroTimer with a fake clock: no waiting on real time except for
// the end-of-time flash, which is set short.
class TestTimerWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void format();
    void pauseAddMinuteAndEnd();
    void presetsAndReset();
    void secondViewFlashesSilently();

private:
    QTemporaryDir m_home;
};

namespace {
struct FakeClock
{
    qint64 now = 1000;
    RetroTimer::Clock clock()
    {
        return [this] { return now; };
    }
};

QPushButton* button(TimerWidget& w, const char* name)
{
    return w.findChild<QPushButton*>(QLatin1String(name));
}
} // namespace

void TestTimerWidget::initTestCase()
{
    QVERIFY(m_home.isValid());
    TestSupport::isolateUserFiles(m_home);
    // Quiet: no audio device probing, no noise on a developer's machine.
    AlarmSound::setMuted(true);
}

void TestTimerWidget::format()
{
    QCOMPARE(TimerFace::format(0), QStringLiteral("00:00"));
    QCOMPARE(TimerFace::format(1), QStringLiteral("00:01"));
    QCOMPARE(TimerFace::format(59'001), QStringLiteral("01:00"));
    QCOMPARE(TimerFace::format(5 * 60'000), QStringLiteral("05:00"));
    QCOMPARE(TimerFace::format(75 * 60'000), QStringLiteral("75:00"));
}

void TestTimerWidget::pauseAddMinuteAndEnd()
{
    FakeClock fake;
    RetroTimer timer;
    timer.setClock(fake.clock());
    timer.setTickInterval(0);
    TimerWidget w;
    w.setFlashDuration(600);
    w.setCountdown(new RetroTimerCountdown(&timer, &w));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy timeUp(&w, &TimerWidget::timeUp);
    QSignalSpy played(w.alarm(), &AlarmSound::played);

    w.startPreset(1);
    QCOMPARE(w.face()->text(), QStringLiteral("01:00"));
    QVERIFY(timer.isRunning());
    QPushButton* startPause = button(w, "timerStartPauseButton");
    QCOMPARE(startPause->text(), QStringLiteral("Pause"));

    fake.now += 10'000;
    timer.poll();
    QCOMPARE(w.face()->text(), QStringLiteral("00:50"));
    QVERIFY(w.face()->fraction() < 0.84 && w.face()->fraction() > 0.82);

    // Pause with the keyboard: the time stands still.
    startPause->setFocus();
    QTest::keyClick(startPause, Qt::Key_Space);
    QVERIFY(!timer.isRunning());
    QCOMPARE(startPause->text(), QStringLiteral("Resume"));
    fake.now += 30'000;
    timer.poll();
    QCOMPARE(w.face()->text(), QStringLiteral("00:50"));

    // +1 minute.
    QPushButton* plus = button(w, "timerAddMinuteButton");
    plus->setFocus();
    QTest::keyClick(plus, Qt::Key_Space);
    QCOMPARE(w.face()->text(), QStringLiteral("01:50"));

    // Resume and run out: the end signal, the sound (muted here) and the flash.
    QTest::keyClick(startPause, Qt::Key_Space);
    QVERIFY(timer.isRunning());
    fake.now += 109'000;
    timer.poll();
    QCOMPARE(w.face()->text(), QStringLiteral("00:01"));
    QCOMPARE(timeUp.count(), 0);
    QVERIFY(!w.isFlashing());
    fake.now += 1'000;
    timer.poll();
    QCOMPARE(w.face()->text(), QStringLiteral("00:00"));
    QCOMPARE(timeUp.count(), 1);
    QCOMPARE(played.count(), 1);
    QCOMPARE(w.alarm()->lastOutput(), AlarmSound::Output::None); // muted
    QVERIFY(w.isFlashing());
    QVERIFY(w.isFlashLit());
    QCOMPARE(w.face()->palette().color(QPalette::Window), TimerWidget::flashBackground());
    QVERIFY(w.face()->autoFillBackground());
    // Polling again does not ring again.
    fake.now += 5'000;
    timer.poll();
    QCOMPARE(timeUp.count(), 1);
    // The flash ends by itself.
    QTRY_VERIFY_WITH_TIMEOUT(!w.isFlashing(), 3000);
    QVERIFY(!w.isFlashLit());
    QVERIFY(!w.face()->autoFillBackground());
    QCOMPARE(startPause->text(), QStringLiteral("Start"));
}

void TestTimerWidget::presetsAndReset()
{
    FakeClock fake;
    RetroTimer timer;
    timer.setClock(fake.clock());
    timer.setTickInterval(0);
    TimerWidget w;
    w.setCountdown(new RetroTimerCountdown(&timer, &w));
    auto* presets = w.findChild<QComboBox*>(QStringLiteral("timerPresetCombo"));
    QVERIFY(presets);
    const int five = presets->findData(5);
    QVERIFY(five > 0);
    presets->setCurrentIndex(five);
    emit presets->activated(five);
    QCOMPARE(timer.durationMs(), qint64(5 * 60'000));
    QVERIFY(timer.isRunning());
    QCOMPARE(presets->currentIndex(), 0);
    fake.now += 61'000;
    timer.poll();
    QCOMPARE(w.face()->text(), QStringLiteral("03:59"));
    QTest::mouseClick(button(w, "timerResetButton"), Qt::LeftButton);
    QVERIFY(!timer.isRunning());
    QCOMPARE(w.face()->text(), QStringLiteral("05:00"));
    QCOMPARE(button(w, "timerStartPauseButton")->text(), QStringLiteral("Start"));
}

void TestTimerWidget::secondViewFlashesSilently()
{
    FakeClock fake;
    RetroTimer timer;
    timer.setClock(fake.clock());
    timer.setTickInterval(0);
    TimerWidget main;
    TimerWidget second;
    second.setSoundEnabled(false);
    second.setControlsVisible(false);
    main.setCountdown(new RetroTimerCountdown(&timer, &main));
    second.setCountdown(new RetroTimerCountdown(&timer, &second));
    QSignalSpy mainPlayed(main.alarm(), &AlarmSound::played);
    QSignalSpy secondPlayed(second.alarm(), &AlarmSound::played);
    QSignalSpy secondFlash(&second, &TimerWidget::flashChanged);
    timer.setDuration(2'000);
    timer.start();
    fake.now += 2'000;
    timer.poll();
    QCOMPARE(mainPlayed.count(), 1);
    QCOMPARE(secondPlayed.count(), 0);
    QVERIFY(second.isFlashing());
    QCOMPARE(secondFlash.count(), 1);
    QCOMPARE(secondFlash.first().first().toBool(), true);
    // Any button stops the flash.
    main.reset();
    QVERIFY(!main.isFlashing());
}

QTEST_MAIN(TestTimerWidget)
#include "TestTimerWidget.moc"
