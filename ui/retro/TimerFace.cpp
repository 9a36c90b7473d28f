#include "TimerFace.h"

#include <QPainter>

#include <algorithm>

TimerFace::TimerFace(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timerFace"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Remaining time"));
}

void TimerFace::setTime(qint64 remainingMs, qint64 durationMs, bool running)
{
    const QString before = text();
    m_remainingMs = std::max<qint64>(0, remainingMs);
    m_durationMs = std::max<qint64>(0, durationMs);
    m_running = running;
    if (before != text()) {
        setAccessibleDescription(text());
    }
    update();
}

QString TimerFace::format(qint64 ms)
{
    // Round up: "00:01" is shown until the very end, "00:00" only when time is up.
    const qint64 seconds = (std::max<qint64>(0, ms) + 999) / 1000;
    return QStringLiteral("%1:%2")
        .arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString TimerFace::text() const
{
    return format(m_remainingMs);
}

double TimerFace::fraction() const
{
    return m_durationMs > 0 ? std::clamp(double(m_remainingMs) / double(m_durationMs), 0.0, 1.0) : 0.0;
}

QSize TimerFace::sizeHint() const
{
    const int side = fontMetrics().height() * 7;
    return {side, side};
}

QSize TimerFace::minimumSizeHint() const
{
    const int side = fontMetrics().height() * 4;
    return {side, side};
}

void TimerFace::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int side = std::min(width(), height());
    const int ringWidth = std::max(4, side / 14);
    const QRectF ring(QPointF((width() - side) / 2.0 + ringWidth / 2.0, (height() - side) / 2.0 + ringWidth / 2.0),
                      QSizeF(side - ringWidth, side - ringWidth));

    const QPalette pal = palette();
    QColor track = pal.color(QPalette::WindowText);
    track.setAlphaF(0.18f);
    p.setPen(QPen(track, ringWidth, Qt::SolidLine, Qt::FlatCap));
    p.drawEllipse(ring);

    // The arc turns orange in the last fifth, so the room sees time running short from afar.
    const double f = fraction();
    QColor arc = pal.color(QPalette::Highlight);
    if (m_durationMs > 0 && f <= 0.2) {
        arc = QColor(0xE6, 0x7E, 0x00);
    }
    if (f > 0) {
        p.setPen(QPen(arc, ringWidth, Qt::SolidLine, Qt::RoundCap));
        p.drawArc(ring, 90 * 16, int(-360 * 16 * f));
    }

    QFont digits = font();
    digits.setBold(true);
    digits.setStyleHint(QFont::Monospace);
    digits.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Monospace")});
    digits.setPixelSize(std::max(8, int(side * 0.22)));
    p.setFont(digits);
    QColor textColor = pal.color(QPalette::WindowText);
    if (!m_running && m_remainingMs > 0 && m_remainingMs < m_durationMs) {
        textColor.setAlphaF(0.6f); // paused
    }
    p.setPen(textColor);
    p.drawText(rect(), Qt::AlignCenter, text());
}
