// Fault injection against the real pingtool executable: the database deleted or replaced while
// the monitor runs, a full disk during an import and during a batch write, a database locked by
// another process past the busy timeout, ping programs that hang, crash, flood their output or
// are replaced mid-run, and a low open-file limit. Each fault must give a clear message and lose
// nothing.

#include "reliabilitysupport.h"
#include "store/hoststore.h"
#include "testsupport.h"
#include "tmpfsmount.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>

using namespace Reliability;

class TestFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void deletedDatabaseIsWrittenBackWithEverything();
    void replacedDatabaseIsLeftAloneAndDataGoesOnInACopy();
    void diskFullDuringImportChangesNothingAndSaysSo();
    void diskFullDuringBatchWriteKeepsResultsUntilSpaceReturns();
    void lockedDatabaseFailsImportCleanly();
    void lockedDatabaseDelaysResultsButLosesNone();
    void misbehavingPingIsAnErrorNotAFailure_data();
    void misbehavingPingIsAnErrorNotAFailure();
    void pingProgramReplacedMidRunIsPickedUp();
    void lowOpenFileLimitLowersConcurrencyNotChecks();

private:
    QStringList dbArgs(const QString &db) const { return {QStringLiteral("--database"), db}; }
    QString importFile(int rows, int batch = 1);
    QString countingSettings(const QString &log, int hosts = 0);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TmpfsMount> m_mount;
};

void TestFaults::initTestCase()
{
    TmpfsMount::enterPrivateMountNamespace(); // before any thread exists
}

void TestFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestFaults::cleanup()
{
    m_mount.reset(); // unmounts, whatever the test did
    m_dir.reset();
}

QString TestFaults::importFile(int rows, int batch)
{
    const QString path = m_dir->filePath(QStringLiteral("import-%1.csv").arg(batch));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QByteArray data = "name,address,supplier,post code\n";
    for (int i = 0; i < rows; ++i)
        data += QStringLiteral(
            "imported site %1 with a long name,127.%2.%3.%4,Supplier %5,AB1 2CD\n")
                    .arg(i)
                    .arg(100 + batch)
                    .arg(i / 254 % 256)
                    .arg(i % 254 + 1)
                    .arg(i % 5)
                    .toUtf8();
    f.write(data);
    return path;
}

QString TestFaults::countingSettings(const QString &log, int)
{
    const QString ping = TestSupport::writeScript(
        m_dir->filePath(QStringLiteral("counting-ping.sh")), countingPingScript(log));
    EngineSettings e = busySettings(ping);
    return writeSettings(m_dir->filePath(QStringLiteral("counting.ini")), e);
}

void TestFaults::deletedDatabaseIsWrittenBackWithEverything()
{
    const QString db = m_dir->filePath(QStringLiteral("monitor.sqlite"));
    addLoopbackHosts(db, 40);
    const QString log = m_dir->filePath(QStringLiteral("checks.log"));
    PingtoolProcess p;
    p.start(dbArgs(db)
        + QStringList {
            QStringLiteral("--settings"), countingSettings(log), QStringLiteral("--headless")});
    QVERIFY2(
        p.waitForStderr(QStringLiteral("Monitoring 40 hosts"), 30000), qPrintable(p.stderrText()));
    QTRY_VERIFY_WITH_TIMEOUT(snapshot(db).checks >= 10, 30000);
    const qint64 before = snapshot(db).checks;

    // The worst case: the database and its journal files all go.
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(db + QLatin1String(suffix));
    QVERIFY(!QFile::exists(db));

    QVERIFY2(p.waitForStderr(QStringLiteral("was deleted while Pingtool was running"), 20000),
        qPrintable(p.stderrText()));
    QVERIFY(QFile::exists(db));
    QCOMPARE(p.sigterm(), 0);

    QCOMPARE(integrityCheck(db), QStringLiteral("ok"));
    const Snapshot after = snapshot(db);
    QVERIFY2(after.ok, qPrintable(after.error));
    QCOMPARE(after.hosts.size(), 40);
    QVERIFY(after.checks > before);
    // Every check that ran was stored: before the deletion, between it and the write-back,
    // and after (a check cancelled by the stop ran its script but has no result).
    const int ran = lineCount(log);
    QVERIFY2(after.checks <= ran && after.checks >= ran - 16,
        qPrintable(QStringLiteral("%1 checks ran, %2 stored").arg(ran).arg(after.checks)));
}

