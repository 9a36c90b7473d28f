#pragma once

#include "retro/Countdown.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class AlarmSound;
class QComboBox;
class QLabel;
class QPushButton;
class QTimer;
class TimerFace;

// A countdown for a phase or a topic: a progress ring with mm:ss, start/pause/resume, +1 minute,
// reset and presets. When the time runs out it plays the chime (or the bell) and flashes its
// background for a few seconds; flashChanged() lets a presenter window flash along.
class TimerWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TimerWidget(QWidget* parent = nullptr);
    ~TimerWidget() override;

    // The countdown shown and driven; not owned. Without one the widget uses a RetroTimer of its own.
    void setCountdown(Countdown* countdown);
    Countdown* countdown() const { return m_countdown; }

    void setPresetMinutes(const QList<int>& minutes);
    QList<int> presetMinutes() const { return m_presets; }
    // Hides the buttons (the presenter shows the face only; the facilitator drives it).
    void setControlsVisible(bool visible);

    // Off for a second view of the same countdown (the presenter), so the room hears it once.
    void setSoundEnabled(bool enabled) { m_soundEnabled = enabled; }
    bool isSoundEnabled() const { return m_soundEnabled; }

    void setFlashDuration(int ms) { m_flashDurationMs = ms; }
    bool isFlashing() const;
    bool isFlashLit() const { return m_flashLit; }

    TimerFace* face() const { return m_face; }
    AlarmSound* alarm() const { return m_alarm; }

    // Colours of a lit flash (bright yellow, black text: visible from the back of a room).
    static QColor flashBackground();
    static QColor flashForeground();

public slots:
    void startOrPause();
    void addMinute();
    void reset();
    void startPreset(int minutes);

signals:
    // Each toggle of the end-of-time flash; lit = false when it ends.
    void flashChanged(bool lit);
    // The time ran out (after the sound was started).
    void timeUp();

private:
    void refresh();
    void onExpired();
    void flashStep();
    void stopFlash();
    void applyFlashPalette();

    QPointer<Countdown> m_countdown;
    Countdown* m_ownCountdown = nullptr;
    TimerFace* m_face;
    QWidget* m_controls;
    QPushButton* m_startPause;
    QPushButton* m_addMinute;
    QPushButton* m_reset;
    QComboBox* m_presetCombo;
    AlarmSound* m_alarm;
    QTimer* m_flashTimer;
    QList<int> m_presets;
    QMetaObject::Connection m_changedConnection;
    QMetaObject::Connection m_expiredConnection;
    int m_flashDurationMs = 4000;
    int m_flashStepsLeft = 0;
    bool m_flashLit = false;
    bool m_soundEnabled = true;
};
