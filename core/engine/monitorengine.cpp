#include "monitorengine.h"

#include "check.h"
#include "checkfactory.h"
#include "concurrencylimit.h"
#include "enginecounters.h"
#include "fpingbatcher.h"
#include "scheduler.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

Q_LOGGING_CATEGORY(lcEngine, "pingtool.engine", QtWarningMsg)

namespace {

bool sameUserFields(const Host &a, const Host &b)
{
    return a.name == b.name && a.address == b.address && a.manufacturer == b.manufacturer
        && a.supplier == b.supplier && a.type == b.type && a.postCode == b.postCode
        && a.webUrl == b.webUrl && a.paused == b.paused;
}

// The user's fields of `from` with the monitoring state of `into`.
Host withUserFields(Host into, const Host &from)
{
    const HostState state = into.state;
    const qint64 id = into.id;
    into = from;
    into.id = id;
    into.state = state;
    return into;
}

// A stored due time further ahead than the host's longest delay (interval + jitter) was written
// under a clock that has since gone back (or was wrong): the host counts as overdue instead of
// waiting for it.
QDateTime trustedDue(const HostState &state, const QDateTime &nowUtc, const LifecycleSettings &s)
{
    if (!state.nextDueAt.isValid())
        return {};
    const qint64 interval = checkIntervalMs(state.status, s);
    if (nowUtc.msecsTo(state.nextDueAt) > interval + jitterBoundMs(interval, s))
        return {};
    return state.nextDueAt;
}

} // namespace

MonitorEngine::MonitorEngine(QObject *parent)
    : QObject(parent)
    , m_clock(SystemClock::instance())
    , m_random(SystemRandom::instance())
    , m_scheduler(new Scheduler(m_clock, this))
    , m_batcher(new FpingBatcher(this))
{
    connect(m_scheduler, &Scheduler::startCheck, this, &MonitorEngine::startCheck);
    m_batchTimer.setSingleShot(true);
    connect(&m_batchTimer, &QTimer::timeout, this, &MonitorEngine::flush);
    connect(&m_statsTimer, &QTimer::timeout, this, [this] { emit statsChanged(stats()); });
    connect(&m_externalTimer, &QTimer::timeout, this, &MonitorEngine::pollExternalChanges);
    connect(&m_pruneTimer, &QTimer::timeout, this, &MonitorEngine::pruneHistory);
}

MonitorEngine::~MonitorEngine()
{
    shutdown();
}

void MonitorEngine::setClock(Clock *clock)
{
    m_clock = clock;
    delete m_scheduler;
    m_scheduler = new Scheduler(m_clock, this);
    connect(m_scheduler, &Scheduler::startCheck, this, &MonitorEngine::startCheck);
}

void MonitorEngine::setRandom(RandomSource *random)
{
    m_random = random;
}

void MonitorEngine::setCheckFactory(std::unique_ptr<CheckFactory> factory)
{
    m_factory = std::move(factory);
}

void MonitorEngine::open(const QString &databasePath, const EngineSettings &settings, Mode mode)
{
    if (m_store)
        shutdown();
    m_mode = mode;
    Result<std::unique_ptr<HostStore>> store = HostStore::open(databasePath);
    if (!store) {
        reportError(store.error());
        return;
    }
    Result<HostList> hosts = store.value()->listHosts();
    if (!hosts) {
        reportError(hosts.error());
        return;
    }
    m_store = std::move(store).value();
    m_store->externallyChanged(); // the baseline for later polls

    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    if (!m_factory)
        m_factory = std::make_unique<DefaultCheckFactory>(settings, m_network, m_batcher);
    m_openedAtMs = m_clock->monotonicMs();
    m_checksFinished = 0;
    applySettings(settings);

    m_hosts.clear();
    QList<std::pair<qint64, QDateTime>> due;
    QList<qint64> all;
    const QDateTime nowUtc = m_clock->nowUtc();
    for (const Host &h : hosts.value()) {
        m_hosts.insert(h.id, h);
        if (!h.paused) {
            due.append({h.id, trustedDue(h.state, nowUtc, m_settings.lifecycle)});
            all.append(h.id);
        }
    }
    if (m_mode == Mode::CheckOnce) {
        m_roundLeft = QSet<qint64>(all.cbegin(), all.cend());
        m_roundReported = false;
        m_scheduler->checkNow(all);
    } else {
        m_scheduler->scheduleStartup(due);
        m_externalTimer.start(kExternalPollMs);
        m_statsTimer.start(kStatsIntervalMs);
        pruneHistory();
        m_pruneTimer.start(kPruneIntervalMs);
    }
    qCInfo(lcEngine) << "monitoring" << m_hosts.size() << "hosts in" << databasePath << "cap"
                     << m_scheduler->concurrencyCap();
    emit started(hosts.value());
    if (m_mode == Mode::CheckOnce)
        finishRoundIfDone(); // nothing to check at all
}

