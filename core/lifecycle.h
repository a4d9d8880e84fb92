#pragma once

// The original app's host lifecycle, exact, as a pure function of
// (state, check outcome, now, settings, random source).

#include "host.h"

class RandomSource;

enum class CheckVerdict {
    Alive, // ping answered (at least half the requests) or web proof-of-life succeeded
    NoAnswer, // the check ran and the host did not answer
    Error, // the check could not run (ping missing, crashed, unreadable output): no failure counted
};

struct CheckOutcome
{
    CheckVerdict verdict = CheckVerdict::NoAnswer;
    Proof proof = Proof::None; // with Alive: what proved it
    int sent = 0; // echo requests sent and replies received, when ping ran
    int received = 0;
    std::optional<double> rttMinMs;
    std::optional<double> rttAvgMs;
    std::optional<double> rttMaxMs;
    QString error; // with Error: what went wrong, translated, shown on the host

    static CheckOutcome alive(Proof proof, std::optional<double> rttMs = std::nullopt)
    {
        CheckOutcome o;
        o.verdict = CheckVerdict::Alive;
        o.proof = proof;
        o.rttAvgMs = rttMs;
        return o;
    }
    static CheckOutcome noAnswer()
    {
        CheckOutcome o;
        o.verdict = CheckVerdict::NoAnswer;
        return o;
    }
    static CheckOutcome failed(const QString &error)
    {
        CheckOutcome o;
        o.verdict = CheckVerdict::Error;
        o.error = error;
        return o;
    }
};

// Every number is a setting; these are the original's defaults.
struct LifecycleSettings
{
    int knownIntervalS = 60; // New, Up, Down
    int unknownIntervalS = 3600;
    int minJitterS = 10; // jitter is uniform in [0, max(minJitterS, interval * jitterPercent/100)]
    int jitterPercent = 10;
    int failedChecksBeforeUnknown = 4;
};

enum class OutageChange { None, Opened, Closed };

struct LifecycleResult
{
    HostState state; // the new state, nextDueAt included
    OutageChange outage = OutageChange::None;
    qint64 nextDelayMs = 0; // interval + jitter, from now
};

qint64 checkIntervalMs(HostStatus status, const LifecycleSettings &settings);
qint64 jitterBoundMs(qint64 intervalMs, const LifecycleSettings &settings);

LifecycleResult applyCheck(const HostState &current, const CheckOutcome &outcome,
    const QDateTime &nowUtc, const LifecycleSettings &settings, RandomSource &random);

// Status the original derives from stored facts (used for imports and sanity on load).
HostStatus deriveStatus(bool lastCheckSucceeded, bool everSucceeded, int failedChecks,
    const LifecycleSettings &settings);
