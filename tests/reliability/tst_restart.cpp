// Restarts: closing and reopening the monitor (headless, check-once or the engine) keeps every
// host's status, failed-check count, open outage and history; an outage spanning the restart
// stays one outage and is not announced again; overdue checks after a long pause are spread
// over the first interval; due times written under a clock that has since gone back are not
// trusted to hold a host back.

#include "engine/check.h"
#include "engine/checkfactory.h"
#include "engine/monitorengine.h"
#include "engine/scheduler.h"
#include "reliabilitysupport.h"
#include "store/hoststore.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace Reliability;

namespace {

class NeverCheck : public Check
{
public:
    using Check::Check;
    void start() override { }
    void cancel() override { }
};

// Counts starts; checks never finish (the test looks only at the schedule).
class CountingFactory : public CheckFactory
{
public:
    int created = 0;
    Check *create(const Host &, QObject *parent) override
    {
        ++created;
        return new NeverCheck(parent);
    }
    void setSettings(const EngineSettings &) override { }
};

} // namespace

class TestRestart : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void restartKeepsStateOutagesAndHistoryAndStaysQuiet();
    void overdueChecksAfterALongPauseAreSpread();
    void dueTimesFromAClockThatWentBackDoNotHoldHostsBack();

private:
    void setDown(const QStringList &addresses);
    TestSupport::ProcessResult checkOnce();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_ini;
    QString m_downFile;
};

void TestRestart::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("pingtool.sqlite"));
    m_downFile = m_dir->filePath(QStringLiteral("down.txt"));
    const QString ping = TestSupport::writeScript(
        m_dir->filePath(QStringLiteral("ping.sh")), switchablePingScript(m_downFile));
    m_ini = writeSettings(m_dir->filePath(QStringLiteral("s.ini")), busySettings(ping));
}

void TestRestart::setDown(const QStringList &addresses)
{
    QFile f(m_downFile);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write((addresses.join(u'\n') + u'\n').toUtf8());
}

TestSupport::ProcessResult TestRestart::checkOnce()
{
    return TestSupport::runPingtool(
        {QStringLiteral("--database"), m_db, QStringLiteral("--settings"), m_ini,
            QStringLiteral("--check-once")},
        60000);
}

