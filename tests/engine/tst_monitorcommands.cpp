// `pingtool --check-once` and `pingtool --headless`, run as processes.

#include "appsettings.h"
#include "testsupport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using TestSupport::runPingtool;

class TestMonitorCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void checkOnceChecksLoopbackHosts();
    void fakePingHostReachesUnknownAfterFourRuns();
    void missingPingProgramIsReportedNotCountedAsFailure();
    void unusableDatabaseExitsWithDatabaseCode();
    void headlessLogsTransitionsAndExitsCleanlyOnSigterm();
    void headlessStopsOnSigintToo();
    void headlessLogsHostsThatCannotBeChecked();
    void secondMonitorOnSameDatabaseIsRefused();

private:
    QStringList db() const { return {QStringLiteral("--database"), m_db}; }
    QString settingsWithPing(const QByteArray &script);
    void add(const QString &name, const QString &address);
    QProcess *startHeadless(const QString &settingsFile);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestMonitorCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("pingtool.sqlite"));
}

QString TestMonitorCommands::settingsWithPing(const QByteArray &script)
{
    const QString ini = m_dir->filePath(QStringLiteral("settings.ini"));
    AppSettings settings(ini);
    EngineSettings e = settings.engine();
    e.pingProgram = script.isEmpty()
        ? m_dir->filePath(QStringLiteral("no-such-ping"))
        : TestSupport::writeScript(m_dir->filePath(QStringLiteral("ping.sh")), script);
    e.batchMaxDelayMs = 50;
    settings.setEngine(e);
    settings.sync();
    return ini;
}

void TestMonitorCommands::add(const QString &name, const QString &address)
{
    const auto r = runPingtool(db() << QStringLiteral("--add") << QStringLiteral("--name") << name
                                    << QStringLiteral("--address") << address);
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

QProcess *TestMonitorCommands::startHeadless(const QString &settingsFile)
{
    auto *p = new QProcess(this);
    p->start(TestSupport::pingtoolExecutable(),
        db() << QStringLiteral("--headless") << QStringLiteral("--settings") << settingsFile);
    return p;
}

void TestMonitorCommands::checkOnceChecksLoopbackHosts()
{
    const QString ping = QStandardPaths::findExecutable(QStringLiteral("ping"));
    if (ping.isEmpty())
        QSKIP("no ping program on PATH");
    QProcess probe;
    probe.start(ping,
        {QStringLiteral("-n"), QStringLiteral("-c"), QStringLiteral("1"), QStringLiteral("-W"),
            QStringLiteral("1"), QStringLiteral("127.0.0.1")});
    if (!probe.waitForFinished(10000) || probe.exitCode() != 0)
        QSKIP("the system ping cannot ping 127.0.0.1 here");

    add(QStringLiteral("loop one"), QStringLiteral("127.0.0.1"));
    add(QStringLiteral("loop two"), QStringLiteral("127.0.0.2"));
    const QString ini = m_dir->filePath(QStringLiteral("defaults.ini")); // system ping
    const auto r = runPingtool(
        db() << QStringLiteral("--check-once") << QStringLiteral("--settings") << ini);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out.trimmed(), QByteArray("Checked 2 hosts: 2 Up, 0 Down, 0 Unknown, 0 New"));

    const auto list = runPingtool(db() << QStringLiteral("--list") << QStringLiteral("--json"));
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains("\"Up\"") || list.out.contains("\"up\""));
}

void TestMonitorCommands::fakePingHostReachesUnknownAfterFourRuns()
{
    add(QStringLiteral("silent"), QStringLiteral("127.0.0.1"));
    const QString ini = settingsWithPing(
        "#!/bin/sh\necho '4 packets transmitted, 0 received, 100% packet loss'\nexit 1\n");
    const QStringList args = db() << QStringLiteral("--check-once") << QStringLiteral("--settings")
                                  << ini;
    for (int run = 1; run <= 3; ++run) {
        const auto r = runPingtool(args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.trimmed(), QByteArray("Checked 1 host: 0 Up, 0 Down, 0 Unknown, 1 New"));
    }
    const auto fourth = runPingtool(args);
    QCOMPARE(fourth.exitCode, 0);
    QCOMPARE(fourth.out.trimmed(), QByteArray("Checked 1 host: 0 Up, 0 Down, 1 Unknown, 0 New"));
}

