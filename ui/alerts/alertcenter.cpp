#include "alertcenter.h"

#include "alertsound.h"

AlertCenter::AlertCenter(QObject *parent)
    : QObject(parent)
    , m_sound(new AlertSound(this))
{
    m_clock.start();
    m_windowTimer.setSingleShot(true);
    connect(&m_windowTimer, &QTimer::timeout, this, &AlertCenter::deliver);
    m_muteTimer.setSingleShot(true);
    connect(&m_muteTimer, &QTimer::timeout, this, &AlertCenter::unmute);
    setSettings(m_settings);
}

AlertCenter::~AlertCenter() = default;

void AlertCenter::setSettings(const AlertSettings &settings)
{
    m_settings = settings;
    m_coalescer.setWindowMs(qint64(std::max(0, settings.coalesceWindowS)) * 1000);
}

void AlertCenter::muteFor(qint64 seconds)
{
    m_mutedUntilUtc = QDateTime::currentDateTimeUtc().addSecs(seconds);
    m_muteTimer.start(std::chrono::seconds(seconds));
    emit mutedChanged(true);
}

void AlertCenter::unmute()
{
    const bool was = isMuted();
    m_mutedUntilUtc = {};
    m_muteTimer.stop();
    if (was)
        emit mutedChanged(false);
}

bool AlertCenter::isMuted() const
{
    return m_mutedUntilUtc.isValid() && QDateTime::currentDateTimeUtc() < m_mutedUntilUtc;
}

void AlertCenter::addTransitions(const QList<StatusTransition> &transitions)
{
    if (!m_settings.enabled)
        return;
    if (m_coalescer.add(transitions, m_clock.elapsed())) {
        const qint64 due = *m_coalescer.dueAtMs() - m_clock.elapsed();
        m_windowTimer.start(std::chrono::milliseconds(std::max<qint64>(0, due)));
    }
}

void AlertCenter::flush()
{
    m_windowTimer.stop();
    if (auto message = m_coalescer.take(m_clock.elapsed(), true); message && !isMuted())
        emit alert(*message);
}

void AlertCenter::deliver()
{
    auto message = m_coalescer.take(m_clock.elapsed(), true);
    if (!message || isMuted() || !m_settings.enabled)
        return;
    if (m_settings.sound)
        m_sound->play();
    emit alert(*message);
}
