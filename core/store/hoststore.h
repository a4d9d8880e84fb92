#pragma once

// HostStore: the SQLite database of hosts, outages and hourly check rollups. One instance owns
// one QSqlDatabase connection and must be used only on the thread that opened it.

#include "../host.h"
#include "../lifecycle.h"
#include "../result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <optional>

struct OutageRecord
{
    qint64 id = 0;
    qint64 hostId = 0;
    QDateTime startedAt; // UTC
    QDateTime endedAt; // UTC; invalid while open, or when the end is unknown (legacy import)
    bool open = false;
};

// One check's result, ready to be written with many others in one transaction.
struct CheckRecord
{
    qint64 hostId = 0;
    HostState state; // the host's new state (from applyCheck)
    OutageChange outage = OutageChange::None;
    CheckOutcome outcome; // what the check saw, for the hourly rollup
};

struct StatusCounts
{
    int newCount = 0;
    int up = 0;
    int down = 0;
    int unknown = 0;
    int total() const { return newCount + up + down + unknown; }
};

struct DownHostRow
{
    Host host;
    std::optional<qint64> downtimeSeconds; // since last success; none for Unknown hosts
    int outagesToday = 0;
    int outagesThisWeek = 0; // Monday to Friday of the current week, local calendar
    QList<QDateTime> recentOutages; // UTC start times, newest first
};

struct DashboardQuery
{
    QDateTime nowUtc;
    QTimeZone localZone = QTimeZone::systemTimeZone(); // for "today" and "this week"
    bool includeUnknown = false;
    int recentOutageLimit = 5;
};

struct BulkEdit
{
    std::optional<Manufacturer> manufacturer;
    std::optional<QString> supplier;
    std::optional<QString> type;
};

class HostStore
{
    Q_DECLARE_TR_FUNCTIONS(HostStore)

public:
    static constexpr int kSchemaVersion = 2;

    struct Options
    {
        bool readOnly = false;
        int busyTimeoutMs = 5000;
    };

    // The default database: pingtool.sqlite in QStandardPaths::AppDataLocation.
    static QString defaultDatabasePath();

    // Opens (creating if absent) and migrates step by step. A file that is read-only, locked,
    // from a newer schema, or not a Pingtool SQLite database is refused with an Error naming
    // the file; it is never changed.
    static Result<std::unique_ptr<HostStore>> open(const QString &path, Options options);
    static Result<std::unique_ptr<HostStore>> open(const QString &path)
    {
        return open(path, Options {});
    }

    ~HostStore();
    HostStore(const HostStore &) = delete;
    HostStore &operator=(const HostStore &) = delete;

    QString path() const { return m_path; }
    int schemaVersion() const;

    // Hosts are validated by the caller (HostValidator); the store enforces only what SQL can.
    Result<qint64> addHost(const Host &host);
    Result<QList<qint64>> addHosts(const HostList &hosts); // one transaction
    Status updateHost(const Host &host); // the user's fields and paused; not the state
    Status removeHosts(const QList<qint64> &ids); // outages and rollups go with them
    Status bulkUpdate(const QList<qint64> &ids, const BulkEdit &edit);
    Status setPaused(const QList<qint64> &ids, bool paused);
    // The monitoring state of hosts without a check (e.g. "due now" after check-now or import).
    Status setNextDue(const QList<qint64> &ids, const QList<QDateTime> &nextDueUtc);

    Result<HostList> listHosts() const;
    Result<Host> host(qint64 id) const;
    Result<std::optional<Host>> hostByAddress(const QString &address) const;

    // Many results in ONE transaction: new states, outages opened/closed, hourly rollups.
    Status writeResults(const QList<CheckRecord> &records);

    // New hosts and updates of existing ones in ONE transaction. progress(done, total) is
    // called now and then; returning false cancels and rolls everything back.
    Status applyImport(const HostList &newHosts, const HostList &updatedHosts,
        const std::function<bool(int, int)> &progress = {}, QList<qint64> *newIds = nullptr);

    Result<StatusCounts> statusCounts() const;
    Result<QList<DownHostRow>> downHosts(const DashboardQuery &query) const;
    Result<QList<OutageRecord>> outages(qint64 hostId) const;
    Status addOutages(const QList<OutageRecord> &outages); // for imports of history

    // Rollups older than the cutoff are deleted; outages are kept.
    Status pruneHistory(const QDateTime &beforeUtc);

    // True when another connection (another process) changed the file since the last call.
    bool externallyChanged();

    // Whether the file this store opened is still the one at path(). A database deleted while
    // open lives on unseen (SQLite keeps writing to the unlinked file) and would be lost when
    // the program ends; one replaced by another file would have its data hidden. So: when the
    // file was deleted, the database is written back to its path from this connection
    // (VACUUM INTO) and the store goes on there; when another file took its place, that file
    // is left alone and the store goes on in a copy beside it. Returns a message for the user
    // when it did either (nullopt when the file is in place), an Error when it could not save.
    // Never inside a transaction. (POSIX only; elsewhere always nullopt.)
    Result<std::optional<QString>> ensureFileInPlace();

    // Runs body inside BEGIN IMMEDIATE ... COMMIT; rolls back when body fails.
    Status inTransaction(const std::function<Status()> &body);

    QSqlDatabase database() const;

private:
    HostStore(const QString &path, const QString &connectionName);
    Status initialize(const Options &options);
    Status reopenAt(const QString &path);
    void rememberFileIdentity();
    Status migrate(int from);
    Error sqlError(const class QSqlError &error, const QString &what) const;

    QString m_path;
    QString m_connectionName;
    int m_lastDataVersion = -1;
    int m_transactionDepth = 0;
    bool m_readOnly = false;
    // Device and inode of the opened file (0, 0 = unknown), for ensureFileInPlace().
    quint64 m_fileDevice = 0;
    quint64 m_fileInode = 0;
};
