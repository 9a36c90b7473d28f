#include "domain/RetroTimer.h"

#include <QElapsedTimer>

namespace {
qint64 realClock()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}
} // namespace

RetroTimer::RetroTimer(QObject* parent)
    : QObject(parent)
{
    m_ticker.setInterval(250);
    connect(&m_ticker, &QTimer::timeout, this, &RetroTimer::poll);
}

void RetroTimer::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void RetroTimer::setTickInterval(int ms)
{
    m_ticker.setInterval(qMax(1, ms));
}

int RetroTimer::tickInterval() const
{
    return m_ticker.interval();
}

qint64 RetroTimer::now() const
{
    return m_clock ? m_clock() : realClock();
}

void RetroTimer::setState(State state)
{
    if (m_state == state) {
        return;
    }
    m_state = state;
    if (state == State::Running) {
        m_ticker.start();
    } else {
        m_ticker.stop();
    }
    emit stateChanged(state);
}

void RetroTimer::setDuration(qint64 ms)
{
    m_durationMs = qMax<qint64>(0, ms);
    reset();
}

void RetroTimer::start()
{
    if (m_state == State::Paused) {
        resume();
        return;
    }
    if (m_state == State::Running) {
        return;
    }
    m_remainingAtStart = m_durationMs;
    m_startedAt = now();
    setState(State::Running);
    emit tick(remainingMs());
}

void RetroTimer::pause()
{
    if (m_state != State::Running) {
        return;
    }
    m_pausedRemaining = remainingMs();
    setState(State::Paused);
    emit tick(m_pausedRemaining);
}

void RetroTimer::resume()
{
    if (m_state != State::Paused) {
        return;
    }
    m_remainingAtStart = m_pausedRemaining;
    m_startedAt = now();
    setState(State::Running);
    emit tick(remainingMs());
}

void RetroTimer::toggle()
{
    switch (m_state) {
    case State::Running:
        pause();
        break;
    case State::Paused:
        resume();
        break;
    case State::Idle:
    case State::Finished:
        start();
        break;
    }
}

void RetroTimer::addMinute()
{
    constexpr qint64 Minute = 60 * 1000;
    switch (m_state) {
    case State::Idle:
        m_durationMs += Minute;
        break;
    case State::Running:
        m_durationMs += Minute;
        m_remainingAtStart += Minute;
        break;
    case State::Paused:
        m_durationMs += Minute;
        m_pausedRemaining += Minute;
        break;
    case State::Finished:
        // The time was up: one more minute, running at once.
        m_durationMs += Minute;
        m_remainingAtStart = Minute;
        m_startedAt = now();
        setState(State::Running);
        break;
    }
    emit tick(remainingMs());
}

void RetroTimer::reset()
{
    m_remainingAtStart = m_durationMs;
    m_pausedRemaining = m_durationMs;
    setState(State::Idle);
    emit tick(m_durationMs);
}

qint64 RetroTimer::remainingMs() const
{
    switch (m_state) {
    case State::Idle:
        return m_durationMs;
    case State::Paused:
        return m_pausedRemaining;
    case State::Finished:
        return 0;
    case State::Running:
        return qMax<qint64>(0, m_remainingAtStart - (now() - m_startedAt));
    }
    return 0;
}

double RetroTimer::progress() const
{
    if (m_durationMs <= 0) {
        return m_state == State::Idle ? 0.0 : 1.0;
    }
    return qBound(0.0, 1.0 - static_cast<double>(remainingMs()) / static_cast<double>(m_durationMs), 1.0);
}

QString RetroTimer::formatMs(qint64 ms)
{
    const qint64 seconds = (qMax<qint64>(0, ms) + 999) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString RetroTimer::remainingText() const
{
    return formatMs(remainingMs());
}

void RetroTimer::poll()
{
    if (m_state != State::Running) {
        return;
    }
    const qint64 left = remainingMs();
    emit tick(left);
    if (left <= 0) {
        setState(State::Finished);
        emit finished();
    }
}
