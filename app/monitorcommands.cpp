// --headless and --check-once: the monitor without a window.

#include "appsettings.h"
#include "commands.h"
#include "engine/monitorcontroller.h"
#include "engine/monitorengine.h"
#include "store/monitorlock.h"

#include <QCoreApplication>
#include <QHash>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// The translation context of --headless and --check-once.
class MonitorCommands
{
    Q_DECLARE_TR_FUNCTIONS(MonitorCommands)
};

std::unique_ptr<AppSettings> settingsFor(const CommandLine &cl)
{
    return cl.settingsFile.isEmpty() ? std::make_unique<AppSettings>()
                                     : std::make_unique<AppSettings>(cl.settingsFile);
}

QString proofText(const StatusTransition &t)
{
    switch (t.to) {
    case HostStatus::Up:
        return t.proof == Proof::Web ? MonitorCommands::tr("proven by web")
                                     : MonitorCommands::tr("proven by ping");
    case HostStatus::Down:
    case HostStatus::Unknown:
        return MonitorCommands::tr("no answer");
    case HostStatus::New:
        break;
    }
    return {};
}

QString statusText(HostStatus status)
{
    switch (status) {
    case HostStatus::New:
        return MonitorCommands::tr("New", "host status");
    case HostStatus::Up:
        return MonitorCommands::tr("Up", "host status");
    case HostStatus::Down:
        return MonitorCommands::tr("Down", "host status");
    case HostStatus::Unknown:
        break;
    }
    return MonitorCommands::tr("Unknown", "host status");
}

// One line per transition: UTC time, name, address, old -> new status, how proven.
QString transitionLine(const StatusTransition &t)
{
    return toIsoUtc(t.atUtc) + QLatin1Char(' ')
        + MonitorCommands::tr(
            "%1 (%2) %3 -> %4 (%5)", "host name, address, old status, new status, how proven")
              .arg(t.name, t.address, statusText(t.from), statusText(t.to), proofText(t));
}

// SIGTERM and SIGINT, turned into an event: the handler only writes a byte to a socket pair
// (async-signal-safe); a QSocketNotifier reads it on the main thread.
class TerminationSignals
{
public:
    bool install(const std::function<void(int)> &onSignal)
    {
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_fds) != 0)
            return false;
        m_notifier = std::make_unique<QSocketNotifier>(s_fds[1], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(),
            [onSignal](QSocketDescriptor fd) {
                char signal = 0;
                if (::read(int(fd), &signal, 1) == 1)
                    onSignal(signal);
            });
        struct sigaction action = {};
        action.sa_handler = &TerminationSignals::handle;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        return ::sigaction(SIGTERM, &action, nullptr) == 0
            && ::sigaction(SIGINT, &action, nullptr) == 0;
    }

    ~TerminationSignals()
    {
        if (!m_notifier)
            return;
        std::signal(SIGTERM, SIG_DFL);
        std::signal(SIGINT, SIG_DFL);
        m_notifier.reset();
        ::close(s_fds[0]);
        ::close(s_fds[1]);
    }

private:
    static void handle(int signal)
    {
        const char byte = char(signal);
        [[maybe_unused]] const auto written = ::write(s_fds[0], &byte, 1);
    }

    static inline int s_fds[2] = {-1, -1};
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace

