#pragma once

// AlertCoalescer: turns the engine's status transitions into few notifications. The first
// alerting transition opens a window (AlertSettings::coalesceWindowS); everything that arrives
// before it closes becomes ONE message ("5 hosts down: a, b, c and 2 more"). Pure logic with
// explicit times, so it is tested without timers or widgets.

#include "engine/enginetypes.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

struct AlertMessage
{
    QString title;
    QString body;
    int downCount = 0;
    int upCount = 0;
};

class AlertCoalescer
{
    Q_DECLARE_TR_FUNCTIONS(AlertCoalescer)

public:
    explicit AlertCoalescer(qint64 windowMs = 5000);
    void setWindowMs(qint64 windowMs) { m_windowMs = windowMs; }

    // Only Up -> Down and Down -> Up alert. Returns true when this call opened a window (the
    // caller arms a timer for dueAtMs()).
    bool add(const QList<StatusTransition> &transitions, qint64 nowMs);
    std::optional<qint64> dueAtMs() const;
    // The message of the window when it is due (or at once with force); nullopt when nothing
    // is due or every host is back where it started (a blip inside the window).
    std::optional<AlertMessage> take(qint64 nowMs, bool force = false);
    bool isPending() const { return !m_pending.isEmpty(); }

    static bool alerts(const StatusTransition &transition);
    static AlertMessage compose(
        const QList<StatusTransition> &down, const QList<StatusTransition> &up);
    // "a, b, c and 2 more"
    static QString nameList(const QList<StatusTransition> &transitions, int shown = 3);

private:
    struct Pending
    {
        StatusTransition first;
        StatusTransition last;
    };
    qint64 m_windowMs;
    std::optional<qint64> m_windowStartMs;
    QList<qint64> m_order; // host ids in the order they first changed
    QHash<qint64, Pending> m_pending;
};
