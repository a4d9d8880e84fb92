#include "lifecycle.h"

#include "clock.h"

#include <algorithm>

qint64 checkIntervalMs(HostStatus status, const LifecycleSettings &settings)
{
    const int seconds
        = status == HostStatus::Unknown ? settings.unknownIntervalS : settings.knownIntervalS;
    return qint64(std::max(1, seconds)) * 1000;
}

qint64 jitterBoundMs(qint64 intervalMs, const LifecycleSettings &settings)
{
    // The original: random jitter from 0 to max(10 s, interval / 10).
    const qint64 fraction = intervalMs * std::max(0, settings.jitterPercent) / 100;
    return std::max(qint64(std::max(0, settings.minJitterS)) * 1000, fraction);
}

HostStatus deriveStatus(bool lastCheckSucceeded, bool everSucceeded, int failedChecks,
    const LifecycleSettings &settings)
{
    if (lastCheckSucceeded)
        return HostStatus::Up;
    if (everSucceeded)
        return HostStatus::Down;
    if (failedChecks >= settings.failedChecksBeforeUnknown)
        return HostStatus::Unknown;
    return HostStatus::New;
}

LifecycleResult applyCheck(const HostState &current, const CheckOutcome &outcome,
    const QDateTime &nowUtc, const LifecycleSettings &settings, RandomSource &random)
{
    LifecycleResult result;
    HostState &next = result.state;
    next = current;
    const QDateTime now = nowUtc.toUTC();
    next.lastCheckedAt = now;

    switch (outcome.verdict) {
    case CheckVerdict::Alive:
        next.status = HostStatus::Up;
        next.failedChecks = 0;
        next.lastSuccessAt = now;
        next.proof = outcome.proof == Proof::None ? Proof::Ping : outcome.proof;
        next.lastRttMs = outcome.proof == Proof::Web ? std::nullopt : outcome.rttAvgMs;
        next.lastError.clear();
        if (current.status == HostStatus::Down)
            result.outage = OutageChange::Closed;
        break;
    case CheckVerdict::NoAnswer:
        next.failedChecks = current.failedChecks + 1;
        next.status = deriveStatus(false, current.everSucceeded(), next.failedChecks, settings);
        next.lastRttMs.reset();
        next.lastError.clear();
        if (current.status == HostStatus::Up && next.status == HostStatus::Down)
            result.outage = OutageChange::Opened;
        break;
    case CheckVerdict::Error:
        // The check could not run: nothing was learned about the host, so its status and its
        // streak of failures stay as they were; the error is shown on the host instead.
        next.lastError = outcome.error;
        break;
    }

    const qint64 interval = checkIntervalMs(next.status, settings);
    const qint64 jitter = random.uniformMs(jitterBoundMs(interval, settings));
    result.nextDelayMs
        = interval + std::clamp<qint64>(jitter, 0, jitterBoundMs(interval, settings));
    next.nextDueAt = now.addMSecs(result.nextDelayMs);
    return result;
}