void TestFaults::replacedDatabaseIsLeftAloneAndDataGoesOnInACopy()
{
    const QString db = m_dir->filePath(QStringLiteral("monitor.sqlite"));
    addLoopbackHosts(db, 40);
    const QString log = m_dir->filePath(QStringLiteral("checks.log"));
    PingtoolProcess p;
    p.start(dbArgs(db)
        + QStringList {
            QStringLiteral("--settings"), countingSettings(log), QStringLiteral("--headless")});
    QVERIFY2(
        p.waitForStderr(QStringLiteral("Monitoring 40 hosts"), 30000), qPrintable(p.stderrText()));
    QTRY_VERIFY_WITH_TIMEOUT(snapshot(db).checks >= 10, 30000);

    // Someone restores another file over it (rename: the usual way a file is replaced).
    const QString other = m_dir->filePath(QStringLiteral("other.sqlite"));
    addLoopbackHosts(other, 3, 5000);
    QFile otherFile(other);
    QVERIFY(otherFile.open(QIODevice::ReadOnly));
    const QByteArray otherBytes = otherFile.readAll();
    otherFile.close();
    QVERIFY(
        std::rename(QFile::encodeName(other).constData(), QFile::encodeName(db).constData()) == 0);

    QVERIFY2(p.waitForStderr(QStringLiteral("was replaced by another file"), 20000),
        qPrintable(p.stderrText()));
    QCOMPARE(p.sigterm(), 0);

    // The replacement is untouched...
    QFile replaced(db);
    QVERIFY(replaced.open(QIODevice::ReadOnly));
    QCOMPARE(replaced.readAll(), otherBytes);
    // ...and the monitor's own data went on in a copy beside it, named in the message.
    const QStringList copies
        = QDir(m_dir->path())
              .entryList({QStringLiteral("monitor.sqlite.recovered-*")}, QDir::Files)
              .filter(QRegularExpression(QStringLiteral("\\d+Z$")));
    QCOMPARE(copies.size(), 1);
    const QString copy = m_dir->filePath(copies.first());
    QVERIFY(p.stderrText().contains(copies.first()));
    QCOMPARE(integrityCheck(copy), QStringLiteral("ok"));
    const Snapshot kept = snapshot(copy);
    QCOMPARE(kept.hosts.size(), 40);
    const int ran = lineCount(log);
    QVERIFY2(kept.checks <= ran && kept.checks >= ran - 16,
        qPrintable(QStringLiteral("%1 checks ran, %2 stored").arg(ran).arg(kept.checks)));
}

void TestFaults::diskFullDuringImportChangesNothingAndSaysSo()
{
    m_mount = std::make_unique<TmpfsMount>();
    const QString dir = m_dir->filePath(QStringLiteral("small-disk"));
    if (!m_mount->mount(dir, 256 * 1024))
        QSKIP(qPrintable(m_mount->why()));
    const QString db = QDir(dir).filePath(QStringLiteral("pingtool.sqlite"));
    addLoopbackHosts(db, 20);

    const TestSupport::ProcessResult r = TestSupport::runPingtool(
        dbArgs(db) + QStringList {QStringLiteral("--import"), importFile(20000)}, 120000);
    QCOMPARE(r.exitCode, 3);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(QStringLiteral("is full")) && err.contains(db), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("Nothing was imported")), qPrintable(err));

    QCOMPARE(integrityCheck(db), QStringLiteral("ok"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM hosts")).toInt(), 20);
    // With room again, the same import goes through.
    m_mount->unmount();
}

void TestFaults::diskFullDuringBatchWriteKeepsResultsUntilSpaceReturns()
{
    m_mount = std::make_unique<TmpfsMount>();
    const QString dir = m_dir->filePath(QStringLiteral("small-disk"));
    if (!m_mount->mount(dir, 1024 * 1024))
        QSKIP(qPrintable(m_mount->why()));
    const QString db = QDir(dir).filePath(QStringLiteral("pingtool.sqlite"));
    addLoopbackHosts(db, 60);
    const QString log = m_dir->filePath(QStringLiteral("checks.log")); // not on the small disk

    PingtoolProcess p;
    p.start(dbArgs(db)
        + QStringList {
            QStringLiteral("--settings"), countingSettings(log), QStringLiteral("--headless")});
    QVERIFY2(
        p.waitForStderr(QStringLiteral("Monitoring 60 hosts"), 30000), qPrintable(p.stderrText()));
    QTRY_VERIFY_WITH_TIMEOUT(snapshot(db).checks >= 10, 30000);

    const QString filler = m_mount->fill(QStringLiteral("filler"));
    QVERIFY2(p.waitForStderr(QStringLiteral("is full"), 30000), qPrintable(p.stderrText()));
    const int ranWhileFull = lineCount(log);
    QTRY_VERIFY_WITH_TIMEOUT(lineCount(log) >= ranWhileFull + 20, 30000); // results pile up
    QVERIFY(QFile::remove(filler));
    // Space is back: the results kept in memory are written with the next batch.
    const int ranBeforeStop = lineCount(log);
    QTRY_VERIFY_WITH_TIMEOUT(snapshot(db).checks >= ranBeforeStop - 16, 30000);
    QCOMPARE(p.sigterm(), 0);

    QCOMPARE(integrityCheck(db), QStringLiteral("ok"));
    const Snapshot after = snapshot(db);
    QCOMPARE(after.hosts.size(), 60);
    const int ran = lineCount(log);
    QVERIFY2(after.checks <= ran && after.checks >= ran - 16,
        qPrintable(QStringLiteral("%1 checks ran, %2 stored").arg(ran).arg(after.checks)));
    // One message per episode, not one per retry.
    const qsizetype fullLines = p.stderrText().count(QStringLiteral("is full"));
    QVERIFY2(fullLines <= 3, qPrintable(p.stderrText().left(4000)));
}

namespace {

// Holds the database's write lock from this (test) process: pingtool, another process, waits
// for the busy timeout and gives up.
class WriteLockHolder
{
public:
    explicit WriteLockHolder(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name());
        db.setDatabaseName(path);
        m_ok = db.open() && QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    ~WriteLockHolder() { release(); }
    bool ok() const { return m_ok; }
    void release()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name(), false);
            if (db.isOpen()) {
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(name());
    }

private:
    static QString name() { return QStringLiteral("lock-holder"); }
    bool m_ok = false;
};

} // namespace