int runHeadless(const CommandLine &cl)
{
    QTextStream err(stderr);
    const QString path = databasePathFor(cl);
    const Result<std::unique_ptr<MonitorLock>> lock = MonitorLock::acquire(path);
    if (!lock) {
        err << "pingtool: " << lock.error().message << Qt::endl;
        return kExitDatabase;
    }
    const EngineSettings settings = settingsFor(cl)->engine();

    TerminationSignals termination;
    if (!termination.install([](int) { QCoreApplication::quit(); })) {
        err << "pingtool: " << MonitorCommands::tr("cannot watch for termination signals.")
            << Qt::endl;
        return kExitFailure;
    }

    int exitCode = kExitOk;
    bool started = false;
    MonitorController controller;
    QObject::connect(
        &controller, &MonitorController::started, &controller, [&](const HostList &hosts) {
            started = true;
            err << toIsoUtc(QDateTime::currentDateTimeUtc()) << ' '
                << MonitorCommands::tr("Monitoring %n host(s) in %1.", nullptr, int(hosts.size()))
                       .arg(path)
                << Qt::endl;
        });
    QObject::connect(&controller, &MonitorController::failed, &controller, [&](const Error &e) {
        err << "pingtool: " << e.message << Qt::endl;
        if (!started) {
            exitCode = e.isDatabaseError() ? kExitDatabase : kExitFailure;
            QCoreApplication::exit(exitCode);
        }
    });
    // A check that cannot run (ping missing, unreadable output) changes no status, so it is
    // logged on its own: once when it appears or changes, once when it clears.
    QHash<qint64, QString> checkErrors;
    QObject::connect(
        &controller, &MonitorController::hostsChanged, &controller, [&](const HostList &hosts) {
            for (const Host &h : hosts) {
                const QString before = checkErrors.value(h.id);
                if (h.state.lastError == before)
                    continue;
                const QString now = toIsoUtc(QDateTime::currentDateTimeUtc());
                if (h.state.lastError.isEmpty()) {
                    checkErrors.remove(h.id);
                    err << now << ' '
                        << MonitorCommands::tr("%1 (%2) can be checked again")
                               .arg(h.name, h.address)
                        << Qt::endl;
                } else {
                    checkErrors.insert(h.id, h.state.lastError);
                    err << now << ' '
                        << MonitorCommands::tr("%1 (%2) cannot be checked: %3")
                               .arg(h.name, h.address, h.state.lastError)
                        << Qt::endl;
                }
            }
        });
    QObject::connect(
        &controller, &MonitorController::hostsRemoved, &controller, [&](const QList<qint64> &ids) {
            for (qint64 id : ids)
                checkErrors.remove(id);
        });
    QObject::connect(&controller, &MonitorController::transitions, &controller,
        [&](const QList<StatusTransition> &list) {
            for (const StatusTransition &t : list)
                err << transitionLine(t) << Qt::endl;
        });

    controller.start(path, settings);
    QCoreApplication::exec();
    controller.stop(); // writes every pending result; its transitions are logged above
    if (exitCode == kExitOk)
        err << toIsoUtc(QDateTime::currentDateTimeUtc()) << ' ' << MonitorCommands::tr("Stopped.")
            << Qt::endl;
    return exitCode;
}

int runCheckOnce(const CommandLine &cl)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString path = databasePathFor(cl);
    // Check-once writes monitoring state: never beside a running monitor.
    const Result<std::unique_ptr<MonitorLock>> lock = MonitorLock::acquire(path);
    if (!lock) {
        err << "pingtool: " << lock.error().message << Qt::endl;
        return kExitDatabase;
    }
    const EngineSettings settings = settingsFor(cl)->engine();

    int exitCode = kExitOk;
    bool done = false;
    MonitorEngine engine;
    QObject::connect(&engine, &MonitorEngine::failed, &engine, [&](const Error &e) {
        err << "pingtool: " << e.message << Qt::endl;
        exitCode = e.isDatabaseError() ? kExitDatabase : kExitFailure;
        QCoreApplication::exit(exitCode);
    });
    QObject::connect(&engine, &MonitorEngine::roundFinished, &engine, [&] {
        done = true;
        QCoreApplication::quit();
    });
    engine.open(path, settings, MonitorEngine::Mode::CheckOnce);
    if (!engine.isOpen())
        return exitCode == kExitOk ? kExitDatabase : exitCode;
    if (!done)
        QCoreApplication::exec();
    engine.shutdown();
    if (exitCode != kExitOk)
        return exitCode;

    int checked = 0, up = 0, down = 0, unknown = 0, fresh = 0, errors = 0;
    QString firstError;
    for (const Host &h : engine.hosts()) {
        if (h.paused)
            continue;
        ++checked;
        switch (h.state.status) {
        case HostStatus::Up:
            ++up;
            break;
        case HostStatus::Down:
            ++down;
            break;
        case HostStatus::Unknown:
            ++unknown;
            break;
        case HostStatus::New:
            ++fresh;
            break;
        }
        if (!h.state.lastError.isEmpty()) {
            ++errors;
            if (firstError.isEmpty())
                firstError = h.name + QStringLiteral(": ") + h.state.lastError;
        }
    }
    // The English plural forms ("1 host", "5 hosts") come from translations/pingtool_en.ts.
    out << MonitorCommands::tr(
        "Checked %n host(s): %1 Up, %2 Down, %3 Unknown, %4 New", nullptr, checked)
               .arg(up)
               .arg(down)
               .arg(unknown)
               .arg(fresh)
        << Qt::endl;
    if (errors > 0)
        err << "pingtool: "
            << MonitorCommands::tr("%n host(s) could not be checked, e.g. %1", nullptr, errors)
                   .arg(firstError)
            << Qt::endl;
    return kExitOk;
}