void MonitorEngine::shutdown()
{
    m_externalTimer.stop();
    m_statsTimer.stop();
    m_pruneTimer.stop();
    const QList<qint64> running = m_checks.keys();
    for (qint64 id : running)
        cancelCheck(id);
    m_batcher->cancelAll();
    m_scheduler->clear();
    if (m_store) {
        flush();
        checkDatabaseFile(); // the last results must not end up in a deleted file
        writeStatsFile();
    }
    m_batchTimer.stop();
    m_store.reset();
}

void MonitorEngine::applySettings(const EngineSettings &settings)
{
    m_settings = settings;
    if (m_factory)
        m_factory->setSettings(settings);
    m_scheduler->setLifecycle(settings.lifecycle);
    if (m_factory && m_factory->batchesPings()) {
        // The processes are bounded by the batcher; a check only holds a place in a batch.
        m_scheduler->setStartsPerTurn(kBatchedStartsPerTurn);
        m_scheduler->setConcurrencyCap(FpingBatcher::maxChecksInFlight(settings));
    } else {
        m_scheduler->setStartsPerTurn(Scheduler::kStartsPerTurn);
        m_scheduler->setConcurrencyCap(
            ConcurrencyLimit::effectiveCap(settings.maxConcurrentChecks));
    }
}

void MonitorEngine::startCheck(qint64 hostId)
{
    const auto it = m_hosts.constFind(hostId);
    if (it == m_hosts.constEnd() || it->paused || !m_factory) {
        m_scheduler->finished(hostId);
        return;
    }
    Check *check = m_factory->create(*it, this);
    m_checks.insert(hostId, check);
    connect(check, &Check::finished, this, [this, hostId, check](const CheckOutcome &outcome) {
        onCheckFinished(hostId, check, outcome);
    });
    check->start();
}

void MonitorEngine::cancelCheck(qint64 hostId)
{
    Check *check = m_checks.take(hostId);
    if (!check)
        return;
    check->disconnect(this);
    check->cancel();
    check->deleteLater();
    m_scheduler->remove(hostId); // frees the slot without counting as a finished check
}

void MonitorEngine::onCheckFinished(qint64 hostId, Check *check, const CheckOutcome &outcome)
{
    if (m_checks.value(hostId) != check)
        return; // cancelled meanwhile: its result is dropped
    m_checks.remove(hostId);
    check->disconnect(this);
    check->deleteLater();
    m_scheduler->finished(hostId);
    ++m_checksFinished;

    const auto it = m_hosts.find(hostId);
    if (it == m_hosts.end())
        return;
    Host &host = it.value();
    const QDateTime now = m_clock->nowUtc();
    const LifecycleResult result
        = applyCheck(host.state, outcome, now, m_settings.lifecycle, *m_random);
    const HostStatus before = host.state.status;
    host.state = result.state;

    CheckRecord record;
    record.hostId = hostId;
    record.state = result.state;
    record.outage = result.outage;
    record.outcome = outcome;
    m_pending.append(record);
    if (!m_pendingHostSet.contains(hostId)) {
        m_pendingHostSet.insert(hostId);
        m_pendingHosts.append(hostId);
    }
    if (before != result.state.status) {
        StatusTransition t;
        t.hostId = hostId;
        t.name = host.name;
        t.address = host.address;
        t.from = before;
        t.to = result.state.status;
        t.proof = result.state.status == HostStatus::Up ? result.state.proof : Proof::None;
        t.atUtc = now;
        m_pendingTransitions.append(t);
    }
    if (!outcome.error.isEmpty())
        qCInfo(lcEngine) << host.name << host.address << "check error:" << outcome.error;

    if (m_mode == Mode::Monitor && !host.paused)
        m_scheduler->scheduleInMs(hostId, result.nextDelayMs);

    if (m_pending.size() >= std::max(1, m_settings.batchMaxResults))
        flush();
    else
        scheduleBatch();

    if (m_mode == Mode::CheckOnce) {
        m_roundLeft.remove(hostId);
        finishRoundIfDone();
    }
}