void TestFaults::lockedDatabaseFailsImportCleanly()
{
    const QString db = m_dir->filePath(QStringLiteral("pingtool.sqlite"));
    addLoopbackHosts(db, 20);
    WriteLockHolder lock(db);
    QVERIFY(lock.ok());
    // The busy timeout is 5 s; the lock is held for the whole run.
    const TestSupport::ProcessResult r = TestSupport::runPingtool(
        dbArgs(db) + QStringList {QStringLiteral("--import"), importFile(50)}, 60000);
    QCOMPARE(r.exitCode, 3);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(QStringLiteral("locked by another program")) && err.contains(db),
        qPrintable(err));
    lock.release();
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM hosts")).toInt(), 20);
    const TestSupport::ProcessResult again = TestSupport::runPingtool(
        dbArgs(db) + QStringList {QStringLiteral("--import"), importFile(50)}, 60000);
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM hosts")).toInt(), 70);
}

void TestFaults::lockedDatabaseDelaysResultsButLosesNone()
{
    const QString db = m_dir->filePath(QStringLiteral("pingtool.sqlite"));
    addLoopbackHosts(db, 30);
    const QString log = m_dir->filePath(QStringLiteral("checks.log"));
    PingtoolProcess p;
    p.start(dbArgs(db)
        + QStringList {
            QStringLiteral("--settings"), countingSettings(log), QStringLiteral("--headless")});
    QVERIFY2(
        p.waitForStderr(QStringLiteral("Monitoring 30 hosts"), 30000), qPrintable(p.stderrText()));
    QTRY_VERIFY_WITH_TIMEOUT(snapshot(db).checks >= 5, 30000);
    {
        WriteLockHolder lock(db);
        QVERIFY(lock.ok());
        QVERIFY2(p.waitForStderr(QStringLiteral("locked by another program"), 30000),
            qPrintable(p.stderrText()));
    }
    const int ranBeforeRelease = lineCount(log);
    QTRY_VERIFY_WITH_TIMEOUT(snapshot(db).checks >= ranBeforeRelease - 16, 30000);
    QCOMPARE(p.sigterm(), 0);
    const Snapshot after = snapshot(db);
    const int ran = lineCount(log);
    QVERIFY2(after.checks <= ran && after.checks >= ran - 16,
        qPrintable(QStringLiteral("%1 checks ran, %2 stored").arg(ran).arg(after.checks)));
}

void TestFaults::misbehavingPingIsAnErrorNotAFailure_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("message");
    // exec: the hung program is the ping process itself, as a hung ping would be.
    QTest::newRow("hangs") << QByteArray("#!/bin/sh\nexec sleep 60\n")
                           << QStringLiteral("did not finish within");
    QTest::newRow("crashes") << QByteArray("#!/bin/sh\nkill -SEGV $$\n")
                             << QStringLiteral("ping program crashed");
    QTest::newRow("prints megabytes")
        << QByteArray("#!/bin/sh\nhead -c 8000000 /dev/zero | tr '\\000' 'x'\n"
                      "echo '4 packets transmitted, 4 received, 0% packet loss'\n")
        << QString();
    QTest::newRow("prints garbage")
        << QByteArray("#!/bin/sh\nhead -c 300000 /dev/urandom\nexit 0\n")
        << QStringLiteral("cannot read the output of ping");
}

