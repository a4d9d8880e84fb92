// MonitorEngine and MonitorController with a real database file and fake ping programs.

#include "engine/monitorcontroller.h"
#include "engine/monitorengine.h"
#include "store/hoststore.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QByteArray kUp = "#!/bin/sh\n"
                       "echo '4 packets transmitted, 4 received, 0% packet loss'\n"
                       "echo 'rtt min/avg/max/mdev = 0.100/0.200/0.300/0.050 ms'\n";
const QByteArray kDown = "#!/bin/sh\n"
                         "echo '4 packets transmitted, 0 received, 100% packet loss'\nexit 1\n";
const QByteArray kSlowUp = "#!/bin/sh\nsleep 1\n"
                           "echo '4 packets transmitted, 4 received, 0% packet loss'\n";

int sumOf(const QSignalSpy &spy)
{
    int sum = 0;
    for (const QList<QVariant> &args : spy)
        sum += args.at(0).toInt();
    return sum;
}

} // namespace

class TestMonitorEngine : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void resultsAreWrittenInBatchesOfAtMostBatchMaxResults();
    void aBatchWaitsForMoreResultsBeforeWriting();
    void cleanStopWritesEveryPendingResult();
    void transitionsAreSignalledPerBatch();
    void pausedHostsAreNotChecked();
    void removedHostLosesItsRunningCheckAndResult();
    void removedHostLosesItsPendingResult();
    void hostAddedByAnotherProcessIsMonitored();
    void missingDatabaseDirectoryFailsToStart();
    void controllerRunsEngineOnItsOwnThread();
    void monitorPrunesRollupsOlderThanRetention();

private:
    QList<qint64> addHosts(int count, const QString &firstOctets = QStringLiteral("127.0.0."));
    EngineSettings settings(const QByteArray &script);
    HostList storedHosts();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestMonitorEngine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("hosts.sqlite"));
}

QList<qint64> TestMonitorEngine::addHosts(int count, const QString &firstOctets)
{
    auto store = HostStore::open(m_db);
    if (!store)
        return {};
    HostList hosts;
    for (int i = 1; i <= count; ++i) {
        Host h;
        h.name = QStringLiteral("host-%1").arg(i);
        h.address = firstOctets + QString::number(i);
        hosts.append(h);
    }
    const auto ids = store.value()->addHosts(hosts);
    return ids ? ids.value() : QList<qint64>();
}

EngineSettings TestMonitorEngine::settings(const QByteArray &script)
{
    EngineSettings s;
    static int n = 0;
    s.pingProgram
        = TestSupport::writeScript(m_dir->filePath(QStringLiteral("ping-%1.sh").arg(++n)), script);
    s.lifecycle.knownIntervalS = 3600; // one check per host within a test
    s.lifecycle.minJitterS = 0;
    s.lifecycle.jitterPercent = 0;
    return s;
}

HostList TestMonitorEngine::storedHosts()
{
    auto store = HostStore::open(m_db);
    if (!store)
        return {};
    const auto hosts = store.value()->listHosts();
    return hosts ? hosts.value() : HostList();
}

void TestMonitorEngine::resultsAreWrittenInBatchesOfAtMostBatchMaxResults()
{
    QCOMPARE(addHosts(12).size(), 12);
    EngineSettings s = settings(kUp);
    s.batchMaxResults = 5;
    s.batchMaxDelayMs = 60000; // only a full batch (or the end) writes
    MonitorEngine engine;
    QSignalSpy batches(&engine, &MonitorEngine::batchWritten);
    QSignalSpy done(&engine, &MonitorEngine::roundFinished);
    engine.open(m_db, s, MonitorEngine::Mode::CheckOnce);
    QVERIFY(engine.isOpen());
    QVERIFY(done.wait(30000));
    QCOMPARE(sumOf(batches), 12);
    QCOMPARE(batches.count(), 3); // 5 + 5 + 2, not 12 commits
    QCOMPARE(engine.transactionsWritten(), 3);
    for (const QList<QVariant> &args : batches)
        QVERIFY(args.at(0).toInt() <= 5);
    engine.shutdown();
    for (const Host &h : storedHosts()) {
        QCOMPARE(h.state.status, HostStatus::Up);
        QCOMPARE(h.state.proof, Proof::Ping);
        QVERIFY(h.state.lastRttMs.has_value());
    }
}

void TestMonitorEngine::aBatchWaitsForMoreResultsBeforeWriting()
{
    QCOMPARE(addHosts(4).size(), 4);
    EngineSettings s = settings(kUp);
    s.batchMaxResults = 1000;
    s.batchMaxDelayMs = 3000;
    MonitorEngine engine;
    QSignalSpy batches(&engine, &MonitorEngine::batchWritten);
    QSignalSpy changed(&engine, &MonitorEngine::hostsChanged);
    engine.open(m_db, s);
    engine.checkNow({1, 2, 3, 4});
    QTRY_COMPARE_WITH_TIMEOUT(sumOf(batches), 4, 30000);
    QVERIFY(batches.count() < 4); // results shared transactions
    int hosts = 0;
    for (const QList<QVariant> &args : changed)
        hosts += int(args.at(0).value<HostList>().size());
    QCOMPARE(hosts, 4);
    engine.shutdown();
}

