#pragma once

// MonitorEngine: the monitor itself. Lives on one thread (its own QThread under
// MonitorController, or the main thread for --check-once) and owns everything it touches
// there: the HostStore write connection (opened on that thread), the scheduler, the running
// checks and the network access manager. A finished check goes through the lifecycle rules
// into a pending batch; a batch is written in ONE transaction when it is full or old enough,
// then announced with hostsChanged() and transitions().
//
// Every public function must be called on the engine's thread (MonitorController queues).

#include "../clock.h"
#include "../enginesettings.h"
#include "../result.h"
#include "../store/hoststore.h"
#include "enginetypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

class Check;
class CheckFactory;
class FpingBatcher;
class QNetworkAccessManager;
class Scheduler;

class MonitorEngine : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        Monitor, // check every host again and again until shutdown()
        CheckOnce, // check every non-paused host once now, then emit roundFinished()
    };

    // How often the database is asked whether another process changed it.
    static constexpr int kExternalPollMs = 3000;
    static constexpr int kStatsIntervalMs = 1000;
    // Hourly check rollups older than the retention setting are deleted at start and then
    // this often, so the database stays bounded (outages are kept).
    static constexpr int kPruneIntervalMs = 3600 * 1000;
    // With a batch ping backend a check starts no process of its own, so many more run at
    // once and start per event-loop turn.
    static constexpr int kBatchedStartsPerTurn = 64;
    // When set, shutdown() writes the run's figures there as JSON (see bench/README.md).
    static constexpr const char *kStatsFileVariable = "PINGTOOL_STATS_FILE";

    explicit MonitorEngine(QObject *parent = nullptr);
    ~MonitorEngine() override;

    // Test seams; set before open(). Not owned.
    void setClock(Clock *clock);
    void setRandom(RandomSource *random);
    // Owned; the default pings (with web proof-of-life) every host.
    void setCheckFactory(std::unique_ptr<CheckFactory> factory);

    // Opens the database on this thread and starts. Emits started(hosts) or failed(error).
    void open(
        const QString &databasePath, const EngineSettings &settings, Mode mode = Mode::Monitor);
    // Cancels running checks, writes every pending result, closes the database.
    void shutdown();
    bool isOpen() const { return m_store != nullptr; }

    void addHost(const Host &host);
    void addHosts(const HostList &hosts);
    void updateHost(const Host &host);
    void removeHosts(const QList<qint64> &ids);
    void bulkUpdate(const QList<qint64> &ids, const BulkEdit &edit);
    void setPaused(const QList<qint64> &ids, bool paused);
    void checkNow(const QList<qint64> &ids);
    void applySettings(const EngineSettings &settings);
    // Re-reads the hosts and applies the difference (added, removed, edited) by id.
    void reloadHosts();

    // Writes the pending results now (normally the batch timer does).
    void flush();

    HostList hosts() const;
    EngineStats stats() const;
    int transactionsWritten() const { return m_transactions; }
    const Scheduler &scheduler() const { return *m_scheduler; }

signals:
    void started(const HostList &hosts);
    void failed(const Error &error);
    void hostAdded(const Host &host);
    void hostsChanged(const HostList &hosts);
    void hostsRemoved(const QList<qint64> &ids);
    void transitions(const QList<StatusTransition> &transitions);
    void statsChanged(const EngineStats &stats);
    // One per transaction of check results, with how many results it held.
    void batchWritten(int results);
    // CheckOnce mode: every host has been checked and every result written.
    void roundFinished();

private:
    void startCheck(qint64 hostId);
    void onCheckFinished(qint64 hostId, Check *check, const CheckOutcome &outcome);
    void cancelCheck(qint64 hostId);
    void dropPending(const QSet<qint64> &ids);
    void scheduleBatch();
    void pollExternalChanges();
    // The database file deleted or replaced while open: saved and reported (HostStore).
    void checkDatabaseFile();
    void finishRoundIfDone();
    void forget(const QList<qint64> &ids);
    void reportError(const Error &error);
    void writeStatsFile() const;
    void pruneHistory();

    Clock *m_clock;
    RandomSource *m_random;
    std::unique_ptr<CheckFactory> m_factory;
    std::unique_ptr<HostStore> m_store;
    EngineSettings m_settings;
    Mode m_mode = Mode::Monitor;
    Scheduler *m_scheduler;
    QNetworkAccessManager *m_network = nullptr;
    FpingBatcher *m_batcher; // a child; active when the settings choose fping
    qint64 m_checksFinished = 0;
    qint64 m_openedAtMs = 0;

    QHash<qint64, Host> m_hosts;
    QHash<qint64, Check *> m_checks; // running checks by host id

    QList<CheckRecord> m_pending; // results not yet written
    QList<qint64> m_pendingHosts; // hosts whose state changed since the last batch, in order
    QSet<qint64> m_pendingHostSet;
    QList<StatusTransition> m_pendingTransitions;
    QTimer m_batchTimer {this}; // a child, so it moves with us to the engine thread
    QTimer m_statsTimer {this}; // a child, so it moves with us to the engine thread
    QTimer m_externalTimer {this}; // a child, so it moves with us to the engine thread
    QTimer m_pruneTimer {this}; // a child, so it moves with us to the engine thread
    QSet<qint64> m_roundLeft; // CheckOnce: hosts still to be checked
    bool m_roundReported = false;
    int m_transactions = 0;
    QString m_lastWriteError; // the failed batch write last reported, until one succeeds
};
