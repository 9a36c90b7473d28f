#include "AlarmSound.h"

#include <QApplication>
#include <QUrl>

#ifdef KINTSUGI_HAVE_MULTIMEDIA
#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>
#endif

namespace {
bool s_muted = false;
}

AlarmSound::AlarmSound(QObject* parent)
    : QObject(parent)
{
}

void AlarmSound::setMuted(bool muted)
{
    s_muted = muted;
}

bool AlarmSound::isMuted()
{
    return s_muted || qEnvironmentVariableIntValue("KINTSUGI_MUTE") != 0;
}

bool AlarmSound::prepareChime()
{
#ifdef KINTSUGI_HAVE_MULTIMEDIA
    if (!m_probed) {
        m_probed = true;
        // Looking for outputs first: without a device QSoundEffect would only report an error later.
        const QAudioDevice device = QMediaDevices::defaultAudioOutput();
        if (!device.isNull()) {
            m_effect = new QSoundEffect(device, this);
            m_effect->setSource(QUrl(QStringLiteral("qrc:/sounds/timer-end.wav")));
            m_effect->setVolume(0.9f);
        }
    }
    return m_effect && m_effect->status() != QSoundEffect::Error;
#else
    return false;
#endif
}

void AlarmSound::play()
{
    ++m_playCount;
    if (isMuted()) {
        m_lastOutput = Output::None;
        emit played(m_lastOutput);
        return;
    }
    if (prepareChime()) {
#ifdef KINTSUGI_HAVE_MULTIMEDIA
        m_effect->play();
#endif
        m_lastOutput = Output::Chime;
    } else {
        QApplication::beep();
        m_lastOutput = Output::Bell;
    }
    emit played(m_lastOutput);
}
