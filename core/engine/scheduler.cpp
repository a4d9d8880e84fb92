#include "scheduler.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcScheduler, "pingtool.engine.scheduler", QtWarningMsg)

namespace {
constexpr qint64 kStatsWindowMs = 60'000;
}

Scheduler::Scheduler(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    // One timer for all hosts: it may as well be precise (a coarse one fires up to 5% late).
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Scheduler::dispatch);
}

void Scheduler::setConcurrencyCap(int cap)
{
    m_cap = std::max(1, cap);
    rearm();
}

void Scheduler::schedule(qint64 hostId, const QDateTime &dueUtc)
{
    const qint64 now = m_clock->monotonicMs();
    const qint64 delay = dueUtc.isValid() ? m_clock->nowUtc().msecsTo(dueUtc) : 0;
    enqueue(hostId, now + std::max<qint64>(0, delay));
    rearm();
}

void Scheduler::scheduleInMs(qint64 hostId, qint64 delayMs)
{
    enqueue(hostId, m_clock->monotonicMs() + std::max<qint64>(0, delayMs));
    rearm();
}

void Scheduler::scheduleStartup(const QList<std::pair<qint64, QDateTime>> &hostsDue)
{
    const qint64 now = m_clock->monotonicMs();
    const QDateTime nowUtc = m_clock->nowUtc();
    QList<std::pair<QDateTime, qint64>> overdue;
    for (const auto &[id, due] : hostsDue) {
        if (due.isValid() && due > nowUtc)
            enqueue(id, now + nowUtc.msecsTo(due));
        else
            overdue.append({due, id});
    }
    // Most overdue first; never-scheduled (invalid) times sort first.
    std::stable_sort(overdue.begin(), overdue.end(), [](const auto &a, const auto &b) {
        if (a.first.isValid() != b.first.isValid())
            return !a.first.isValid();
        return a.first < b.first;
    });
    const qint64 window = checkIntervalMs(HostStatus::Up, m_lifecycle);
    const qint64 n = overdue.size();
    for (qint64 i = 0; i < n; ++i)
        enqueue(overdue.at(i).second, now + i * window / n);
    qCDebug(lcScheduler) << "start-up:" << n << "overdue hosts spread over" << window << "ms";
    rearm();
}

void Scheduler::scheduleStaggered(const QList<qint64> &hostIds)
{
    const qint64 now = m_clock->monotonicMs();
    const qint64 n = hostIds.size();
    const qint64 window
        = std::min(checkIntervalMs(HostStatus::New, m_lifecycle), n * kStaggerStepMs);
    for (qint64 i = 0; i < n; ++i)
        enqueue(hostIds.at(i), now + (n > 0 ? i * window / n : 0));
    rearm();
}

void Scheduler::checkNow(const QList<qint64> &hostIds)
{
    const qint64 now = m_clock->monotonicMs();
    for (qint64 id : hostIds) {
        if (m_running.contains(id) || m_urgentSince.contains(id))
            continue;
        unqueue(id);
        m_urgent.append(id);
        m_urgentSince.insert(id, now);
    }
    rearm();
}

void Scheduler::remove(qint64 hostId)
{
    unqueue(hostId);
    m_running.remove(hostId);
    rearm();
}

void Scheduler::clear()
{
    m_queue.clear();
    m_dueOf.clear();
    m_urgent.clear();
    m_urgentSince.clear();
    m_running.clear();
    m_timer.stop();
}

void Scheduler::finished(qint64 hostId)
{
    if (!m_running.remove(hostId))
        return;
    m_finishes.push_back(m_clock->monotonicMs());
    rearm();
}

bool Scheduler::isQueued(qint64 hostId) const
{
    return m_dueOf.contains(hostId) || m_urgentSince.contains(hostId);
}

qint64 Scheduler::dueMs(qint64 hostId) const
{
    if (m_urgentSince.contains(hostId))
        return m_urgentSince.value(hostId);
    return m_dueOf.value(hostId, -1);
}

void Scheduler::enqueue(qint64 hostId, qint64 dueMs)
{
    if (m_running.contains(hostId))
        return;
    if (m_urgentSince.contains(hostId))
        return; // already first in line
    unqueue(hostId);
    m_queue.insert({dueMs, hostId});
    m_dueOf.insert(hostId, dueMs);
}

