#include "TimerWidget.h"

#include "retro/AlarmSound.h"
#include "retro/RetroTimerCountdown.h"
#include "retro/TimerFace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int FlashStepMs = 250;
}

TimerWidget::TimerWidget(QWidget* parent)
    : QWidget(parent)
    , m_face(new TimerFace(this))
    , m_controls(new QWidget(this))
    , m_startPause(new QPushButton(m_controls))
    , m_addMinute(new QPushButton(tr("+1 min"), m_controls))
    , m_reset(new QPushButton(tr("Reset"), m_controls))
    , m_presetCombo(new QComboBox(m_controls))
    , m_alarm(new AlarmSound(this))
    , m_flashTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("timerWidget"));
    m_startPause->setObjectName(QStringLiteral("timerStartPauseButton"));
    m_addMinute->setObjectName(QStringLiteral("timerAddMinuteButton"));
    m_addMinute->setToolTip(tr("Add one minute"));
    m_reset->setObjectName(QStringLiteral("timerResetButton"));
    m_presetCombo->setObjectName(QStringLiteral("timerPresetCombo"));
    m_presetCombo->setToolTip(tr("Start the timer with a preset duration"));
    m_controls->setObjectName(QStringLiteral("timerControls"));

    auto* buttons = new QHBoxLayout(m_controls);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_startPause);
    buttons->addWidget(m_addMinute);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_presetCombo);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_face, 1);
    layout->addWidget(m_controls);

    connect(m_startPause, &QPushButton::clicked, this, &TimerWidget::startOrPause);
    connect(m_addMinute, &QPushButton::clicked, this, &TimerWidget::addMinute);
    connect(m_reset, &QPushButton::clicked, this, &TimerWidget::reset);
    connect(m_presetCombo, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        const int minutes = m_presetCombo->itemData(index).toInt();
        if (minutes > 0) {
            startPreset(minutes);
        }
    });
    m_flashTimer->setInterval(FlashStepMs);
    connect(m_flashTimer, &QTimer::timeout, this, &TimerWidget::flashStep);

    setPresetMinutes({1, 2, 3, 5, 10, 15});
    m_ownCountdown = new RetroTimerCountdown(nullptr, this);
    setCountdown(nullptr);
}

TimerWidget::~TimerWidget() = default;

void TimerWidget::setCountdown(Countdown* countdown)
{
    if (m_countdown) {
        disconnect(m_changedConnection);
        disconnect(m_expiredConnection);
    }
    m_countdown = countdown ? countdown : m_ownCountdown;
    m_changedConnection = connect(m_countdown, &Countdown::changed, this, &TimerWidget::refresh);
    m_expiredConnection = connect(m_countdown, &Countdown::expired, this, &TimerWidget::onExpired);
    stopFlash();
    refresh();
}

void TimerWidget::setPresetMinutes(const QList<int>& minutes)
{
    m_presets = minutes;
    m_presetCombo->clear();
    m_presetCombo->addItem(tr("Preset…"), 0);
    for (int m : minutes) {
        //: A timer preset in the retrospective timer, e.g. "5 min".
        m_presetCombo->addItem(tr("%n min", nullptr, m), m);
    }
}

void TimerWidget::setControlsVisible(bool visible)
{
    m_controls->setVisible(visible);
}

bool TimerWidget::isFlashing() const
{
    return m_flashTimer->isActive();
}

QColor TimerWidget::flashBackground()
{
    return {0xFF, 0xD4, 0x00};
}

QColor TimerWidget::flashForeground()
{
    return Qt::black;
}

void TimerWidget::startOrPause()
{
    stopFlash();
    Countdown* c = m_countdown;
    if (c->isRunning()) {
        c->pause();
    } else if (c->remainingMs() > 0 && !c->isExpired()) {
        if (c->remainingMs() == c->durationMs()) {
            c->start(c->durationMs());
        } else {
            c->resume();
        }
    } else {
        // Nothing left: start the last duration again (or five minutes).
        c->start(c->durationMs() > 0 ? c->durationMs() : 5 * 60 * 1000);
    }
}

void TimerWidget::addMinute()
{
    stopFlash();
    m_countdown->addMs(60 * 1000);
}

void TimerWidget::reset()
{
    stopFlash();
    m_countdown->reset();
}

void TimerWidget::startPreset(int minutes)
{
    stopFlash();
    m_countdown->start(qint64(minutes) * 60 * 1000);
    m_presetCombo->setCurrentIndex(0);
}

void TimerWidget::refresh()
{
    const Countdown* c = m_countdown;
    m_face->setTime(c->remainingMs(), c->durationMs(), c->isRunning());
    if (c->isRunning()) {
        m_startPause->setText(tr("Pause"));
    } else if (c->remainingMs() > 0 && c->remainingMs() < c->durationMs()) {
        m_startPause->setText(tr("Resume"));
    } else {
        m_startPause->setText(tr("Start"));
    }
    m_reset->setEnabled(c->durationMs() > 0);
}

void TimerWidget::onExpired()
{
    if (m_soundEnabled) {
        m_alarm->play();
    }
    m_flashStepsLeft = std::max(2, m_flashDurationMs / FlashStepMs);
    m_flashLit = true;
    applyFlashPalette();
    m_flashTimer->start();
    emit flashChanged(true);
    emit timeUp();
}

void TimerWidget::flashStep()
{
    if (--m_flashStepsLeft <= 0) {
        stopFlash();
        return;
    }
    m_flashLit = !m_flashLit;
    applyFlashPalette();
    emit flashChanged(m_flashLit);
}

void TimerWidget::stopFlash()
{
    const bool wasFlashing = m_flashTimer->isActive() || m_flashLit;
    m_flashTimer->stop();
    m_flashStepsLeft = 0;
    m_flashLit = false;
    applyFlashPalette();
    if (wasFlashing) {
        emit flashChanged(false);
    }
}

void TimerWidget::applyFlashPalette()
{
    if (m_flashLit) {
        QPalette pal = palette();
        pal.setColor(QPalette::Window, flashBackground());
        pal.setColor(QPalette::WindowText, flashForeground());
        m_face->setPalette(pal);
        m_face->setAutoFillBackground(true);
    } else {
        m_face->setPalette(QPalette());
        m_face->setAutoFillBackground(false);
    }
    m_face->update();
}