void MonitorEngine::scheduleBatch()
{
    if (!m_batchTimer.isActive())
        m_batchTimer.start(std::max(1, m_settings.batchMaxDelayMs));
}

void MonitorEngine::flush()
{
    m_batchTimer.stop();
    if (m_pending.isEmpty() || !m_store)
        return;
    const Status written = m_store->writeResults(m_pending);
    if (!written) {
        // Kept for the next batch: a locked database is usually free again a moment later.
        // Said once per episode, not once per retry (a full disk fails every batch interval).
        if (written.error().message != m_lastWriteError) {
            m_lastWriteError = written.error().message;
            reportError(written.error());
        }
        scheduleBatch();
        return;
    }
    if (!m_lastWriteError.isEmpty()) {
        qCInfo(lcEngine) << "results written again after:" << m_lastWriteError;
        m_lastWriteError.clear();
    }
    ++m_transactions;
    const int count = int(m_pending.size());
    HostList changed;
    changed.reserve(m_pendingHosts.size());
    for (qint64 id : std::as_const(m_pendingHosts)) {
        const auto it = m_hosts.constFind(id);
        if (it != m_hosts.constEnd())
            changed.append(*it);
    }
    const QList<StatusTransition> moved = m_pendingTransitions;
    m_pending.clear();
    m_pendingHosts.clear();
    m_pendingHostSet.clear();
    m_pendingTransitions.clear();
    emit batchWritten(count);
    if (!changed.isEmpty())
        emit hostsChanged(changed);
    if (!moved.isEmpty())
        emit transitions(moved);
}

void MonitorEngine::dropPending(const QSet<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    m_pending.removeIf([&](const CheckRecord &r) { return ids.contains(r.hostId); });
    m_pendingHosts.removeIf([&](qint64 id) { return ids.contains(id); });
    m_pendingHostSet.subtract(ids);
    m_pendingTransitions.removeIf(
        [&](const StatusTransition &t) { return ids.contains(t.hostId); });
}

void MonitorEngine::finishRoundIfDone()
{
    if (m_mode != Mode::CheckOnce || m_roundReported || !m_roundLeft.isEmpty())
        return;
    flush();
    m_roundReported = true;
    emit roundFinished();
}

void MonitorEngine::reportError(const Error &error)
{
    qCWarning(lcEngine) << error.message;
    emit failed(error);
}

void MonitorEngine::addHost(const Host &host)
{
    if (!m_store)
        return;
    const Result<qint64> id = m_store->addHost(host);
    if (!id) {
        reportError(id.error());
        return;
    }
    const Result<Host> stored = m_store->host(id.value());
    Host added = stored ? stored.value() : host;
    added.id = id.value();
    m_hosts.insert(added.id, added);
    emit hostAdded(added);
    if (!added.paused) {
        m_roundLeft.insert(added.id);
        m_scheduler->checkNow({added.id}); // a new host is checked at once
    }
}

void MonitorEngine::addHosts(const HostList &hosts)
{
    if (!m_store || hosts.isEmpty())
        return;
    const Result<QList<qint64>> ids = m_store->addHosts(hosts);
    if (!ids) {
        reportError(ids.error());
        return;
    }
    QList<qint64> toCheck;
    for (qsizetype i = 0; i < ids.value().size(); ++i) {
        const qint64 id = ids.value().at(i);
        const Result<Host> stored = m_store->host(id);
        Host added = stored ? stored.value() : hosts.value(i);
        added.id = id;
        m_hosts.insert(id, added);
        emit hostAdded(added);
        if (!added.paused)
            toCheck.append(id);
    }
    m_scheduler->scheduleStaggered(toCheck);
}

