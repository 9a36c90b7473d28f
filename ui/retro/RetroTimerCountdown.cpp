#include "RetroTimerCountdown.h"

#include "domain/RetroTimer.h"

RetroTimerCountdown::RetroTimerCountdown(RetroTimer* timer, QObject* parent)
    : Countdown(parent)
    , m_timer(timer ? timer : new RetroTimer(this))
{
    connect(m_timer, &RetroTimer::tick, this, &Countdown::changed);
    connect(m_timer, &RetroTimer::stateChanged, this, &Countdown::changed);
    connect(m_timer, &RetroTimer::finished, this, &Countdown::expired);
}

RetroTimer* RetroTimerCountdown::timer() const
{
    return m_timer;
}

qint64 RetroTimerCountdown::durationMs() const
{
    return m_timer ? m_timer->durationMs() : 0;
}

qint64 RetroTimerCountdown::remainingMs() const
{
    return m_timer ? m_timer->remainingMs() : 0;
}

bool RetroTimerCountdown::isRunning() const
{
    return m_timer && m_timer->isRunning();
}

bool RetroTimerCountdown::isExpired() const
{
    return m_timer && m_timer->state() == RetroTimer::State::Finished;
}

void RetroTimerCountdown::start(qint64 durationMs)
{
    if (m_timer) {
        m_timer->setDuration(durationMs);
        m_timer->start();
    }
}

void RetroTimerCountdown::pause()
{
    if (m_timer) {
        m_timer->pause();
    }
}

void RetroTimerCountdown::resume()
{
    if (m_timer) {
        m_timer->resume();
    }
}

void RetroTimerCountdown::addMs(qint64 ms)
{
    // RetroTimer adds whole minutes, which is all the widgets offer.
    for (qint64 added = 0; m_timer && added < ms; added += 60 * 1000) {
        m_timer->addMinute();
    }
}

void RetroTimerCountdown::reset()
{
    if (m_timer) {
        m_timer->reset();
    }
}