void TestRestart::restartKeepsStateOutagesAndHistoryAndStaysQuiet()
{
    // A: up, then down across restarts, then up again. B: never answers. C: always up.
    const QList<qint64> ids = addLoopbackHosts(m_db, 3);
    const qint64 a = ids[0], b = ids[1], c = ids[2];
    const QString addrA = loopbackAddress(0), addrB = loopbackAddress(1);

    setDown({addrB});
    QCOMPARE(checkOnce().exitCode, 0); // A Up, B New (1 failure), C Up
    setDown({addrA, addrB});
    QCOMPARE(checkOnce().exitCode, 0); // A Down: outage opened; B New (2 failures)
    Snapshot s = snapshot(m_db);
    QCOMPARE(s.hosts[a].status, QStringLiteral("Down"));
    QCOMPARE(s.hosts[b].failedChecks, 2);
    QCOMPARE(s.openOutages, 1);
    const qint64 historyBefore = s.checks;

    // The headless service restarts while A is still down: nothing is announced again, and
    // A's outage is the same one.
    PingtoolProcess p;
    p.start({QStringLiteral("--database"), m_db, QStringLiteral("--settings"), m_ini,
        QStringLiteral("--headless")});
    QVERIFY2(
        p.waitForStderr(QStringLiteral("Monitoring 3 hosts"), 30000), qPrintable(p.stderrText()));
    QTRY_VERIFY_WITH_TIMEOUT(snapshot(m_db).hosts[a].failedChecks >= 2, 30000); // A checked again
    QCOMPARE(p.sigterm(), 0);
    QVERIFY2(!p.stderrText().contains(QStringLiteral("-> Down")), qPrintable(p.stderrText()));
    s = snapshot(m_db);
    QCOMPARE(s.hosts[a].status, QStringLiteral("Down"));
    QCOMPARE(s.hosts[c].status, QStringLiteral("Up"));
    QCOMPARE(s.outages, 1);
    QCOMPARE(s.openOutages, 1);
    QVERIFY(s.checks > historyBefore); // history kept and added to

    // B's streak of failures is remembered across restarts: the 4th failure makes it Unknown,
    // whatever happened between.
    const int bFailures = s.hosts[b].failedChecks;
    QVERIFY(bFailures >= 2);
    for (int i = bFailures; i < 4; ++i) {
        QCOMPARE(s.hosts[b].status, QStringLiteral("New"));
        QCOMPARE(checkOnce().exitCode, 0);
        s = snapshot(m_db);
    }
    QCOMPARE(s.hosts[b].status, QStringLiteral("Unknown"));

    // A comes back: its one outage closes.
    setDown({addrB});
    QCOMPARE(checkOnce().exitCode, 0);
    s = snapshot(m_db);
    QCOMPARE(s.hosts[a].status, QStringLiteral("Up"));
    QCOMPARE(s.outages, 1);
    QCOMPARE(s.openOutages, 0);
    const QString violation = outageInvariantViolation(m_db);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestRestart::overdueChecksAfterALongPauseAreSpread()
{
    // 3,000 hosts last checked a day ago (the monitor was off): all overdue at once.
    const int n = 3000;
    const QList<qint64> ids = addLoopbackHosts(m_db, n);
    ManualClock clock;
    {
        auto store = HostStore::open(m_db);
        QVERIFY(store.ok());
        QList<QDateTime> due;
        for (int i = 0; i < n; ++i)
            due << clock.nowUtc().addSecs(-86400 + i % 600);
        QVERIFY(store.value()->setNextDue(ids, due).ok());
    }
    auto factory = std::make_unique<CountingFactory>();
    CountingFactory *counter = factory.get();
    MonitorEngine engine;
    engine.setClock(&clock);
    engine.setCheckFactory(std::move(factory));
    EngineSettings settings;
    settings.maxConcurrentChecks = 4096; // the cap is not what spreads them
    engine.open(m_db, settings);
    QVERIFY(engine.isOpen());

    const qint64 window = settings.lifecycle.knownIntervalS * 1000LL;
    QList<qint64> dues;
    for (qint64 id : ids) {
        const qint64 due = engine.scheduler().dueMs(id);
        QVERIFY(due >= 0 && due < window);
        dues << due;
    }
    std::sort(dues.begin(), dues.end());
    // No burst: in any one second at most a sixtieth of them (plus rounding).
    int worst = 0;
    for (qsizetype i = 0, j = 0; i < dues.size(); ++i) {
        while (dues[i] - dues[j] >= 1000)
            ++j;
        worst = std::max(worst, int(i - j + 1));
    }
    QVERIFY2(worst <= n / 60 + 2, qPrintable(QString::number(worst)));
    // Time does not move: only the first few are started.
    QTest::qWait(200);
    QVERIFY2(counter->created <= n / 60 + 2, qPrintable(QString::number(counter->created)));
    engine.shutdown();
}

void TestRestart::dueTimesFromAClockThatWentBackDoNotHoldHostsBack()
{
    // The monitor stopped with the clock an hour fast; now it is right again. Stored due times
    // lie an hour ahead: no host may wait that hour (an Up host is due within a minute).
    const int n = 100;
    const QList<qint64> ids = addLoopbackHosts(m_db, n);
    ManualClock clock;
    {
        auto store = HostStore::open(m_db);
        QVERIFY(store.ok());
        QList<QDateTime> due;
        for (int i = 0; i < n; ++i)
            due << clock.nowUtc().addSecs(3600 + i);
        QVERIFY(store.value()->setNextDue(ids, due).ok());
    }
    MonitorEngine engine;
    engine.setClock(&clock);
    engine.setCheckFactory(std::make_unique<CountingFactory>());
    EngineSettings settings;
    engine.open(m_db, settings);
    QVERIFY(engine.isOpen());
    const qint64 longest = checkIntervalMs(HostStatus::New, settings.lifecycle)
        + jitterBoundMs(checkIntervalMs(HostStatus::New, settings.lifecycle), settings.lifecycle);
    for (qint64 id : ids) {
        const qint64 due = engine.scheduler().dueMs(id);
        QVERIFY2(due >= 0 && due <= longest, qPrintable(QString::number(due)));
    }
    engine.shutdown();
}

QTEST_GUILESS_MAIN(TestRestart)
#include "tst_restart.moc"
