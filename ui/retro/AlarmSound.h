#pragma once

#include <QObject>

class QSoundEffect;

// The end-of-time signal a room notices: the shipped chime through Qt Multimedia when an audio
// output exists, otherwise the system bell. Never blocks: with no audio device (a headless CI
// machine, no PulseAudio) it rings the bell, which is silent there.
class AlarmSound : public QObject
{
    Q_OBJECT

public:
    enum class Output {
        None,  // not played yet, or muted
        Chime, // the WAV through QSoundEffect
        Bell,  // QApplication::beep()
    };

    explicit AlarmSound(QObject* parent = nullptr);

    void play();
    Output lastOutput() const { return m_lastOutput; }
    int playCount() const { return m_playCount; }

    // Process-wide: tests mute the sound (also with the environment variable KINTSUGI_MUTE=1), so
    // the suite neither probes audio devices nor makes noise.
    static void setMuted(bool muted);
    static bool isMuted();

signals:
    void played(AlarmSound::Output output);

private:
    bool prepareChime();

    QSoundEffect* m_effect = nullptr;
    bool m_probed = false;
    Output m_lastOutput = Output::None;
    int m_playCount = 0;
};
