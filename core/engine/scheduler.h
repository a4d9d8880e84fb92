#pragma once

// Scheduler: when each host's next check runs. Due checks wait in one queue ordered by due
// time, ONE QTimer is armed for the earliest, at most concurrencyCap() checks run at once,
// and checks are started a few per event-loop turn so a crowd of due hosts never stalls the
// thread. "Check now" jumps the queue. Times are monotonic milliseconds from the injected
// Clock, so tests move time by hand and call dispatch().
//
// The scheduler does not run checks: it emits startCheck(id) and is told finished(id).

#include "../clock.h"
#include "../lifecycle.h"
#include "enginetypes.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <deque>
#include <map>
#include <set>
#include <utility>

class Scheduler : public QObject
{
    Q_OBJECT

public:
    // Starting hundreds of processes in one go stalls the loop (measured: 70 ms for 512,
    // 4 ms in bursts of 4), so at most this many start per event-loop turn.
    static constexpr int kStartsPerTurn = 4;
    // Lateness over the whole run (since the scheduler was made), for benchmarks and logs.
    struct LatenessRecord
    {
        qint64 starts = 0;
        qint64 over5s = 0; // started more than 5 s after their due time
        qint64 p50Ms = 0;
        qint64 p99Ms = 0;
        qint64 maxMs = 0;
    };
    // A bulk add is staggered at least this far apart, over at most one known interval.
    static constexpr qint64 kStaggerStepMs = 100;

    explicit Scheduler(Clock *clock, QObject *parent = nullptr);

    void setConcurrencyCap(int cap);
    int concurrencyCap() const { return m_cap; }
    void setLifecycle(const LifecycleSettings &settings) { m_lifecycle = settings; }
    // How many checks start per event-loop turn (default kStartsPerTurn). Raise it only for
    // checks that start no process of their own (a batch backend queues them).
    void setStartsPerTurn(int starts) { m_startsPerTurn = std::max(1, starts); }
    int startsPerTurn() const { return m_startsPerTurn; }

    // Puts a host in the queue (or moves it) for dueUtc; an invalid time means "due now".
    // Ignored for a running host: the caller schedules it when its check finishes.
    void schedule(qint64 hostId, const QDateTime &dueUtc);
    void scheduleInMs(qint64 hostId, qint64 delayMs);
    // At start-up: hosts due in the future keep their time; overdue hosts, most overdue
    // first, get their first checks spread evenly over one known interval.
    void scheduleStartup(const QList<std::pair<qint64, QDateTime>> &hostsDue);
    // A bulk add: first checks spread kStaggerStepMs apart, over at most one known interval.
    void scheduleStaggered(const QList<qint64> &hostIds);
    // Check these hosts before anything else (running ones are left to finish).
    void checkNow(const QList<qint64> &hostIds);
    // Forgets a host: out of the queue and, if running, its slot is freed (the caller
    // cancels the check and drops its result).
    void remove(qint64 hostId);
    void clear();
    // A check ended; frees its slot. The caller schedules the next check.
    void finished(qint64 hostId);

    bool isQueued(qint64 hostId) const;
    bool isRunning(qint64 hostId) const { return m_running.contains(hostId); }
    int queueLength() const { return int(m_dueOf.size() + m_urgent.size()); }
    int runningCount() const { return int(m_running.size()); }
    QSet<qint64> runningHosts() const { return m_running; }
    // Monotonic due time of a queued host (-1 when not queued), for tests and diagnostics.
    qint64 dueMs(qint64 hostId) const;
    // Checks per minute, queue length, running checks and lateness over the last minute.
    EngineStats stats() const;
    // Lateness (due -> started) of every start since construction.
    LatenessRecord latenessRecord() const;

public slots:
    // Starts up to kStartsPerTurn due checks within the cap, then re-arms the timer: at once
    // (next turn) when more are due, else for the earliest due time.
    void dispatch();

signals:
    void startCheck(qint64 hostId);

private:
    void enqueue(qint64 hostId, qint64 dueMs);
    void unqueue(qint64 hostId);
    void rearm();
    bool hasReady(qint64 nowMs) const;
    void prune(qint64 nowMs) const;

    Clock *m_clock;
    LifecycleSettings m_lifecycle;
    int m_cap = 128;
    int m_startsPerTurn = kStartsPerTurn;
    QTimer m_timer {this}; // a child, so it moves with us to the engine thread

    std::set<std::pair<qint64, qint64>> m_queue; // (due ms, host id), earliest first
    QHash<qint64, qint64> m_dueOf; // host id -> due ms, for hosts in m_queue
    QList<qint64> m_urgent; // check-now, in request order
    QHash<qint64, qint64> m_urgentSince; // host id -> when check-now was asked
    QSet<qint64> m_running;

    // (start ms, lateness ms) and finish times over the last minute, for stats().
    mutable std::deque<std::pair<qint64, qint64>> m_starts;
    mutable std::deque<qint64> m_finishes;
    // Every start's lateness as a histogram: exact below 1 s, 10 ms buckets above, so a long
    // run stays a few thousand entries.
    std::map<qint64, qint64> m_latenessCounts;
};
