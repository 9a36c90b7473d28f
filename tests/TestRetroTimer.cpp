#include "domain/RetroTimer.h"

#include <QSignalSpy>
#include <QTest>

// The countdown, driven by an injected clock (no waiting on real time).
class TestRetroTimer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void countsDownAndFinishesOnce();
    void pauseResume();
    void addMinute();
    void resetAndToggle();
    void formatting();
    void realClockTicks();

private:
    qint64 m_now = 0;
    std::unique_ptr<RetroTimer> m_timer;
};

void TestRetroTimer::init()
{
    m_now = 1000;
    m_timer = std::make_unique<RetroTimer>();
    m_timer->setClock([this] { return m_now; });
    m_timer->setDuration(60 * 1000);
}

void TestRetroTimer::countsDownAndFinishesOnce()
{
    QSignalSpy finished(m_timer.get(), &RetroTimer::finished);
    QSignalSpy ticks(m_timer.get(), &RetroTimer::tick);
    QCOMPARE(m_timer->state(), RetroTimer::State::Idle);
    QCOMPARE(m_timer->remainingMs(), 60000);
    QCOMPARE(m_timer->progress(), 0.0);
    m_timer->start();
    QVERIFY(m_timer->isRunning());
    m_now += 15000;
    m_timer->poll();
    QCOMPARE(m_timer->remainingMs(), 45000);
    QCOMPARE(m_timer->progress(), 0.25);
    QCOMPARE(ticks.last().at(0).toLongLong(), 45000);
    m_now += 45000;
    m_timer->poll();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_timer->state(), RetroTimer::State::Finished);
    QCOMPARE(m_timer->remainingMs(), 0);
    QCOMPARE(m_timer->progress(), 1.0);
    m_now += 5000;
    m_timer->poll();
    QCOMPARE(finished.count(), 1);
}

void TestRetroTimer::pauseResume()
{
    m_timer->start();
    m_now += 10000;
    m_timer->pause();
    QCOMPARE(m_timer->state(), RetroTimer::State::Paused);
    m_now += 100000; // time passes while paused
    m_timer->poll();
    QCOMPARE(m_timer->remainingMs(), 50000);
    m_timer->resume();
    m_now += 20000;
    QCOMPARE(m_timer->remainingMs(), 30000);
    m_timer->start(); // start on a running timer changes nothing
    QCOMPARE(m_timer->remainingMs(), 30000);
}

void TestRetroTimer::addMinute()
{
    m_timer->addMinute(); // idle: a longer duration
    QCOMPARE(m_timer->durationMs(), 120000);
    m_timer->start();
    m_now += 60000;
    m_timer->addMinute();
    QCOMPARE(m_timer->remainingMs(), 120000);
    QCOMPARE(m_timer->durationMs(), 180000);
    m_now += 120000;
    m_timer->poll();
    QCOMPARE(m_timer->state(), RetroTimer::State::Finished);
    QSignalSpy state(m_timer.get(), &RetroTimer::stateChanged);
    m_timer->addMinute(); // the time was up: one more minute, running
    QCOMPARE(m_timer->state(), RetroTimer::State::Running);
    QCOMPARE(m_timer->remainingMs(), 60000);
    QCOMPARE(state.count(), 1);
    m_timer->pause();
    m_timer->addMinute();
    QCOMPARE(m_timer->remainingMs(), 120000);
}

void TestRetroTimer::resetAndToggle()
{
    m_timer->toggle();
    QCOMPARE(m_timer->state(), RetroTimer::State::Running);
    m_now += 5000;
    m_timer->toggle();
    QCOMPARE(m_timer->state(), RetroTimer::State::Paused);
    m_timer->toggle();
    QCOMPARE(m_timer->state(), RetroTimer::State::Running);
    m_timer->reset();
    QCOMPARE(m_timer->state(), RetroTimer::State::Idle);
    QCOMPARE(m_timer->remainingMs(), 60000);
    m_timer->setDuration(3000);
    m_timer->start();
    m_now += 3000;
    m_timer->poll();
    QCOMPARE(m_timer->state(), RetroTimer::State::Finished);
    m_timer->toggle(); // a finished timer starts over
    QCOMPARE(m_timer->remainingMs(), 3000);
}

void TestRetroTimer::formatting()
{
    QCOMPARE(RetroTimer::formatMs(0), QStringLiteral("0:00"));
    QCOMPARE(RetroTimer::formatMs(1), QStringLiteral("0:01"));
    QCOMPARE(RetroTimer::formatMs(59001), QStringLiteral("1:00"));
    QCOMPARE(RetroTimer::formatMs(5 * 60000), QStringLiteral("5:00"));
    QCOMPARE(RetroTimer::formatMs(754000), QStringLiteral("12:34"));
    QCOMPARE(m_timer->remainingText(), QStringLiteral("1:00"));
}

void TestRetroTimer::realClockTicks()
{
    // The real clock and the internal QTimer: a 30 ms countdown finishes (generous wait for loaded machines).
    RetroTimer timer;
    timer.setTickInterval(5);
    timer.setDuration(30);
    QSignalSpy finished(&timer, &RetroTimer::finished);
    timer.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(timer.state(), RetroTimer::State::Finished);
}

QTEST_GUILESS_MAIN(TestRetroTimer)
#include "TestRetroTimer.moc"