void TestMonitorEngine::cleanStopWritesEveryPendingResult()
{
    QCOMPARE(addHosts(6).size(), 6);
    EngineSettings s = settings(kUp);
    s.batchMaxResults = 1000;
    s.batchMaxDelayMs = 600000; // nothing is written until the stop
    MonitorEngine engine;
    QSignalSpy batches(&engine, &MonitorEngine::batchWritten);
    engine.open(m_db, s);
    engine.checkNow({1, 2, 3, 4, 5, 6});
    QTRY_COMPARE_WITH_TIMEOUT(engine.stats().checksPerMinute, 6.0, 30000);
    QCOMPARE(batches.count(), 0);
    for (const Host &h : storedHosts())
        QVERIFY(!h.state.lastCheckedAt.isValid()); // still pending in memory

    engine.shutdown();
    QCOMPARE(batches.count(), 1);
    QCOMPARE(sumOf(batches), 6);
    const HostList stored = storedHosts();
    QCOMPARE(stored.size(), 6);
    for (const Host &h : stored) {
        QCOMPARE(h.state.status, HostStatus::Up);
        QVERIFY(h.state.lastCheckedAt.isValid());
    }
}

void TestMonitorEngine::transitionsAreSignalledPerBatch()
{
    QCOMPARE(addHosts(2).size(), 2);
    MonitorEngine engine;
    QSignalSpy transitions(&engine, &MonitorEngine::transitions);
    QSignalSpy done(&engine, &MonitorEngine::roundFinished);
    engine.open(m_db, settings(kUp), MonitorEngine::Mode::CheckOnce);
    QVERIFY(done.wait(30000));
    QList<StatusTransition> all;
    for (const QList<QVariant> &args : transitions)
        all += args.at(0).value<QList<StatusTransition>>();
    QCOMPARE(all.size(), 2);
    for (const StatusTransition &t : all) {
        QCOMPARE(t.from, HostStatus::New);
        QCOMPARE(t.to, HostStatus::Up);
        QCOMPARE(t.proof, Proof::Ping);
        QVERIFY(t.name.startsWith(QStringLiteral("host-")));
        QVERIFY(t.atUtc.isValid());
    }
}

void TestMonitorEngine::pausedHostsAreNotChecked()
{
    const QList<qint64> ids = addHosts(3);
    {
        auto store = HostStore::open(m_db);
        QVERIFY(store);
        QVERIFY(store.value()->setPaused({ids.at(1)}, true));
    }
    MonitorEngine engine;
    QSignalSpy done(&engine, &MonitorEngine::roundFinished);
    engine.open(m_db, settings(kUp), MonitorEngine::Mode::CheckOnce);
    QVERIFY(done.wait(30000));
    engine.shutdown();
    for (const Host &h : storedHosts())
        QCOMPARE(h.state.lastCheckedAt.isValid(), h.id != ids.at(1));
}

void TestMonitorEngine::removedHostLosesItsRunningCheckAndResult()
{
    const QList<qint64> ids = addHosts(2);
    MonitorEngine engine;
    QSignalSpy changed(&engine, &MonitorEngine::hostsChanged);
    QSignalSpy removed(&engine, &MonitorEngine::hostsRemoved);
    engine.open(m_db, settings(kSlowUp));
    engine.checkNow(ids);
    QTRY_COMPARE(engine.stats().runningChecks, 2);
    engine.removeHosts({ids.at(0)});
    QCOMPARE(removed.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(engine.stats().checksPerMinute, 1.0, 30000);
    engine.shutdown();
    for (const QList<QVariant> &args : changed)
        for (const Host &h : args.at(0).value<HostList>())
            QVERIFY(h.id != ids.at(0));
    const HostList stored = storedHosts();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.at(0).id, ids.at(1));
    QCOMPARE(stored.at(0).state.status, HostStatus::Up);
}

void TestMonitorEngine::removedHostLosesItsPendingResult()
{
    const QList<qint64> ids = addHosts(3);
    EngineSettings s = settings(kUp);
    s.batchMaxDelayMs = 600000;
    MonitorEngine engine;
    QSignalSpy batches(&engine, &MonitorEngine::batchWritten);
    engine.open(m_db, s);
    engine.checkNow(ids);
    QTRY_COMPARE_WITH_TIMEOUT(engine.stats().checksPerMinute, 3.0, 30000);
    engine.removeHosts({ids.at(2)});
    engine.shutdown();
    QCOMPARE(sumOf(batches), 2);
}

