#include "PhaseStepper.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

PhaseStepper::PhaseStepper(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("phaseStepper"));
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAttribute(Qt::WA_Hover);
}

void PhaseStepper::setSteps(const QStringList& labels)
{
    m_steps = labels;
    m_current = std::clamp(m_current, 0, std::max(0, count() - 1));
    updateGeometry();
    updateAccessibleText();
    update();
}

void PhaseStepper::setCurrentIndex(int index)
{
    index = std::clamp(index, 0, std::max(0, count() - 1));
    if (index == m_current) {
        return;
    }
    m_current = index;
    updateAccessibleText();
    update();
}

int PhaseStepper::circleDiameter() const
{
    return fontMetrics().height() * 2;
}

QSize PhaseStepper::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    int width = 0;
    for (const QString& label : m_steps) {
        width += std::max(fm.horizontalAdvance(label), circleDiameter()) + fm.height();
    }
    return {std::max(width, 100), circleDiameter() + fm.height() * 2 + 8 + 3 * std::max(2, circleDiameter() / 12)};
}

QSize PhaseStepper::minimumSizeHint() const
{
    return {circleDiameter() * std::max(1, count()), sizeHint().height()};
}

QRect PhaseStepper::stepRect(int index) const
{
    if (index < 0 || index >= count()) {
        return {};
    }
    const int slot = width() / count();
    return {index * slot, 0, slot, height()};
}

int PhaseStepper::stepAt(const QPoint& pos) const
{
    for (int i = 0; i < count(); ++i) {
        if (stepRect(i).contains(pos)) {
            return i;
        }
    }
    return -1;
}

void PhaseStepper::paintEvent(QPaintEvent*)
{
    if (m_steps.isEmpty()) {
        return;
    }
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor accent = pal.color(QPalette::Highlight);
    const QColor onAccent = pal.color(QPalette::HighlightedText);
    const QColor text = pal.color(QPalette::WindowText);
    QColor muted = text;
    muted.setAlphaF(0.55f);

    const int d = circleDiameter();
    const int pen = std::max(2, d / 12);
    const int top = 3 * pen; // room for the current step's halo
    const int lineY = top + d / 2;

    // The connecting line: done part in the accent colour, the rest muted.
    for (int i = 0; i + 1 < count(); ++i) {
        const int x1 = stepRect(i).center().x() + d / 2;
        const int x2 = stepRect(i + 1).center().x() - d / 2;
        p.setPen(QPen(i < m_current ? accent : muted, pen));
        p.drawLine(x1 + pen, lineY, x2 - pen, lineY);
    }

    QFont numberFont = font();
    numberFont.setBold(true);
    for (int i = 0; i < count(); ++i) {
        const QRect slot = stepRect(i);
        const QRect circle(slot.center().x() - d / 2, top, d, d);
        const bool done = i < m_current;
        const bool current = i == m_current;
        if (current) {
            // A halo around the current step: visible without relying on colour alone.
            p.setPen(QPen(accent, pen));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(circle.adjusted(-pen * 2, -pen * 2, pen * 2, pen * 2));
        }
        if (done || current) {
            p.setPen(Qt::NoPen);
            p.setBrush(accent);
        } else {
            p.setPen(QPen(muted, pen));
            p.setBrush(Qt::NoBrush);
        }
        p.drawEllipse(circle.adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2));

        p.setFont(numberFont);
        if (done) {
            // A check mark.
            QPainterPath check;
            check.moveTo(circle.left() + d * 0.28, circle.top() + d * 0.52);
            check.lineTo(circle.left() + d * 0.44, circle.top() + d * 0.68);
            check.lineTo(circle.left() + d * 0.74, circle.top() + d * 0.34);
            p.setPen(QPen(onAccent, pen * 1.3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.setBrush(Qt::NoBrush);
            p.drawPath(check);
        } else {
            p.setPen(current ? onAccent : muted);
            p.drawText(circle, Qt::AlignCenter, QString::number(i + 1));
        }

        QFont labelFont = font();
        labelFont.setBold(current);
        labelFont.setUnderline(current && hasFocus());
        p.setFont(labelFont);
        p.setPen(current || done ? text : muted);
        const QRect labelRect(slot.left() + 2, circle.bottom() + 6, slot.width() - 4, height() - circle.bottom() - 6);
        const QString label = QFontMetrics(labelFont).elidedText(m_steps.at(i), Qt::ElideRight, labelRect.width());
        p.drawText(labelRect, Qt::AlignHCenter | Qt::AlignTop, label);
    }
}

void PhaseStepper::mousePressEvent(QMouseEvent* event)
{
    const int step = stepAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && step >= 0) {
        emit stepRequested(step);
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void PhaseStepper::keyPressEvent(QKeyEvent* event)
{
    int target = -1;
    switch (event->key()) {
    case Qt::Key_Left:
        target = m_current - 1;
        break;
    case Qt::Key_Right:
        target = m_current + 1;
        break;
    case Qt::Key_Home:
        target = 0;
        break;
    case Qt::Key_End:
        target = count() - 1;
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    if (target >= 0 && target < count() && target != m_current) {
        emit stepRequested(target);
    }
    event->accept();
}

bool PhaseStepper::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int step = stepAt(help->pos());
        if (step >= 0) {
            QToolTip::showText(help->globalPos(), m_steps.at(step), this, stepRect(step));
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut) {
        update();
    }
    return QWidget::event(event);
}

void PhaseStepper::updateAccessibleText()
{
    if (m_steps.isEmpty()) {
        setAccessibleName(tr("Phases"));
        return;
    }
    //: Accessible name of the retrospective phase stepper: "Phase 2 of 7: Collect".
    setAccessibleName(tr("Phase %1 of %2: %3").arg(m_current + 1).arg(count()).arg(m_steps.at(m_current)));
}