void TestFaults::misbehavingPingIsAnErrorNotAFailure()
{
    QFETCH(QByteArray, script);
    QFETCH(QString, message);
    const QString db = m_dir->filePath(QStringLiteral("pingtool.sqlite"));
    const QList<qint64> ids = addLoopbackHosts(db, 3);
    EngineSettings e = busySettings(
        TestSupport::writeScript(m_dir->filePath(QStringLiteral("ping.sh")), script));
    e.pingDeadlineS = 1; // killed 1 s + 2 s margin after it started
    const QString ini = writeSettings(m_dir->filePath(QStringLiteral("s.ini")), e);

    const TestSupport::ProcessResult r = TestSupport::runPingtool(dbArgs(db)
            + QStringList {QStringLiteral("--settings"), ini, QStringLiteral("--check-once")},
        60000);
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 0);
    const Snapshot s = snapshot(db);
    if (message.isEmpty()) {
        // Megabytes of noise before the summary: the summary at the end is still read.
        QVERIFY2(r.out.contains("3 Up"), QByteArray(r.out + r.err).constData());
        return;
    }
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    for (qint64 id : ids) {
        // Not counted as a failed check; the host says why it could not be checked.
        QCOMPARE(s.hosts[id].status, QStringLiteral("New"));
        QCOMPARE(s.hosts[id].failedChecks, 0);
        QVERIFY2(s.hosts[id].lastError.contains(message), qPrintable(s.hosts[id].lastError));
    }
}

void TestFaults::pingProgramReplacedMidRunIsPickedUp()
{
    const QString db = m_dir->filePath(QStringLiteral("pingtool.sqlite"));
    addLoopbackHosts(db, 2);
    const QString ping = TestSupport::writeScript(
        m_dir->filePath(QStringLiteral("ping.sh")), "#!/bin/sh\nkill -SEGV $$\n");
    const QString ini = writeSettings(m_dir->filePath(QStringLiteral("s.ini")), busySettings(ping));
    PingtoolProcess p;
    p.start(
        dbArgs(db) + QStringList {QStringLiteral("--settings"), ini, QStringLiteral("--headless")});
    QVERIFY2(p.waitForStderr(QStringLiteral("cannot be checked: ping program crashed"), 30000),
        qPrintable(p.stderrText()));

    // An upgrade replaces the program (write a new file, rename it over the old one).
    const QString fresh = TestSupport::writeScript(
        m_dir->filePath(QStringLiteral("ping.new")), switchablePingScript(QString()));
    QVERIFY(std::rename(QFile::encodeName(fresh).constData(), QFile::encodeName(ping).constData())
        == 0);
    QVERIFY2(
        p.waitForStderr(QStringLiteral("can be checked again"), 30000), qPrintable(p.stderrText()));
    QVERIFY2(p.waitForStderr(QStringLiteral("New -> Up"), 30000), qPrintable(p.stderrText()));
    QCOMPARE(p.sigterm(), 0);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT count(*) FROM hosts WHERE status = 'Up'")).toInt(), 2);
}

void TestFaults::lowOpenFileLimitLowersConcurrencyNotChecks()
{
    const QString db = m_dir->filePath(QStringLiteral("pingtool.sqlite"));
    addLoopbackHosts(db, 1000);
    const QString ping = TestSupport::writeScript(
        m_dir->filePath(QStringLiteral("ping.sh")), switchablePingScript(QString()));
    const QString ini = writeSettings(m_dir->filePath(QStringLiteral("s.ini")), busySettings(ping));
    // `ulimit -n 64` for pingtool only: soft and hard, so it cannot raise it back.
    PingtoolProcess p;
    p.start(dbArgs(db)
            + QStringList {QStringLiteral("--settings"), ini, QStringLiteral("--check-once")},
        {QStringLiteral("/bin/sh"), QStringLiteral("-c"),
            QStringLiteral("ulimit -n 64 && exec \"$0\" \"$@\"")});
    QVERIFY(p.finish(120000));
    QCOMPARE(p.process().exitCode(), 0);
    QVERIFY2(p.stdoutText().contains(QStringLiteral("Checked 1000 hosts: 1000 Up")),
        qPrintable(p.stdoutText() + p.stderrText()));
    QVERIFY2(!p.stderrText().contains(QStringLiteral("could not be checked")),
        qPrintable(p.stderrText().left(2000)));
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
