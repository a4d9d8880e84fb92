#pragma once

// PingOutputParser: reads the summary of a finished `ping` (iputils, BusyBox, macOS/BSD and
// Windows English output) into counts and round-trip times. Pure: no process, no clock.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

struct PingStats
{
    int sent = 0;
    int received = 0; // distinct replies; duplicates are not counted here
    int duplicates = 0;
    std::optional<double> rttMinMs;
    std::optional<double> rttAvgMs;
    std::optional<double> rttMaxMs;
    // The ping program itself said the address cannot be reached (no route, network
    // unreachable, unknown host): the check ran and nothing answered.
    bool unreachable = false;

    // The original's rule: the host answers when at least half the requests come back.
    // (In 64 bits: a summary may claim two billion replies; found by fuzz_pingoutput.)
    bool answered() const { return sent > 0 && qint64(received) * 2 >= qint64(sent); }
};

struct PingParseResult
{
    std::optional<PingStats> stats; // empty: the output could not be read
    QString error; // with no stats: why (translated; it ends in ping's own first line)
};

class PingOutputParser
{
    Q_DECLARE_TR_FUNCTIONS(PingOutputParser)

public:
    static PingParseResult parse(const QByteArray &output);
};