void TestMonitorCommands::missingPingProgramIsReportedNotCountedAsFailure()
{
    add(QStringLiteral("router"), QStringLiteral("127.0.0.1"));
    const QString ini = settingsWithPing({});
    for (int run = 1; run <= 5; ++run) {
        const auto r = runPingtool(
            db() << QStringLiteral("--check-once") << QStringLiteral("--settings") << ini);
        QCOMPARE(r.exitCode, 0);
        // Still New after five runs: an error is not a failed check.
        QCOMPARE(r.out.trimmed(), QByteArray("Checked 1 host: 0 Up, 0 Down, 0 Unknown, 1 New"));
        QVERIFY2(r.err.contains("ping program not found: "), r.err.constData());
    }
}

void TestMonitorCommands::unusableDatabaseExitsWithDatabaseCode()
{
    QFile file(m_dir->filePath(QStringLiteral("plain")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString bad = m_dir->filePath(QStringLiteral("plain/below/db.sqlite"));
    for (const QString &mode : {QStringLiteral("--check-once"), QStringLiteral("--headless")}) {
        const auto r = runPingtool({QStringLiteral("--database"), bad, mode}, 30000);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!r.err.isEmpty());
    }
}

void TestMonitorCommands::headlessLogsTransitionsAndExitsCleanlyOnSigterm()
{
    add(QStringLiteral("edge router"), QStringLiteral("127.0.0.1"));
    const QString ini = settingsWithPing("#!/bin/sh\n"
                                         "echo '4 packets transmitted, 4 received, 0% loss'\n");
    QProcess *p = startHeadless(ini);
    QVERIFY(p->waitForStarted(10000));
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += p->readAllStandardError()).contains("New -> Up"), 30000);
    const QList<QByteArray> lines = err.split('\n');
    const auto line = std::find_if(
        lines.cbegin(), lines.cend(), [](const QByteArray &l) { return l.contains("New -> Up"); });
    QVERIFY(line->contains("edge router"));
    QVERIFY(line->contains("127.0.0.1"));
    QVERIFY(line->contains("ping"));
    QVERIFY(QDateTime::fromString(QString::fromLatin1(line->split(' ').value(0)), Qt::ISODate)
                .isValid());

    p->terminate(); // SIGTERM
    QVERIFY(p->waitForFinished(30000));
    QCOMPARE(p->exitStatus(), QProcess::NormalExit);
    QCOMPARE(p->exitCode(), 0);

    const auto list = runPingtool(db() << QStringLiteral("--list"));
    QVERIFY(list.out.contains("Up"));
}

void TestMonitorCommands::headlessStopsOnSigintToo()
{
    add(QStringLiteral("edge router"), QStringLiteral("127.0.0.1"));
    const QString ini = settingsWithPing("#!/bin/sh\n"
                                         "echo '4 packets transmitted, 4 received, 0% loss'\n");
    QProcess *p = startHeadless(ini);
    QVERIFY(p->waitForStarted(10000));
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += p->readAllStandardError()).contains("Monitoring"), 30000);
    ::kill(pid_t(p->processId()), SIGINT);
    QVERIFY(p->waitForFinished(30000));
    QCOMPARE(p->exitStatus(), QProcess::NormalExit);
    QCOMPARE(p->exitCode(), 0);
}

void TestMonitorCommands::headlessLogsHostsThatCannotBeChecked()
{
    add(QStringLiteral("edge router"), QStringLiteral("127.0.0.1"));
    QProcess *p = startHeadless(settingsWithPing({})); // ping program missing
    QVERIFY(p->waitForStarted(10000));
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT(
        (err += p->readAllStandardError()).contains("cannot be checked: ping program not found"),
        30000);
    QVERIFY(err.contains("edge router"));
    QVERIFY(!err.contains("->")); // no status change: an error is not a failed check
    p->terminate();
    QVERIFY(p->waitForFinished(30000));
    QCOMPARE(p->exitCode(), 0);
}

void TestMonitorCommands::secondMonitorOnSameDatabaseIsRefused()
{
    add(QStringLiteral("edge router"), QStringLiteral("127.0.0.1"));
    const QString ini = settingsWithPing("#!/bin/sh\n"
                                         "echo '4 packets transmitted, 4 received, 0% loss'\n");
    QProcess *p = startHeadless(ini);
    QVERIFY(p->waitForStarted(10000));
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += p->readAllStandardError()).contains("Monitoring"), 30000);

    const auto second = runPingtool(db() << QStringLiteral("--headless"), 30000);
    QCOMPARE(second.exitCode, 3);
    QVERIFY(second.err.contains("already being monitored"));
    const auto once = runPingtool(db() << QStringLiteral("--check-once"), 30000);
    QCOMPARE(once.exitCode, 3);

    p->terminate();
    QVERIFY(p->waitForFinished(30000));
    QCOMPARE(p->exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestMonitorCommands)
#include "tst_monitorcommands.moc"
