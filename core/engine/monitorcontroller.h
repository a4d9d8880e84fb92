#pragma once

// MonitorController: the handle that other threads (the GUI, headless main) hold. It owns the
// engine's QThread and forwards every request to the engine through queued invocations; it
// never blocks on a process, a socket or a commit.
//
// CONTRACT shared by the engine and the UI. The engine may add to it; it must not break it.

#include "../enginesettings.h"
#include "../result.h"
#include "enginetypes.h"

#include <QObject>

#include <functional>

class QThread;
class MonitorEngine;

class MonitorController : public QObject
{
    Q_OBJECT

public:
    explicit MonitorController(QObject *parent = nullptr);
    ~MonitorController() override; // stops the engine (flushing results) if still running

    // Opens the database on the engine thread (HostStore, write connection) and starts
    // monitoring. Emits started(hosts) or failed(error).
    void start(const QString &databasePath, const EngineSettings &settings);
    // Finishes or cancels running checks, flushes pending results, stops the thread. Blocks
    // until done (bounded); emits stopped().
    void stop();
    bool isRunning() const;

    // All asynchronous; results arrive through the signals below.
    void addHost(const Host &host); // validated by the caller; checked at once -> hostAdded
    void addHosts(const HostList &hosts); // staggered first checks -> hostAdded per host
    void updateHost(const Host &host); // user fields -> hostsChanged
    void removeHosts(const QList<qint64> &ids); // cancels in-flight checks -> hostsRemoved
    void bulkUpdate(const QList<qint64> &ids, const struct BulkEdit &edit); // -> hostsChanged
    void setPaused(const QList<qint64> &ids, bool paused); // -> hostsChanged
    void checkNow(const QList<qint64> &ids); // jumps the queue
    void applySettings(const EngineSettings &settings);
    // Re-reads hosts from the database (after an import through another connection).
    void reloadHosts();

signals:
    void started(const HostList &hosts);
    void failed(const Error &error); // e.g. database could not be opened or written
    void hostAdded(const Host &host);
    void hostsChanged(const HostList &hosts); // one signal per batch: the changed hosts' state
    void hostsRemoved(const QList<qint64> &ids);
    void transitions(const QList<StatusTransition> &transitions); // per batch, for alerts
    void statsChanged(const EngineStats &stats); // about once a second
    void stopped();
    // Added by the engine: one per transaction of check results, with how many it held.
    void batchWritten(int results);

private:
    // Runs call on the engine's thread, queued.
    void post(std::function<void(MonitorEngine *)> call);

    QThread *m_thread = nullptr;
    MonitorEngine *m_engine = nullptr;
};
