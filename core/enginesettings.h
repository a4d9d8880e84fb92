#pragma once

// A value snapshot of every setting the monitor engine reads; passed across threads by value.

#include "lifecycle.h"

#include <QString>
#include <QStringList>

struct EngineSettings
{
    LifecycleSettings lifecycle;

    // Ping checker. An empty program means "ping" found on PATH. Empty arguments mean the
    // platform default built from the numbers below; otherwise each argument may hold the
    // placeholders {count}, {interval}, {timeout}, {deadline}; the address is always appended
    // after "--" as its own argument.
    QString pingProgram;
    QStringList pingArguments;
    int pingCount = 4;
    int pingIntervalMs = 200;
    int pingReplyTimeoutS = 1;
    int pingDeadlineS = 0; // 0 = derived from count, interval and reply timeout

    // auto: one fping process per batch of hosts when fping is installed and the ping program
    // and arguments are not customised; ping: one ping process per host; fping: fping when
    // installed, else ping (see PingBackendChoice).
    QString pingBackend = QStringLiteral("auto");
    QString fpingProgram; // empty = "fping" found on PATH
    // fping's -i: the gap between any two echo requests of one fping process. 0 = automatic:
    // 0.1 ms when running as root, else 1 ms, the least fping allows a user who is not root.
    double fpingPacketIntervalMs = 0;

    // Checks (ping processes) at once; never above what the open-file limit allows. 10,000
    // hosts a minute with a tenth silent (3 s each) keep about 150 busy; a full "check now"
    // round uses all of them.
    int maxConcurrentChecks = 512;

    // Web proof-of-life.
    int webTimeoutS = 10;
    bool webAcceptAny2xx = false; // default: only HTTP 200 proves life, as the original

    // Batching of results into one transaction.
    int batchMaxResults = 256;
    int batchMaxDelayMs = 250;

    // History: hourly check rollups older than this are deleted; outages are kept.
    int sampleRetentionDays = 90;
};
