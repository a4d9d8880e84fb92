#include "fpingbatcher.h"

#include "enginecounters.h"
#include "fpingoutputparser.h"

#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QSet>

#include <algorithm>
#include <cmath>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcFping, "pingtool.engine.fping", QtWarningMsg)

namespace {

// Per target: a summary line, perhaps a few duplicate lines; beyond this it is not fping.
constexpr qsizetype kOutputBytesPerTarget = 1024;

QProcessEnvironment childEnvironment()
{
    static const QProcessEnvironment env = [] {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        e.insert(QStringLiteral("LANG"), QStringLiteral("C"));
        return e;
    }();
    return env;
}

CheckOutcome outcomeOf(const PingStats &stats, int count)
{
    CheckOutcome outcome;
    outcome.verdict = stats.answered() ? CheckVerdict::Alive : CheckVerdict::NoAnswer;
    outcome.proof = stats.answered() ? Proof::Ping : Proof::None;
    outcome.sent = stats.sent > 0 ? stats.sent : count;
    outcome.received = stats.received;
    outcome.rttMinMs = stats.rttMinMs;
    outcome.rttAvgMs = stats.rttAvgMs;
    outcome.rttMaxMs = stats.rttMaxMs;
    return outcome;
}

QString firstLine(const QByteArray &output)
{
    return QString::fromUtf8(output.left(output.indexOf('\n')).trimmed().left(200));
}

} // namespace

FpingBatcher::FpingBatcher(QObject *parent)
    : QObject(parent)
{
    m_gatherTimer.setSingleShot(true);
    connect(&m_gatherTimer, &QTimer::timeout, this, [this] {
        closeGathering();
        startReady();
    });
}

FpingBatcher::~FpingBatcher()
{
    cancelAll();
}

void FpingBatcher::setSettings(const EngineSettings &settings)
{
    setSettings(settings, PingBackendChoice::choose(settings));
}

void FpingBatcher::setSettings(const EngineSettings &settings, const PingBackendChoice &choice)
{
    m_settings = settings;
    m_choice = choice;
    if (!choice.note.isEmpty())
        qCWarning(lcFping) << choice.note;
    qCInfo(lcFping) << "ping backend:"
                    << (isActive() ? choice.fpingProgram : QStringLiteral("ping"));
}

QStringList FpingBatcher::arguments(const EngineSettings &s)
{
    // -C: one value per request ('-' when lost), the per-host summary we parse; -q: nothing
    // else; -p: the gap between requests to one host (ping's -i); -t: the reply timeout
    // (ping's -W); -i: the gap between any two requests of this process. Targets on stdin.
    return {QStringLiteral("-C"), QString::number(std::max(1, s.pingCount)), QStringLiteral("-q"),
        QStringLiteral("-p"), QString::number(std::max(10, s.pingIntervalMs)), QStringLiteral("-t"),
        QString::number(std::max(1, s.pingReplyTimeoutS) * 1000), QStringLiteral("-i"),
        QString::number(packetIntervalMs(s), 'g', 6)};
}

double FpingBatcher::packetIntervalMs(const EngineSettings &s)
{
    if (s.fpingPacketIntervalMs > 0)
        return std::max(0.01, s.fpingPacketIntervalMs);
#if defined(Q_OS_UNIX)
    // fping refuses -i below 1 ms unless its real user is root.
    return ::getuid() == 0 ? 0.1 : 1.0;
#else
    return 1.0;
#endif
}

int FpingBatcher::batchHosts(const EngineSettings &s)
{
    const double perRound = double(std::max(10, s.pingIntervalMs)) / packetIntervalMs(s);
    return std::clamp(int(perRound), kMinBatchHosts, kMaxBatchHosts);
}

int FpingBatcher::hardTimeoutMs(const EngineSettings &s, int targets)
{
    const int count = std::max(1, s.pingCount);
    const double sending = double(targets) * count * packetIntervalMs(s)
        + double(count - 1) * std::max(10, s.pingIntervalMs);
    return int(std::ceil(sending)) + std::max(1, s.pingReplyTimeoutS) * 1000 + kKillMarginMs;
}

FpingBatcher::Ticket FpingBatcher::request(const QString &address, Done done)
{
    const Ticket ticket = m_nextTicket++;
    m_callbacks.insert(ticket, std::move(done));
    m_gathering.append({ticket, address});
    if (m_gathering.size() >= batchHosts(m_settings)) {
        closeGathering();
        startReady();
    } else if (!m_gatherTimer.isActive()) {
        m_gatherTimer.start(kGatherMs);
    }
    return ticket;
}

void FpingBatcher::cancel(Ticket ticket)
{
    if (m_callbacks.remove(ticket) == 0)
        return;
    m_gathering.removeIf([ticket](const Request &r) { return r.ticket == ticket; });
    if (m_gathering.isEmpty())
        m_gatherTimer.stop();
    // A running process is left to finish for its other hosts; this result is dropped.
}

void FpingBatcher::cancelAll()
{
    m_gatherTimer.stop();
    m_callbacks.clear();
    m_gathering.clear();
    m_ready.clear();
    const QList<QProcess *> processes = m_running.keys();
    m_running.clear();
    for (QProcess *process : processes) {
        process->disconnect(this);
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(1000); // reaps it: no zombie left behind
        }
        process->deleteLater();
    }
}

void FpingBatcher::closeGathering()
{
    m_gatherTimer.stop();
    if (m_gathering.isEmpty())
        return;
    m_ready.push_back(m_gathering);
    m_gathering.clear();
}

