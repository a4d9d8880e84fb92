#pragma once

// Helpers of the reliability tests: a pingtool child process that can be killed, fake ping
// programs, settings files, bulk host creation and read-only looks at a database file.

#include "enginesettings.h"
#include "host.h"

#include <QDateTime>
#include <QHash>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace Reliability {

// A fake ping (iputils output, no traffic at all). Every host whose address ends in an octet
// listed in downFile's text (one per line; file missing = none) does not answer; the rest do.
QByteArray switchablePingScript(const QString &downFile);
// A fake ping whose hosts go up and down by themselves: the last octet and the time (in 2 s
// slots) decide, so a busy database sees outages open and close all the time.
QByteArray flappingPingScript();

// A fake ping where every host answers, and each finished check appends one line to logFile:
// the number of checks that ran, to compare with the results stored.
QByteArray countingPingScript(const QString &logFile);
int lineCount(const QString &file);

// Writes an INI settings file for pingtool --settings: the given engine settings.
QString writeSettings(const QString &iniPath, const EngineSettings &settings);
// Short intervals (5 s, the minimum), small jitter, quick batches: a busy monitor.
EngineSettings busySettings(const QString &pingProgram);

// Adds hosts named host-N with addresses 127.<a>.<b>.<c> (loopback only), in one transaction.
QList<qint64> addLoopbackHosts(const QString &databasePath, int count, int firstIndex = 0);
QString loopbackAddress(int index);

// A running `pingtool` child. Never outlives the object: the destructor kills it.
class PingtoolProcess
{
public:
    PingtoolProcess();
    ~PingtoolProcess();
    void start(const QStringList &arguments, const QStringList &wrapper = {});
    // Waits until stderr holds `text` (or the process ended, or timeoutMs passed).
    bool waitForStderr(const QString &text, int timeoutMs);
    void sigkill(); // SIGKILL and reap
    int sigterm(int timeoutMs = 30000); // SIGTERM, wait; the exit code, -1 on crash/timeout
    bool finish(int timeoutMs);
    QString stderrText();
    QString stdoutText();
    QProcess &process() { return *m_process; }
    qint64 pid() const { return m_process->processId(); }

private:
    std::unique_ptr<QProcess> m_process;
    QByteArray m_err;
    QByteArray m_out;
};

// What a reader sees in the database file (a fresh read-only connection each time).
struct HostRow
{
    QString status;
    int failedChecks = 0;
    QDateTime lastCheckedAt;
    QDateTime nextDueAt;
    QString lastError;
};

struct Snapshot
{
    bool ok = false;
    QString error;
    QHash<qint64, HostRow> hosts;
    qint64 checks = 0; // sum of check_rollups.checks
    int outages = 0;
    int openOutages = 0;
};

Snapshot snapshot(const QString &databasePath);
// Whether another connection holds the write lock right now (in a write transaction). Asks
// without waiting; if the lock was free it is released at once.
bool writeLockHeld(const QString &databasePath);
// PRAGMA integrity_check: "ok" or what is wrong.
QString integrityCheck(const QString &databasePath);
// Outage invariants: a host is Down exactly when it has one open outage; an ended outage ends
// after it started. Empty when they hold, else what is wrong.
QString outageInvariantViolation(const QString &databasePath);
// Runs a query on a fresh connection and returns the first column of the first row.
QVariant scalar(const QString &databasePath, const QString &sql);

} // namespace Reliability
