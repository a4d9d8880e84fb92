// Crash safety: `pingtool --import` of a large file and `pingtool --headless` on a busy database
// are killed with SIGKILL at random moments (no handler runs, nothing is flushed). After every
// kill the database must open, pass PRAGMA integrity_check, hold each import entirely or not at
// all, and still hold every result a reader saw committed before the kill; a restarted monitor
// must start (the killed process's lock file does not block it), lose no host, keep outages
// consistent and give sane next due times.
//
// The kill moments come from a seeded generator (PINGTOOL_CRASH_SEED to repeat a run).

#include "reliabilitysupport.h"
#include "store/hoststore.h"
#include "store/monitorlock.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace Reliability;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedImportIsAllOrNothing();
    void killedMonitorLosesNothingCommittedAndRestarts();

private:
    QString writeImportFile(int batch, int rows);
    void verifyOpensAndIsIntact(const QString &db);

    QTemporaryDir m_dir;
    QRandomGenerator m_random;
};

void TestCrashSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const quint32 seed = qEnvironmentVariableIsSet("PINGTOOL_CRASH_SEED")
        ? quint32(qEnvironmentVariableIntValue("PINGTOOL_CRASH_SEED"))
        : 20261127u;
    qInfo("kill moments from seed %u (set PINGTOOL_CRASH_SEED to repeat another run)", seed);
    m_random.seed(seed);
}

// Hosts of import `batch` have addresses 127.<batch + 1>.x.y, so each import is recognisable.
QString TestCrashSafety::writeImportFile(int batch, int rows)
{
    const QString path = m_dir.filePath(QStringLiteral("import-%1.csv").arg(batch));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QByteArray data = "name,address,supplier,post code,type\r\n";
    for (int i = 0; i < rows; ++i) {
        const QString address
            = QStringLiteral("127.%1.%2.%3").arg(batch + 1).arg(i / 254 % 256).arg(i % 254 + 1);
        data += QStringLiteral("site %1-%2,%3,Supplier %4,AB%5 1CD,FTTC\r\n")
                    .arg(batch)
                    .arg(i)
                    .arg(address)
                    .arg(i % 9)
                    .arg(i % 90)
                    .toUtf8();
    }
    f.write(data);
    return path;
}

void TestCrashSafety::verifyOpensAndIsIntact(const QString &db)
{
    // Opening as the writer recovers the write-ahead log of the killed process.
    {
        auto store = HostStore::open(db);
        QVERIFY2(store.ok(), store ? "" : qPrintable(store.error().message));
    }
    QCOMPARE(integrityCheck(db), QStringLiteral("ok"));
    const QString outages = outageInvariantViolation(db);
    QVERIFY2(outages.isEmpty(), qPrintable(outages));
}

void TestCrashSafety::killedImportIsAllOrNothing()
{
    const QString db = m_dir.filePath(QStringLiteral("import.sqlite"));
    const int rows = 10000;
    QElapsedTimer phase;
    phase.start();
    constexpr int kKills = 10;

    // A first import runs to its end: it shows how long one takes here (ASan, a loaded CI
    // machine), so the kills below land before, during and after the write.
    QElapsedTimer timer;
    timer.start();
    const TestSupport::ProcessResult first = TestSupport::runPingtool(
        {QStringLiteral("--database"), db, QStringLiteral("--import"), writeImportFile(0, rows)},
        120000);
    const qint64 importMs = std::max<qint64>(timer.elapsed(), 50);
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM hosts")).toInt(), rows);
    qInfo("one import of %d rows takes %lld ms here", rows, importMs);

    QHash<int, int> expected; // batch -> rows it must hold (0 or all)
    expected.insert(0, rows);
    int killedMidway = 0;
    int complete = 0;
    int killedWriting = 0;
    for (int batch = 1; batch <= kKills; ++batch) {
        const QString file = writeImportFile(batch, rows);
        // Reading and planning come first, the write last: most kills aim at the later part.
        const qint64 killAtMs
            = importMs * 3 / 10 + m_random.bounded(qint64(std::max<qint64>(importMs * 8 / 10, 1)));
        PingtoolProcess p;
        p.start({QStringLiteral("--database"), db, QStringLiteral("--import"), file});
        if (batch % 2) {
            QTest::qWait(int(killAtMs)); // the process runs on regardless of this event loop
        } else {
            // Every other import is killed as soon as it holds the write lock: in the middle
            // of its one transaction.
            QElapsedTimer waited;
            waited.start();
            while (p.process().state() == QProcess::Running && !writeLockHeld(db)
                && !waited.hasExpired(importMs * 3))
                QThread::msleep(2);
        }
        // Inside its one transaction (holding the write lock) or before or after it?
        const bool wasWriting = writeLockHeld(db);
        const bool wasRunning = p.process().state() == QProcess::Running;
        p.sigkill();
        killedMidway += wasRunning ? 1 : 0;

        verifyOpensAndIsIntact(db);
        const int held = scalar(db,
            QStringLiteral("SELECT count(*) FROM hosts WHERE address LIKE '127.%1.%'")
                .arg(batch + 1))
                             .toInt();
        QVERIFY2(held == 0 || held == rows,
            qPrintable(QStringLiteral("import %1 killed after %2 ms holds %3 of %4 rows")
                           .arg(batch)
                           .arg(killAtMs)
                           .arg(held)
                           .arg(rows)));
        expected.insert(batch, held);
        complete += held == rows ? 1 : 0;
        killedWriting += wasWriting ? 1 : 0;
        // Earlier imports are untouched.
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const int now = scalar(db,
                QStringLiteral("SELECT count(*) FROM hosts WHERE address LIKE '127.%1.%'")
                    .arg(it.key() + 1))
                                .toInt();
            QCOMPARE(now, it.value());
        }
    }
    qInfo("%d of %d imports were killed while running; %d had committed, %d left nothing, %d of "
          "them killed inside the import's transaction",
        killedMidway, kKills, complete, kKills - complete, killedWriting);
    QVERIFY(killedMidway > 0);
    QVERIFY2(killedWriting > 0, "no kill landed inside an import's transaction");

    // A killed import leaves nothing behind that stops the next one.
    const TestSupport::ProcessResult again
        = TestSupport::runPingtool({QStringLiteral("--database"), db, QStringLiteral("--import"),
                                       writeImportFile(kKills + 1, 100)},
            60000);
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains("100 imported"));
    qInfo("import kills took %lld ms in all", phase.elapsed());
}

