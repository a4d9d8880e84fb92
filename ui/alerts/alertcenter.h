#pragma once

// AlertCenter: receives the engine's transitions, coalesces them (AlertCoalescer) over the
// configured window, honours "alerts off" and "mute for an hour", plays the sound, and emits
// one alert per window for the tray or the in-window banner.

#include "alertcoalescer.h"
#include "appsettings.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class AlertSound;

class AlertCenter : public QObject
{
    Q_OBJECT

public:
    explicit AlertCenter(QObject *parent = nullptr);
    ~AlertCenter() override;

    void setSettings(const AlertSettings &settings);
    AlertSettings settings() const { return m_settings; }

    void muteFor(qint64 seconds);
    void unmute();
    bool isMuted() const;
    QDateTime mutedUntilUtc() const { return m_mutedUntilUtc; }

public slots:
    void addTransitions(const QList<StatusTransition> &transitions);
    void flush(); // emits what is pending now (tests, quitting)

signals:
    void alert(const AlertMessage &message);
    void mutedChanged(bool muted);

private:
    void deliver();

    AlertSettings m_settings;
    AlertCoalescer m_coalescer;
    QElapsedTimer m_clock;
    QTimer m_windowTimer;
    QTimer m_muteTimer;
    QDateTime m_mutedUntilUtc;
    AlertSound *m_sound = nullptr;
};
