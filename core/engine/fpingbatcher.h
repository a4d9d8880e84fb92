#pragma once

// FpingBatcher: the batch ping backend. Checks hand it their address and get their outcome
// back; it gathers the addresses of checks due at about the same time into batches and checks
// each batch with ONE `fping -C COUNT -q` process (the same count, per-host interval and reply
// timeout as ping, the same "at least half" rule), instead of one `ping` process per host.
// Lives on the engine thread; callbacks run there.

#include "../enginesettings.h"
#include "../lifecycle.h"
#include "pingbackendchoice.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QTimer>

#include <deque>
#include <functional>

class FpingBatcher : public QObject
{
    Q_OBJECT

public:
    // Every fping process reads every echo reply that reaches the machine (a raw socket without
    // a filter), so each extra process costs CPU for all of them: few processes, each with a
    // batch as large as one round of requests sent within the per-host interval.
    static constexpr int kMaxProcesses = 4;
    static constexpr int kMinBatchHosts = 64;
    static constexpr int kMaxBatchHosts = 1024;
    // A batch waits this long for more due hosts before its process starts (unless full).
    static constexpr int kGatherMs = 250;
    // Time a process gets beyond its expected run time before it is killed.
    static constexpr int kKillMarginMs = 5000;

    using Ticket = quint64;
    using Done = std::function<void(const CheckOutcome &)>;

    explicit FpingBatcher(QObject *parent = nullptr);
    ~FpingBatcher() override;

    // Chooses the backend for these settings (PingBackendChoice); active when it is fping.
    void setSettings(const EngineSettings &settings);
    void setSettings(const EngineSettings &settings, const PingBackendChoice &choice);
    bool isActive() const { return m_choice.backend == PingBackendChoice::Backend::Fping; }
    const PingBackendChoice &choice() const { return m_choice; }

    // Queues address for the next batch; done(outcome) is called once, on this thread, from
    // the event loop, unless the ticket is cancelled first.
    Ticket request(const QString &address, Done done);
    void cancel(Ticket ticket);
    // Kills every running process and forgets every request; no callback runs afterwards.
    void cancelAll();

    static QStringList arguments(const EngineSettings &settings);
    static int hardTimeoutMs(const EngineSettings &settings, int targets);
    // fping's -i in ms: the setting, or automatic (0.1 ms as root, 1 ms otherwise).
    static double packetIntervalMs(const EngineSettings &settings);
    // Hosts per process: one round of requests fits in the per-host interval.
    static int batchHosts(const EngineSettings &settings);
    // Checks that can be in batches at once: the engine's concurrency cap with fping.
    static int maxChecksInFlight(const EngineSettings &settings)
    {
        return batchHosts(settings) * kMaxProcesses;
    }

    int runningProcesses() const { return int(m_running.size()); }
    qint64 batchesStarted() const { return m_batchesStarted; }

private:
    struct Request
    {
        Ticket ticket = 0;
        QString address;
    };
    struct Batch
    {
        QList<Request> requests;
        QByteArray output;
        bool killed = false;
    };

    void closeGathering();
    void startReady();
    void startBatch(const QList<Request> &requests);
    void onOutput(QProcess *process);
    void onProcessFinished(QProcess *process, int exitCode, QProcess::ExitStatus status);
    void onStartFailed(QProcess *process);
    void finishBatch(QProcess *process, const std::function<CheckOutcome(const Request &)> &of);
    void deliver(const QList<std::pair<Ticket, CheckOutcome>> &results);

    EngineSettings m_settings;
    PingBackendChoice m_choice;
    Ticket m_nextTicket = 1;
    QHash<Ticket, Done> m_callbacks; // live requests
    QList<Request> m_gathering; // the batch being filled
    std::deque<QList<Request>> m_ready; // closed batches waiting for a free process
    QHash<QProcess *, Batch> m_running;
    QTimer m_gatherTimer {this}; // a child, so it moves with us to the engine thread
    qint64 m_batchesStarted = 0;
};
