#include "pingchecker.h"

#include "enginecounters.h"
#include "pingoutputparser.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QStandardPaths>

#include <cmath>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcPing, "pingtool.engine.ping", QtWarningMsg)

namespace {

// Output beyond this is a misbehaving program, not a ping summary. Only the LAST this many
// bytes are kept: the summary comes at the end, after any flood of per-reply lines.
constexpr qsizetype kMaxOutputBytes = 64 * 1024;

// Appends, dropping the oldest bytes now and then so memory stays bounded (< 2 x the limit).
void appendTail(QByteArray &output, const QByteArray &chunk)
{
    output.append(chunk);
    if (output.size() > 2 * kMaxOutputBytes)
        output.remove(0, output.size() - kMaxOutputBytes);
}
// Time the child gets beyond its own deadline before it is killed.
constexpr int kKillMarginMs = 2000;
// Niceness added to each ping child (see start()).
constexpr int kChildNice = 10;

QProcessEnvironment childEnvironment()
{
    // Built once: copying the whole environment per check would cost more than the check.
    static const QProcessEnvironment env = [] {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        e.insert(QStringLiteral("LANG"), QStringLiteral("C"));
        return e;
    }();
    return env;
}

QString secondsText(int ms)
{
    return QString::number(double(ms) / 1000.0, 'g', 6);
}

} // namespace

PingChecker::PingChecker(const EngineSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    m_hardTimer.setSingleShot(true);
    connect(&m_hardTimer, &QTimer::timeout, this, &PingChecker::onHardTimeout);
}

PingChecker::~PingChecker()
{
    cancel();
}

Result<QString> PingChecker::resolveProgram(const QString &configured)
{
    const QString name = configured.trimmed().isEmpty() ? QStringLiteral("ping") : configured;
    if (!name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\'))) {
        const QString found = QStandardPaths::findExecutable(name);
        if (found.isEmpty())
            return Error {ErrorCode::NotFound, tr("ping program not found: %1").arg(name)};
        return found;
    }
    const QFileInfo info(name);
    if (!info.exists() || info.isDir())
        return Error {ErrorCode::NotFound, tr("ping program not found: %1").arg(name)};
    if (!info.isExecutable())
        return Error {ErrorCode::InvalidInput, tr("ping program is not executable: %1").arg(name)};
    return info.absoluteFilePath();
}

int PingChecker::deadlineS(const EngineSettings &s)
{
    if (s.pingDeadlineS > 0)
        return s.pingDeadlineS;
    // Time to send every request plus the wait for the last reply, rounded up, plus a second.
    const double sending = double(std::max(0, s.pingCount - 1)) * s.pingIntervalMs / 1000.0;
    return int(std::ceil(sending + std::max(1, s.pingReplyTimeoutS))) + 1;
}

int PingChecker::hardTimeoutMs(const EngineSettings &s)
{
    return deadlineS(s) * 1000 + kKillMarginMs;
}

QStringList PingChecker::arguments(const EngineSettings &s, const QString &address)
{
    const QString count = QString::number(std::max(1, s.pingCount));
    const QString interval = secondsText(s.pingIntervalMs);
    const QString timeout = QString::number(std::max(1, s.pingReplyTimeoutS));
    const QString deadline = QString::number(deadlineS(s));

    QStringList args;
    if (!s.pingArguments.isEmpty()) {
        for (QString a : s.pingArguments) {
            a.replace(QStringLiteral("{count}"), count);
            a.replace(QStringLiteral("{interval}"), interval);
            a.replace(QStringLiteral("{timeout}"), timeout);
            a.replace(QStringLiteral("{deadline}"), deadline);
            args << a;
        }
        args << QStringLiteral("--") << address;
        return args;
    }
#if defined(Q_OS_WIN)
    // Windows ping knows no "--"; the validator never lets an address start with '-'.
    args << QStringLiteral("-n") << count << QStringLiteral("-w")
         << QString::number(std::max(1, s.pingReplyTimeoutS) * 1000) << address;
#elif defined(Q_OS_MACOS)
    args << QStringLiteral("-n") << QStringLiteral("-q") << QStringLiteral("-c") << count
         << QStringLiteral("-i") << interval << QStringLiteral("-W")
         << QString::number(std::max(1, s.pingReplyTimeoutS) * 1000) << QStringLiteral("-t")
         << deadline << QStringLiteral("--") << address;
#else
    // iputils: numeric, quiet, COUNT requests INTERVAL apart, reply timeout, overall deadline.
    args << QStringLiteral("-n") << QStringLiteral("-q") << QStringLiteral("-c") << count
         << QStringLiteral("-i") << interval << QStringLiteral("-W") << timeout
         << QStringLiteral("-w") << deadline << QStringLiteral("--") << address;
#endif
    return args;
}

