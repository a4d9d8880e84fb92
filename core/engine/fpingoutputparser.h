#pragma once

// FpingOutputParser: reads what `fping -C COUNT -q` prints for a batch of targets into one
// PingStats per target. Pure: no process, no clock.
//
//   127.0.0.1  : 0.04 0.05 - 0.05           a summary line: one value per request, '-' lost
//   127.0.0.1  : duplicate for [0], ...     a duplicate reply (not counted as received)
//   nosuch: Name or service not known       a name that could not be resolved

#include "pingoutputparser.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

struct FpingParseResult
{
    QHash<QString, PingStats> hosts; // by the target exactly as it was given to fping
    QStringList unresolved; // targets fping could not resolve
};

class FpingOutputParser
{
public:
    static FpingParseResult parse(const QByteArray &output);
};