void MonitorEngine::updateHost(const Host &host)
{
    if (!m_store)
        return;
    const auto it = m_hosts.find(host.id);
    if (it == m_hosts.end())
        return;
    const Status st = m_store->updateHost(host);
    if (!st) {
        reportError(st.error());
        return;
    }
    const Host before = *it;
    *it = withUserFields(*it, host);
    const bool target = before.address != host.address || before.webUrl != host.webUrl;
    if (host.paused) {
        cancelCheck(host.id);
        m_scheduler->remove(host.id);
        dropPending({host.id});
    } else if (target || before.paused) {
        // A result for the old address says nothing about the new one.
        cancelCheck(host.id);
        m_scheduler->checkNow({host.id});
    }
    emit hostsChanged({*it});
}

void MonitorEngine::forget(const QList<qint64> &ids)
{
    const QSet<qint64> set(ids.cbegin(), ids.cend());
    for (qint64 id : ids) {
        cancelCheck(id);
        m_scheduler->remove(id);
        m_hosts.remove(id);
        m_roundLeft.remove(id);
    }
    dropPending(set);
}

void MonitorEngine::removeHosts(const QList<qint64> &ids)
{
    if (!m_store || ids.isEmpty())
        return;
    const Status st = m_store->removeHosts(ids);
    if (!st) {
        reportError(st.error());
        return;
    }
    forget(ids);
    emit hostsRemoved(ids);
    finishRoundIfDone();
}

void MonitorEngine::bulkUpdate(const QList<qint64> &ids, const BulkEdit &edit)
{
    if (!m_store || ids.isEmpty())
        return;
    const Status st = m_store->bulkUpdate(ids, edit);
    if (!st) {
        reportError(st.error());
        return;
    }
    HostList changed;
    for (qint64 id : ids) {
        const auto it = m_hosts.find(id);
        if (it == m_hosts.end())
            continue;
        if (edit.manufacturer)
            it->manufacturer = *edit.manufacturer;
        if (edit.supplier)
            it->supplier = *edit.supplier;
        if (edit.type)
            it->type = *edit.type;
        changed.append(*it);
    }
    if (!changed.isEmpty())
        emit hostsChanged(changed);
}

void MonitorEngine::setPaused(const QList<qint64> &ids, bool paused)
{
    if (!m_store || ids.isEmpty())
        return;
    const Status st = m_store->setPaused(ids, paused);
    if (!st) {
        reportError(st.error());
        return;
    }
    HostList changed;
    for (qint64 id : ids) {
        const auto it = m_hosts.find(id);
        if (it == m_hosts.end() || it->paused == paused)
            continue;
        it->paused = paused;
        if (paused) {
            cancelCheck(id);
            m_scheduler->remove(id);
            dropPending({id});
            m_roundLeft.remove(id);
        } else if (m_mode == Mode::Monitor) {
            m_scheduler->schedule(id, it->state.nextDueAt);
        }
        changed.append(*it);
    }
    if (!changed.isEmpty())
        emit hostsChanged(changed);
    finishRoundIfDone();
}

void MonitorEngine::checkNow(const QList<qint64> &ids)
{
    QList<qint64> known;
    for (qint64 id : ids) {
        const auto it = m_hosts.constFind(id);
        if (it != m_hosts.constEnd() && !it->paused)
            known.append(id);
    }
    m_scheduler->checkNow(known);
}

void MonitorEngine::pollExternalChanges()
{
    checkDatabaseFile();
    if (m_store && m_store->externallyChanged())
        reloadHosts();
}

void MonitorEngine::checkDatabaseFile()
{
    if (!m_store)
        return;
    const Result<std::optional<QString>> moved = m_store->ensureFileInPlace();
    if (!moved)
        reportError(moved.error());
    else if (moved.value())
        reportError(Error {ErrorCode::DatabaseOpen, *moved.value()});
}

