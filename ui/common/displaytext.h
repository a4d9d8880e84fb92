#pragma once

// Text forms of values shown to the user: local times, durations, manufacturer and proof names.

#include "host.h"

#include <QCoreApplication>
#include <QDateTime>

class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(DisplayText)

public:
    // A stored UTC time in the user's local time and the locale's format ("27.11.26 09:12:03";
    // "2026-11-27 09:12:03" under the C locale); "" when invalid.
    static QString localTime(const QDateTime &utc);
    // The local time of day in the locale's format: "09:12" or "09:12:03"; "" when invalid.
    static QString clockTime(const QDateTime &utc, bool withSeconds = false);
    // Short local time: "09:12" today, else "Mon 24 Nov 09:12".
    static QString shortLocalTime(const QDateTime &utc, const QDateTime &nowUtc);
    // "45 s", "12 min 03 s", "3 h 07 min", "2 d 4 h".
    static QString duration(qint64 seconds);
    static QString manufacturer(Manufacturer manufacturer);
    static QString proof(Proof proof); // "Ping", "Web", ""
    static QString roundTrip(const std::optional<double> &ms); // "0.42 ms", ""
};