void Scheduler::unqueue(qint64 hostId)
{
    if (const auto it = m_dueOf.constFind(hostId); it != m_dueOf.constEnd()) {
        m_queue.erase({it.value(), hostId});
        m_dueOf.erase(it);
    }
    if (m_urgentSince.remove(hostId))
        m_urgent.removeOne(hostId);
}

bool Scheduler::hasReady(qint64 nowMs) const
{
    return !m_urgent.isEmpty() || (!m_queue.empty() && m_queue.begin()->first <= nowMs);
}

void Scheduler::dispatch()
{
    int started = 0;
    while (started < m_startsPerTurn && int(m_running.size()) < m_cap) {
        const qint64 now = m_clock->monotonicMs();
        qint64 id = 0;
        qint64 lateness = 0;
        if (!m_urgent.isEmpty()) {
            id = m_urgent.takeFirst();
            lateness = now - m_urgentSince.take(id);
        } else if (!m_queue.empty() && m_queue.begin()->first <= now) {
            const auto [due, hostId] = *m_queue.begin();
            m_queue.erase(m_queue.begin());
            m_dueOf.remove(hostId);
            id = hostId;
            lateness = now - due;
        } else {
            break;
        }
        m_running.insert(id);
        lateness = std::max<qint64>(0, lateness);
        m_starts.emplace_back(now, lateness);
        ++m_latenessCounts[lateness < 1000 ? lateness : lateness / 10 * 10];
        ++started;
        emit startCheck(id);
    }
    rearm();
}

void Scheduler::rearm()
{
    const qint64 now = m_clock->monotonicMs();
    prune(now);
    if (int(m_running.size()) >= m_cap) {
        m_timer.stop(); // finished() re-arms
        return;
    }
    if (hasReady(now)) {
        if (!m_timer.isActive() || m_timer.remainingTime() > 0)
            m_timer.start(0); // the next event-loop turn
        return;
    }
    if (m_queue.empty()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = m_queue.begin()->first - now;
    m_timer.start(int(std::min<qint64>(wait, 24 * 3600 * 1000)));
}

void Scheduler::prune(qint64 nowMs) const
{
    while (!m_starts.empty() && m_starts.front().first < nowMs - kStatsWindowMs)
        m_starts.pop_front();
    while (!m_finishes.empty() && m_finishes.front() < nowMs - kStatsWindowMs)
        m_finishes.pop_front();
}

EngineStats Scheduler::stats() const
{
    const qint64 now = m_clock->monotonicMs();
    prune(now);
    EngineStats s;
    s.checksPerMinute = double(m_finishes.size());
    s.queueLength = queueLength();
    s.runningChecks = runningCount();
    s.concurrencyCap = m_cap;
    if (!m_starts.empty()) {
        std::vector<qint64> late;
        late.reserve(m_starts.size());
        for (const auto &[at, ms] : m_starts)
            late.push_back(ms);
        std::sort(late.begin(), late.end());
        const auto at = [&](double q) {
            return late[std::min(late.size() - 1, size_t(q * double(late.size() - 1) + 0.5))];
        };
        s.latenessP50Ms = at(0.50);
        s.latenessP99Ms = at(0.99);
        s.latenessMaxMs = late.back();
    }
    return s;
}

Scheduler::LatenessRecord Scheduler::latenessRecord() const
{
    LatenessRecord r;
    for (const auto &[ms, n] : m_latenessCounts) {
        r.starts += n;
        if (ms > 5000)
            r.over5s += n;
    }
    if (r.starts == 0)
        return r;
    r.maxMs = m_latenessCounts.rbegin()->first;
    const auto quantile = [&](double q) {
        const qint64 rank = qint64(q * double(r.starts - 1) + 0.5);
        qint64 seen = 0;
        for (const auto &[ms, n] : m_latenessCounts) {
            seen += n;
            if (seen > rank)
                return ms;
        }
        return r.maxMs;
    };
    r.p50Ms = quantile(0.50);
    r.p99Ms = quantile(0.99);
    return r;
}