void TestCrashSafety::killedMonitorLosesNothingCommittedAndRestarts()
{
    const QString db = m_dir.filePath(QStringLiteral("monitor.sqlite"));
    const int hostCount = 200;
    QElapsedTimer phase;
    phase.start();
    constexpr int kKills = 10;
    const QList<qint64> ids = addLoopbackHosts(db, hostCount);
    const QString ping = TestSupport::writeScript(
        m_dir.filePath(QStringLiteral("flapping-ping.sh")), flappingPingScript());
    const EngineSettings settings = busySettings(ping);
    const QString ini = writeSettings(m_dir.filePath(QStringLiteral("busy.ini")), settings);
    const QStringList args = {QStringLiteral("--database"), db, QStringLiteral("--settings"), ini,
        QStringLiteral("--headless")};
    const qint64 maxDelayS = settings.lifecycle.knownIntervalS
        + std::max<qint64>(settings.lifecycle.minJitterS,
            settings.lifecycle.knownIntervalS * settings.lifecycle.jitterPercent / 100)
        + 1; // stored times have whole seconds

    qint64 lastChecks = 0;
    for (int kill = 1; kill <= kKills; ++kill) {
        PingtoolProcess p;
        p.start(args);
        // A restart after SIGKILL finds the dead process's lock file and takes it over.
        QVERIFY2(p.waitForStderr(QStringLiteral("Monitoring %1 hosts").arg(hostCount), 30000),
            qPrintable(p.stderrText()));
        QTest::qWait(int(m_random.bounded(300, 2000)));
        // What a reader sees committed now must still be there after the kill.
        const Snapshot before = snapshot(db);
        QVERIFY2(before.ok, qPrintable(before.error));
        p.sigkill();
        // The killed monitor's lock file stays behind; the next start must take it over.
        QVERIFY(QFile::exists(MonitorLock::lockFilePath(db)));

        verifyOpensAndIsIntact(db);
        const Snapshot after = snapshot(db);
        QVERIFY2(after.ok, qPrintable(after.error));
        QCOMPARE(after.hosts.size(), hostCount); // no host lost
        QVERIFY2(after.checks >= before.checks,
            qPrintable(QStringLiteral("kill %1: %2 checks committed before the kill, %3 after")
                           .arg(kill)
                           .arg(before.checks)
                           .arg(after.checks)));
        for (qint64 id : ids) {
            const HostRow &b = before.hosts[id];
            const HostRow &a = after.hosts[id];
            QVERIFY(!b.lastCheckedAt.isValid() || a.lastCheckedAt >= b.lastCheckedAt);
            if (a.lastCheckedAt.isValid()) {
                // Next due: one interval plus jitter after the last check, never beyond.
                const qint64 dueIn = a.lastCheckedAt.secsTo(a.nextDueAt);
                QVERIFY2(dueIn >= settings.lifecycle.knownIntervalS - 1 && dueIn <= maxDelayS,
                    qPrintable(QStringLiteral("host %1 next due %2 s after its last check")
                                   .arg(id)
                                   .arg(dueIn)));
            }
        }
        lastChecks = after.checks;
    }
    QVERIFY2(lastChecks > 0, "the monitor never committed a result between kills");
    const Snapshot beforeFinal = snapshot(db);
    QVERIFY(beforeFinal.outages > 0); // the flapping ping did open outages

    // The last restart runs for more than one interval: overdue first checks are spread over
    // one interval, so by then every host has been checked again. It stops cleanly.
    const QDateTime restartedAt = QDateTime::currentDateTimeUtc().addSecs(-1);
    PingtoolProcess p;
    p.start(args);
    QVERIFY2(p.waitForStderr(QStringLiteral("Monitoring %1 hosts").arg(hostCount), 30000),
        qPrintable(p.stderrText()));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const Snapshot s = snapshot(db);
            if (!s.ok || s.hosts.size() != hostCount)
                return false;
            for (const HostRow &r : s.hosts)
                if (!r.lastCheckedAt.isValid() || r.lastCheckedAt < restartedAt)
                    return false;
            return true;
        }(),
        40000);
    QCOMPARE(p.sigterm(), 0);
    verifyOpensAndIsIntact(db);
    const Snapshot last = snapshot(db);
    QCOMPARE(last.hosts.size(), hostCount);
    QVERIFY(last.checks > beforeFinal.checks);
    QVERIFY2(
        !p.stderrText().contains(QStringLiteral("cannot be checked")), qPrintable(p.stderrText()));
    qInfo("monitor kills and the last restart took %lld ms in all", phase.elapsed());
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