void PingChecker::start(const QString &address)
{
    cancel();
    m_output.clear();
    m_killedByDeadline = false;

    const Result<QString> program = resolveProgram(m_settings.pingProgram);
    if (!program) {
        // Reported from the event loop, like every other outcome.
        const CheckOutcome outcome = CheckOutcome::failed(program.error().message);
        QMetaObject::invokeMethod(
            this, [this, outcome] { emit finished(outcome); }, Qt::QueuedConnection);
        return;
    }

    m_process = new QProcess(this);
    m_process->setProgram(program.value());
    m_process->setArguments(arguments(m_settings, address));
    m_process->setProcessEnvironment(childEnvironment());
    // One pipe instead of three: fewer open files per check, and error text lands in the same
    // place as the summary.
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardInputFile(QProcess::nullDevice());
#if defined(Q_OS_UNIX)
    // A probe must not compete with the window: hundreds of ping children starting at once
    // made the GUI thread wait for a CPU. Round-trip times are the kernel's timestamps, so a
    // lower priority does not change them.
    m_process->setChildProcessModifier([] { [[maybe_unused]] const int r = ::nice(kChildNice); });
#endif
    connect(m_process, &QProcess::readyReadStandardOutput, this,
        [this] { appendTail(m_output, m_process->readAllStandardOutput()); });
    connect(m_process, &QProcess::finished, this, &PingChecker::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &PingChecker::onErrorOccurred);
    qCDebug(lcPing) << "start" << m_process->program() << m_process->arguments();
    m_hardTimer.start(hardTimeoutMs(m_settings));
    ++EngineCounters::processesStarted;
    m_process->start(QIODevice::ReadOnly);
}

void PingChecker::cancel()
{
    m_hardTimer.stop();
    releaseProcess();
}

void PingChecker::releaseProcess()
{
    if (!m_process)
        return;
    QProcess *process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning) {
        process->kill();
        // SIGKILL ends it at once; waiting reaps the child so no zombie is left behind.
        process->waitForFinished(1000);
    }
    process->deleteLater();
}

void PingChecker::onHardTimeout()
{
    if (!m_process)
        return;
    qCInfo(lcPing) << "killing ping that outlived its deadline" << m_process->arguments();
    m_killedByDeadline = true;
    m_process->kill();
}

void PingChecker::onErrorOccurred(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart || !m_process)
        return; // crashes and timeouts arrive through finished()
    const QString message
        = tr("ping program could not be started: %1").arg(m_process->errorString());
    finish(CheckOutcome::failed(message));
}

void PingChecker::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_process)
        return;
    appendTail(m_output, m_process->readAllStandardOutput());
    if (m_output.size() > kMaxOutputBytes)
        m_output.remove(0, m_output.size() - kMaxOutputBytes);

    if (m_killedByDeadline) {
        const int seconds = (hardTimeoutMs(m_settings) + 999) / 1000;
        finish(CheckOutcome::failed(
            tr("ping did not finish within %n second(s) and was stopped", nullptr, seconds)));
        return;
    }
    if (status == QProcess::CrashExit) {
        finish(CheckOutcome::failed(tr("ping program crashed")));
        return;
    }

    const PingParseResult parsed = PingOutputParser::parse(m_output);
    if (!parsed.stats) {
        finish(CheckOutcome::failed(tr("cannot read the output of ping (exit code %1): %2")
                                        .arg(exitCode)
                                        .arg(parsed.error)));
        return;
    }
    const PingStats &stats = *parsed.stats;
    CheckOutcome outcome;
    outcome.verdict = stats.answered() ? CheckVerdict::Alive : CheckVerdict::NoAnswer;
    outcome.proof = stats.answered() ? Proof::Ping : Proof::None;
    outcome.sent = stats.unreachable ? std::max(1, m_settings.pingCount) : stats.sent;
    outcome.received = stats.received;
    outcome.rttMinMs = stats.rttMinMs;
    outcome.rttAvgMs = stats.rttAvgMs;
    outcome.rttMaxMs = stats.rttMaxMs;
    finish(outcome);
}

void PingChecker::finish(const CheckOutcome &outcome)
{
    m_hardTimer.stop();
    releaseProcess();
    emit finished(outcome);
}