void TestMonitorEngine::hostAddedByAnotherProcessIsMonitored()
{
    addHosts(1);
    EngineSettings s = settings(kUp);
    s.batchMaxDelayMs = 50;
    MonitorEngine engine;
    QSignalSpy added(&engine, &MonitorEngine::hostAdded);
    QSignalSpy changed(&engine, &MonitorEngine::hostsChanged);
    engine.open(m_db, s);
    {
        auto other = HostStore::open(m_db); // another connection, as `pingtool --add` uses
        QVERIFY(other);
        Host h;
        h.name = QStringLiteral("late");
        h.address = QStringLiteral("127.0.0.99");
        QVERIFY(other.value()->addHost(h));
    }
    QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, 20000);
    QCOMPARE(added.at(0).at(0).value<Host>().name, QStringLiteral("late"));
    const auto lateChecked = [&] {
        for (const QList<QVariant> &args : changed)
            for (const Host &h : args.at(0).value<HostList>())
                if (h.name == QLatin1String("late") && h.state.status == HostStatus::Up)
                    return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(lateChecked(), 20000);
    engine.shutdown();
}

void TestMonitorEngine::missingDatabaseDirectoryFailsToStart()
{
    MonitorEngine engine;
    QSignalSpy failed(&engine, &MonitorEngine::failed);
    QSignalSpy started(&engine, &MonitorEngine::started);
    QFile blocker(m_dir->filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    engine.open(m_dir->filePath(QStringLiteral("file/below/a/file.sqlite")), EngineSettings {});
    QCOMPARE(failed.count(), 1);
    QCOMPARE(started.count(), 0);
    QVERIFY(failed.at(0).at(0).value<Error>().isDatabaseError());
    QVERIFY(!engine.isOpen());
}

void TestMonitorEngine::controllerRunsEngineOnItsOwnThread()
{
    addHosts(1);
    EngineSettings s = settings(kUp);
    s.batchMaxDelayMs = 50;
    MonitorController controller;
    QSignalSpy started(&controller, &MonitorController::started);
    QSignalSpy added(&controller, &MonitorController::hostAdded);
    QSignalSpy changed(&controller, &MonitorController::hostsChanged);
    QSignalSpy removed(&controller, &MonitorController::hostsRemoved);
    QSignalSpy stopped(&controller, &MonitorController::stopped);
    QSignalSpy stats(&controller, &MonitorController::statsChanged);
    controller.start(m_db, s);
    QVERIFY(started.wait(20000));
    QVERIFY(controller.isRunning());
    QCOMPARE(started.at(0).at(0).value<HostList>().size(), 1);

    Host h;
    h.name = QStringLiteral("new one");
    h.address = QStringLiteral("127.0.0.42");
    controller.addHost(h);
    QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, 20000);
    const qint64 id = added.at(0).at(0).value<Host>().id;
    QVERIFY(id > 0);
    const auto upFor = [&](qint64 hostId) {
        for (const QList<QVariant> &args : changed)
            for (const Host &c : args.at(0).value<HostList>())
                if (c.id == hostId && c.state.status == HostStatus::Up)
                    return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(upFor(id), 20000); // a new host is checked at once
    QVERIFY(stats.wait(5000));

    controller.removeHosts({id});
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 20000);
    controller.stop();
    QCOMPARE(stopped.count(), 1);
    QVERIFY(!controller.isRunning());
    QCOMPARE(storedHosts().size(), 1);
}

void TestMonitorEngine::monitorPrunesRollupsOlderThanRetention()
{
    const QList<qint64> ids = addHosts(1);
    QCOMPARE(ids.size(), 1);
    const QString recentHour = toIsoUtc(QDateTime::currentDateTimeUtc().addDays(-2)).left(13);
    {
        auto store = HostStore::open(m_db);
        QVERIFY(store);
        QSqlQuery q(store.value()->database());
        for (const QString &hour : {QStringLiteral("2001-01-01T00"), recentHour}) {
            q.prepare(QStringLiteral("INSERT INTO check_rollups (host_id, hour, checks) "
                                     "VALUES (?, ?, 1)"));
            q.addBindValue(ids.first());
            q.addBindValue(hour);
            QVERIFY(q.exec());
        }
    }
    EngineSettings s = settings(kUp);
    s.sampleRetentionDays = 30;
    MonitorEngine engine;
    engine.open(m_db, s);
    QVERIFY(engine.isOpen());
    {
        auto store = HostStore::open(m_db);
        QVERIFY(store);
        QSqlQuery q(store.value()->database());
        QVERIFY(q.exec(QStringLiteral("SELECT hour FROM check_rollups ORDER BY hour")));
        QStringList hours;
        while (q.next())
            hours << q.value(0).toString();
        QVERIFY2(!hours.contains(QStringLiteral("2001-01-01T00")), qPrintable(hours.join(u',')));
        QVERIFY(hours.contains(recentHour));
    }
    engine.shutdown();
}

QTEST_GUILESS_MAIN(TestMonitorEngine)
#include "tst_monitorengine.moc"