void MonitorEngine::reloadHosts()
{
    if (!m_store)
        return;
    const Result<HostList> listed = m_store->listHosts();
    if (!listed) {
        reportError(listed.error());
        return;
    }
    QSet<qint64> seen;
    HostList changed;
    QList<std::pair<qint64, QDateTime>> newDue;
    for (const Host &h : listed.value()) {
        seen.insert(h.id);
        const auto it = m_hosts.find(h.id);
        if (it == m_hosts.end()) {
            m_hosts.insert(h.id, h);
            emit hostAdded(h);
            if (!h.paused && m_mode == Mode::Monitor)
                newDue.append({h.id, h.state.nextDueAt});
            continue;
        }
        if (sameUserFields(*it, h))
            continue;
        // Our own state is newer than the file's (results may still be pending).
        const Host before = *it;
        *it = withUserFields(*it, h);
        if (h.paused && !before.paused) {
            cancelCheck(h.id);
            m_scheduler->remove(h.id);
            dropPending({h.id});
        } else if (!h.paused && (before.paused || before.address != h.address)) {
            cancelCheck(h.id);
            if (m_mode == Mode::Monitor)
                m_scheduler->checkNow({h.id});
        }
        changed.append(*it);
    }
    QList<qint64> removed;
    for (auto it = m_hosts.cbegin(); it != m_hosts.cend(); ++it)
        if (!seen.contains(it.key()))
            removed.append(it.key());
    if (!removed.isEmpty()) {
        forget(removed);
        emit hostsRemoved(removed);
    }
    if (!newDue.isEmpty())
        m_scheduler->scheduleStartup(newDue); // overdue newcomers are spread, not fired at once
    if (!changed.isEmpty())
        emit hostsChanged(changed);
    qCInfo(lcEngine) << "reloaded:" << newDue.size() << "added," << removed.size() << "removed,"
                     << changed.size() << "changed";
}

void MonitorEngine::pruneHistory()
{
    if (!m_store)
        return;
    const QDateTime cutoff
        = m_clock->nowUtc().addDays(-std::max(1, m_settings.sampleRetentionDays));
    const Status pruned = m_store->pruneHistory(cutoff);
    if (!pruned)
        reportError(pruned.error());
}

void MonitorEngine::writeStatsFile() const
{
    const QString path = qEnvironmentVariable(kStatsFileVariable);
    if (path.isEmpty())
        return;
    const Scheduler::LatenessRecord late = m_scheduler->latenessRecord();
    QJsonObject lateness;
    lateness.insert(QStringLiteral("starts"), late.starts);
    lateness.insert(QStringLiteral("over5s"), late.over5s);
    lateness.insert(QStringLiteral("p50Ms"), late.p50Ms);
    lateness.insert(QStringLiteral("p99Ms"), late.p99Ms);
    lateness.insert(QStringLiteral("maxMs"), late.maxMs);
    QJsonObject root;
    root.insert(QStringLiteral("backend"),
        m_factory && m_factory->batchesPings() ? QStringLiteral("fping") : QStringLiteral("ping"));
    root.insert(QStringLiteral("hosts"), qint64(m_hosts.size()));
    root.insert(QStringLiteral("checksFinished"), m_checksFinished);
    root.insert(QStringLiteral("processesStarted"), EngineCounters::processesStarted.load());
    root.insert(QStringLiteral("fpingBatches"), m_batcher->batchesStarted());
    root.insert(QStringLiteral("transactions"), m_transactions);
    root.insert(QStringLiteral("concurrencyCap"), m_scheduler->concurrencyCap());
    root.insert(QStringLiteral("runMs"), m_clock->monotonicMs() - m_openedAtMs);
    root.insert(QStringLiteral("lateness"), lateness);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        qCWarning(lcEngine) << "cannot write the stats file" << path << file.errorString();
        return;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

HostList MonitorEngine::hosts() const
{
    return m_hosts.values();
}

EngineStats MonitorEngine::stats() const
{
    return m_scheduler->stats();
}
