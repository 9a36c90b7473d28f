#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

// A countdown for a phase or a topic: start, pause, resume, +1 minute, reset. Time comes from a
// clock function (milliseconds, monotonic), by default a QElapsedTimer; tests inject their own and
// call poll(). While running, an internal QTimer polls every tickInterval() ms.
class RetroTimer : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>;

    enum class State {
        Idle, // not started (or reset): remaining == duration
        Running,
        Paused,
        Finished, // reached zero; finished() was emitted once
    };
    Q_ENUM(State)

    explicit RetroTimer(QObject* parent = nullptr);

    // For tests: the time source. Passing {} restores the real clock.
    void setClock(Clock clock);
    void setTickInterval(int ms);
    int tickInterval() const;

    // Sets the duration and resets (Idle). Default 5 minutes.
    void setDuration(qint64 ms);
    qint64 durationMs() const { return m_durationMs; }

    void start(); // from Idle or Finished: full duration; from Paused: resume
    void pause();
    void resume();
    void toggle(); // start/pause/resume, for a single key
    // Adds a minute to the remaining time (and to the duration); a finished timer runs again.
    void addMinute();
    void reset();

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    qint64 remainingMs() const;
    // 0 at start, 1 when finished: the elapsed share of the duration.
    double progress() const;
    // "4:59" / "0:00": the remaining time as minutes:seconds, rounded up to whole seconds.
    QString remainingText() const;
    static QString formatMs(qint64 ms);

    // Reads the clock: emits tick, and finished once when the time is up.
    void poll();

signals:
    void tick(qint64 remainingMs);
    void finished();
    void stateChanged(RetroTimer::State state);

private:
    qint64 now() const;
    void setState(State state);

    Clock m_clock;
    QTimer m_ticker;
    State m_state = State::Idle;
    qint64 m_durationMs = 5 * 60 * 1000;
    qint64 m_remainingAtStart = 0; // remaining when (re)started
    qint64 m_startedAt = 0;        // clock value at (re)start
    qint64 m_pausedRemaining = 0;
};
