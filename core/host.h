#pragma once

// The Host value type: what the administrator entered and what monitoring has learned.

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

enum class HostStatus { New = 0, Up = 1, Down = 2, Unknown = 3 };

enum class Manufacturer { Draytek, Mikrotik, TpLink, Other };

// How life was last proven.
enum class Proof { None, Ping, Web };

// Stable text forms, used in the database, JSON and CSV (never translated).
QString statusName(HostStatus status);
std::optional<HostStatus> statusFromName(const QString &name);
QString manufacturerName(Manufacturer manufacturer);
// Accepts any case and common spellings ("tp-link", "TPLink", "Omada", "mikrotik").
std::optional<Manufacturer> manufacturerFromName(const QString &name);
QList<Manufacturer> allManufacturers();
QString proofName(Proof proof); // "ping", "web" or "" for None
Proof proofFromName(const QString &name);

// Monitoring state, kept in the database so a restart forgets nothing.
struct HostState
{
    HostStatus status = HostStatus::New;
    int failedChecks = 0; // consecutive failed checks
    QDateTime lastCheckedAt; // UTC; invalid = never
    QDateTime lastSuccessAt; // UTC; invalid = never succeeded
    QDateTime nextDueAt; // UTC; invalid = due at once
    std::optional<double> lastRttMs;
    Proof proof = Proof::None;
    QString
        lastError; // the last check could not run ("ping program not found: ..."); empty if it ran

    bool everSucceeded() const { return lastSuccessAt.isValid(); }
    friend bool operator==(const HostState &a, const HostState &b);
    friend bool operator!=(const HostState &a, const HostState &b) { return !(a == b); }
};

struct Host
{
    qint64 id = 0; // 0 = not stored yet
    QString name;
    QString address;
    Manufacturer manufacturer = Manufacturer::Other;
    QString supplier;
    QString type;
    QString postCode;
    QString webUrl;
    bool paused = false;
    HostState state;

    friend bool operator==(const Host &a, const Host &b);
    friend bool operator!=(const Host &a, const Host &b) { return !(a == b); }
};

using HostList = QList<Host>;

// UTC ISO-8601 with seconds and a 'Z', the one text form of a time in storage and JSON.
QString toIsoUtc(const QDateTime &time);
QDateTime fromIsoUtc(const QString &text);

Q_DECLARE_METATYPE(Host)
Q_DECLARE_METATYPE(HostState)
Q_DECLARE_METATYPE(HostStatus)