void FpingBatcher::startReady()
{
    while (!m_ready.empty() && m_running.size() < kMaxProcesses) {
        QList<Request> requests = m_ready.front();
        m_ready.pop_front();
        // Requests cancelled while the batch waited are not pinged.
        requests.removeIf([this](const Request &r) { return !m_callbacks.contains(r.ticket); });
        if (!requests.isEmpty())
            startBatch(requests);
    }
}

void FpingBatcher::startBatch(const QList<Request> &requests)
{
    // One target per address: two hosts with one address share its result.
    QByteArray targets;
    QSet<QString> seen;
    for (const Request &r : requests) {
        if (seen.contains(r.address))
            continue;
        seen.insert(r.address);
        targets += r.address.toUtf8() + '\n';
    }

    auto *process = new QProcess(this);
    m_running.insert(process, Batch {requests, {}, false});
    process->setProgram(m_choice.fpingProgram);
    process->setArguments(arguments(m_settings));
    process->setProcessEnvironment(childEnvironment());
    process->setProcessChannelMode(QProcess::MergedChannels);
    connect(
        process, &QProcess::readyReadStandardOutput, this, [this, process] { onOutput(process); });
    connect(
        process, &QProcess::finished, this, [this, process](int code, QProcess::ExitStatus status) {
            onProcessFinished(process, code, status);
        });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            onStartFailed(process);
    });
    auto *killTimer = new QTimer(process);
    killTimer->setSingleShot(true);
    connect(killTimer, &QTimer::timeout, this, [this, process] {
        const auto it = m_running.find(process);
        if (it == m_running.end())
            return;
        qCInfo(lcFping) << "killing fping that outlived its deadline";
        it->killed = true;
        process->kill();
    });
    killTimer->start(hardTimeoutMs(m_settings, int(seen.size())));
    ++m_batchesStarted;
    ++EngineCounters::processesStarted;
    qCDebug(lcFping) << "batch of" << seen.size() << "targets";
    process->start(QIODevice::ReadWrite);
    if (!m_running.contains(process))
        return; // failed to start, already reported
    // Targets on stdin: no length limit on the command line, and no target is ever an option.
    process->write(targets);
    process->closeWriteChannel();
}

void FpingBatcher::onOutput(QProcess *process)
{
    const auto it = m_running.find(process);
    if (it == m_running.end())
        return;
    const QByteArray chunk = process->readAllStandardOutput();
    const qsizetype limit = kOutputBytesPerTarget * std::max<qsizetype>(1, it->requests.size());
    if (it->output.size() < limit)
        it->output.append(chunk.left(limit - it->output.size()));
}

void FpingBatcher::onStartFailed(QProcess *process)
{
    const QString message = tr("fping could not be started: %1").arg(process->errorString());
    finishBatch(process, [&](const Request &) { return CheckOutcome::failed(message); });
}

void FpingBatcher::onProcessFinished(QProcess *process, int exitCode, QProcess::ExitStatus status)
{
    const auto it = m_running.find(process);
    if (it == m_running.end())
        return;
    onOutput(process);
    const Batch &batch = *it;
    if (batch.killed) {
        const int seconds = (hardTimeoutMs(m_settings, int(batch.requests.size())) + 999) / 1000;
        const QString message
            = tr("fping did not finish within %n second(s) and was stopped", nullptr, seconds);
        finishBatch(process, [&](const Request &) { return CheckOutcome::failed(message); });
        return;
    }
    if (status == QProcess::CrashExit) {
        const QString message = tr("fping crashed");
        finishBatch(process, [&](const Request &) { return CheckOutcome::failed(message); });
        return;
    }
    // fping: 0 all answered, 1 some did not, 2 some names were not found; above: it failed.
    const FpingParseResult parsed = FpingOutputParser::parse(batch.output);
    if (exitCode > 2 || (parsed.hosts.isEmpty() && parsed.unresolved.isEmpty())) {
        const QString message = tr("cannot read the output of fping (exit code %1): %2")
                                    .arg(exitCode)
                                    .arg(firstLine(batch.output));
        finishBatch(process, [&](const Request &) { return CheckOutcome::failed(message); });
        return;
    }
    const int count = std::max(1, m_settings.pingCount);
    finishBatch(process, [&](const Request &r) {
        const auto found = parsed.hosts.constFind(r.address);
        if (found != parsed.hosts.constEnd())
            return outcomeOf(*found, count);
        // Not in the summary: fping could not resolve it, or it was never answered.
        CheckOutcome outcome = CheckOutcome::noAnswer();
        outcome.sent = count;
        return outcome;
    });
}

void FpingBatcher::finishBatch(
    QProcess *process, const std::function<CheckOutcome(const Request &)> &of)
{
    const Batch batch = m_running.take(process);
    process->disconnect(this);
    process->deleteLater();
    QList<std::pair<Ticket, CheckOutcome>> results;
    results.reserve(batch.requests.size());
    for (const Request &r : batch.requests)
        if (m_callbacks.contains(r.ticket))
            results.append({r.ticket, of(r)});
    startReady(); // the freed process slot first: results may queue more checks
    deliver(results);
}

void FpingBatcher::deliver(const QList<std::pair<Ticket, CheckOutcome>> &results)
{
    for (const auto &[ticket, outcome] : results) {
        // A callback may cancel other tickets (or all): take each one only when still live.
        const Done done = m_callbacks.take(ticket);
        if (done)
            done(outcome);
    }
}
