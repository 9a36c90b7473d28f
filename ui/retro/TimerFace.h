#pragma once

#include <QWidget>

// The face of the countdown: a progress ring with the remaining time as mm:ss in large digits
// inside. Purely a view; TimerWidget feeds it.
class TimerFace : public QWidget
{
    Q_OBJECT

public:
    explicit TimerFace(QWidget* parent = nullptr);

    void setTime(qint64 remainingMs, qint64 durationMs, bool running);
    QString text() const;
    // Fraction of the ring still shown (1 = full time left).
    double fraction() const;

    // Text like "04:59"; hours are folded into minutes ("75:00").
    static QString format(qint64 ms);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    qint64 m_remainingMs = 0;
    qint64 m_durationMs = 0;
    bool m_running = false;
};
