#pragma once

#include <QObject>

// What the timer widgets show: a countdown that can be paused, extended and reset. A small
// interface so the widget does not depend on where the time comes from; RetroTimerCountdown adapts
// the retro's own RetroTimer (which has the injectable clock for tests).
class Countdown : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual qint64 durationMs() const = 0;
    virtual qint64 remainingMs() const = 0;
    virtual bool isRunning() const = 0;
    // True once the time ran out (until the next start or reset).
    virtual bool isExpired() const = 0;

    virtual void start(qint64 durationMs) = 0;
    virtual void pause() = 0;
    virtual void resume() = 0;
    virtual void addMs(qint64 ms) = 0;
    // Back to the full duration, stopped.
    virtual void reset() = 0;

signals:
    // Remaining time, running state or duration changed.
    void changed();
    // The time ran out.
    void expired();
};
