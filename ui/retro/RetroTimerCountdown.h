#pragma once

#include "retro/Countdown.h"

#include <QPointer>

class RetroTimer;

// Shows and drives a RetroTimer (a retro document's timer, or one of its own) as a Countdown.
class RetroTimerCountdown : public Countdown
{
    Q_OBJECT

public:
    // `timer` null: the countdown owns a RetroTimer of its own.
    explicit RetroTimerCountdown(RetroTimer* timer = nullptr, QObject* parent = nullptr);

    RetroTimer* timer() const;

    qint64 durationMs() const override;
    qint64 remainingMs() const override;
    bool isRunning() const override;
    bool isExpired() const override;

    void start(qint64 durationMs) override;
    void pause() override;
    void resume() override;
    void addMs(qint64 ms) override;
    void reset() override;

private:
    QPointer<RetroTimer> m_timer;
};
