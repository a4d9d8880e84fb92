#include "reliabilitysupport.h"

#include "appsettings.h"
#include "store/hoststore.h"
#include "testsupport.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <csignal>

namespace Reliability {

namespace {

const QByteArray kAnswer = "echo '4 packets transmitted, 4 received, 0% packet loss, time 3ms'\n"
                           "echo 'rtt min/avg/max/mdev = 0.030/0.040/0.050/0.010 ms'\n"
                           "exit 0\n";
const QByteArray kSilence
    = "echo '4 packets transmitted, 0 received, 100% packet loss, time 3003ms'\nexit 1\n";

QAtomicInt g_connections;

// A short-lived read-only connection; removed when the guard goes.
class ReadConnection
{
public:
    explicit ReadConnection(const QString &path)
        : m_name(QStringLiteral("reliability-read-%1").arg(g_connections.fetchAndAddRelaxed(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        m_ok = db.open();
        if (!m_ok)
            m_error = db.lastError().text();
    }
    ~ReadConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_ok = false;
    QString m_error;
};

} // namespace

QByteArray switchablePingScript(const QString &downFile)
{
    return "#!/bin/sh\n"
           "for a; do addr=$a; done\n"
           "if [ -f '"
        + downFile.toLocal8Bit() + "' ] && grep -qxF -- \"$addr\" '" + downFile.toLocal8Bit()
        + "'; then\n" + kSilence + "fi\n" + kAnswer;
}

QByteArray flappingPingScript()
{
    return "#!/bin/sh\n"
           "for a; do addr=$a; done\n"
           "read up rest < /proc/uptime\n"
           "slot=$(( ${up%.*} / 2 ))\n"
           "last=${addr##*.}\n"
           "if [ $(( (slot + last) % 4 )) -eq 0 ]; then\n"
        + kSilence + "fi\n" + kAnswer;
}

QByteArray countingPingScript(const QString &logFile)
{
    return "#!/bin/sh\n"
           "echo '4 packets transmitted, 4 received, 0% packet loss, time 3ms'\n"
           "echo 'rtt min/avg/max/mdev = 0.030/0.040/0.050/0.010 ms'\n"
           "echo x >> '"
        + logFile.toLocal8Bit() + "'\nexit 0\n";
}

int lineCount(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return int(f.readAll().count('\n'));
}

QString writeSettings(const QString &iniPath, const EngineSettings &settings)
{
    AppSettings s(iniPath);
    s.setEngine(settings);
    s.sync();
    return iniPath;
}

EngineSettings busySettings(const QString &pingProgram)
{
    EngineSettings e;
    e.pingProgram = pingProgram;
    e.lifecycle.knownIntervalS = 5;
    e.lifecycle.unknownIntervalS = 5;
    e.lifecycle.minJitterS = 0;
    e.lifecycle.jitterPercent = 10;
    e.batchMaxDelayMs = 50;
    e.batchMaxResults = 64;
    e.maxConcurrentChecks = 16;
    return e;
}

QString loopbackAddress(int index)
{
    // 127.0.0.0/8 only; .0 and .255 avoided so every address is an ordinary host address.
    const int c = index % 254 + 1;
    const int b = (index / 254) % 256;
    const int a = (index / (254 * 256)) % 256;
    return QStringLiteral("127.%1.%2.%3").arg(a).arg(b).arg(c);
}

QList<qint64> addLoopbackHosts(const QString &databasePath, int count, int firstIndex)
{
    auto store = HostStore::open(databasePath);
    if (!store)
        qFatal("cannot open %s: %s", qPrintable(databasePath), qPrintable(store.error().message));
    HostList hosts;
    for (int i = firstIndex; i < firstIndex + count; ++i) {
        Host h;
        h.name = QStringLiteral("host-%1").arg(i);
        h.address = loopbackAddress(i);
        h.supplier = QStringLiteral("Supplier %1").arg(i % 7);
        hosts.append(h);
    }
    const Result<QList<qint64>> ids = store.value()->addHosts(hosts);
    if (!ids)
        qFatal("cannot add hosts: %s", qPrintable(ids.error().message));
    return ids.value();
}

PingtoolProcess::PingtoolProcess()
    : m_process(std::make_unique<QProcess>())
{ }

PingtoolProcess::~PingtoolProcess()
{
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(10000);
    }
}

void PingtoolProcess::start(const QStringList &arguments, const QStringList &wrapper)
{
    m_err.clear();
    m_out.clear();
    if (wrapper.isEmpty()) {
        m_process->start(TestSupport::pingtoolExecutable(), arguments);
    } else {
        QStringList all = wrapper.mid(1);
        all << TestSupport::pingtoolExecutable() << arguments;
        m_process->start(wrapper.first(), all);
    }
    m_process->closeWriteChannel();
    m_process->waitForStarted(10000);
}

bool PingtoolProcess::waitForStderr(const QString &text, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (true) {
        m_err += m_process->readAllStandardError();
        m_out += m_process->readAllStandardOutput();
        if (QString::fromUtf8(m_err).contains(text))
            return true;
        if (m_process->state() == QProcess::NotRunning || timer.hasExpired(timeoutMs))
            return false;
        m_process->waitForReadyRead(50);
    }
}

void PingtoolProcess::sigkill()
{
    if (m_process->state() == QProcess::NotRunning)
        return;
    m_process->kill(); // SIGKILL on Unix: no handler, no flush, no clean-up
    m_process->waitForFinished(10000);
    m_err += m_process->readAllStandardError();
    m_out += m_process->readAllStandardOutput();
}

int PingtoolProcess::sigterm(int timeoutMs)
{
    if (m_process->state() != QProcess::NotRunning)
        ::kill(pid_t(m_process->processId()), SIGTERM);
    if (!finish(timeoutMs))
        return -1;
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

bool PingtoolProcess::finish(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (m_process->state() != QProcess::NotRunning && !timer.hasExpired(timeoutMs)) {
        m_process->waitForFinished(100);
        m_err += m_process->readAllStandardError();
        m_out += m_process->readAllStandardOutput();
    }
    m_err += m_process->readAllStandardError();
    m_out += m_process->readAllStandardOutput();
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(10000);
        return false;
    }
    return true;
}

QString PingtoolProcess::stderrText()
{
    m_err += m_process->readAllStandardError();
    return QString::fromUtf8(m_err);
}

QString PingtoolProcess::stdoutText()
{
    m_out += m_process->readAllStandardOutput();
    return QString::fromUtf8(m_out);
}

Snapshot snapshot(const QString &databasePath)
{
    Snapshot s;
    ReadConnection c(databasePath);
    if (!c.ok()) {
        s.error = c.error();
        return s;
    }
    QSqlQuery q(c.db());
    if (!q.exec(QStringLiteral("SELECT id, status, failed_checks, last_checked_at, next_due_at, "
                               "last_error FROM hosts"))) {
        s.error = q.lastError().text();
        return s;
    }
    while (q.next()) {
        HostRow r;
        r.status = q.value(1).toString();
        r.failedChecks = q.value(2).toInt();
        r.lastCheckedAt = fromIsoUtc(q.value(3).toString());
        r.nextDueAt = fromIsoUtc(q.value(4).toString());
        r.lastError = q.value(5).toString();
        s.hosts.insert(q.value(0).toLongLong(), r);
    }
    q.finish();
    if (!q.exec(QStringLiteral("SELECT coalesce(sum(checks), 0) FROM check_rollups"))
        || !q.next()) {
        s.error = q.lastError().text();
        return s;
    }
    s.checks = q.value(0).toLongLong();
    q.finish();
    if (!q.exec(QStringLiteral("SELECT count(*), coalesce(sum(ended_at IS NULL), 0) FROM outages"))
        || !q.next()) {
        s.error = q.lastError().text();
        return s;
    }
    s.outages = q.value(0).toInt();
    s.openOutages = q.value(1).toInt();
    s.ok = true;
    return s;
}

QVariant scalar(const QString &databasePath, const QString &sql)
{
    ReadConnection c(databasePath);
    if (!c.ok())
        return {};
    QSqlQuery q(c.db());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

bool writeLockHeld(const QString &databasePath)
{
    const QString name
        = QStringLiteral("reliability-probe-%1").arg(g_connections.fetchAndAddRelaxed(1));
    bool held = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
                q.exec(QStringLiteral("ROLLBACK"));
            else
                held = true;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return held;
}

QString integrityCheck(const QString &databasePath)
{
    ReadConnection c(databasePath);
    if (!c.ok())
        return c.error();
    QSqlQuery q(c.db());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return q.lastError().text();
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    return lines.join(u'\n');
}

QString outageInvariantViolation(const QString &databasePath)
{
    ReadConnection c(databasePath);
    if (!c.ok())
        return c.error();
    QSqlQuery q(c.db());
    // Down <=> exactly one open outage.
    if (!q.exec(QStringLiteral(
            "SELECT h.id, h.status, (SELECT count(*) FROM outages o WHERE o.host_id = h.id AND "
            "o.ended_at IS NULL) AS open FROM hosts h WHERE (h.status = 'Down') != (open = 1) "
            "OR open > 1 LIMIT 5")))
        return q.lastError().text();
    QStringList wrong;
    while (q.next())
        wrong << QStringLiteral("host %1 is %2 with %3 open outages")
                     .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    q.finish();
    if (!q.exec(QStringLiteral("SELECT id FROM outages WHERE ended_at IS NOT NULL AND ended_at "
                               "!= '' AND ended_at < started_at LIMIT 5")))
        return q.lastError().text();
    while (q.next())
        wrong << QStringLiteral("outage %1 ends before it starts").arg(q.value(0).toString());
    return wrong.join(QStringLiteral("; "));
}

} // namespace Reliability
