// The batch ping backend: which backend the settings choose, FpingBatcher with a fake fping
// (batches, per-host results, cancel, failures), the engine checking through it, and the real
// fping on loopback when it is installed.

#include "engine/fpingbatcher.h"
#include "engine/monitorengine.h"
#include "engine/pingbackendchoice.h"
#include "store/hoststore.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

namespace {

// A fake fping: logs its arguments and how many targets it read, then answers by address.
QByteArray fakeFping(const QString &logPath, int exitCode = 1)
{
    return QByteArray("#!/bin/sh\n"
                      "n=0\n"
                      "while read t; do\n"
                      "  n=$((n+1))\n"
                      "  case \"$t\" in\n"
                      "    127.0.0.9) echo \"$t : - - - -\" >&2 ;;\n"
                      "    127.0.0.8) echo \"$t : 0.1 - - -\" >&2 ;;\n"
                      "    unknown.invalid) echo \"$t: Name or service not known\" >&2 ;;\n"
                      "    *) echo \"$t : 0.10 0.20 0.30 0.40\" >&2 ;;\n"
                      "  esac\n"
                      "done\n"
                      "echo \"$* targets=$n\" >> '")
        + logPath.toUtf8() + "'\nexit " + QByteArray::number(exitCode) + "\n";
}

QStringList readLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// Settings with a fixed packet interval: the automatic one depends on who runs the test.
EngineSettings fixedGap()
{
    EngineSettings s;
    s.fpingPacketIntervalMs = 1;
    return s;
}

PingBackendChoice fpingAt(const QString &program)
{
    PingBackendChoice c;
    c.backend = PingBackendChoice::Backend::Fping;
    c.fpingProgram = program;
    return c;
}

} // namespace

class TestFpingBatcher : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void settingsChooseTheBackend_data();
    void settingsChooseTheBackend();
    void oneProcessChecksTheWholeBatch();
    void resultsFollowTheAtLeastHalfRule();
    void unresolvedHostGetsNoAnswer();
    void cancelledRequestGetsNoResult();
    void hostsSharingAnAddressShareOneTarget();
    void largeRoundIsSplitIntoSeveralProcesses();
    void failingFpingIsAnErrorForEveryHost();
    void automaticPacketIntervalSuitsTheUser();
    void engineChecksEveryHostThroughOneFping();
    void realFpingAnswersOnLoopback();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_log;
    QString m_script;
};

void TestFpingBatcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_log = m_dir->filePath(QStringLiteral("fping.log"));
    m_script = TestSupport::writeScript(m_dir->filePath(QStringLiteral("fping")), fakeFping(m_log));
}

void TestFpingBatcher::settingsChooseTheBackend_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("pingProgram");
    QTest::addColumn<bool>("fpingInstalled");
    QTest::addColumn<bool>("expectFping");
    QTest::addColumn<bool>("expectNote");

    QTest::newRow("auto uses fping when installed") << "auto"
                                                    << "" << true << true << false;
    QTest::newRow("auto falls back to ping") << "auto"
                                             << "" << false << false << false;
    QTest::newRow("auto keeps a customised ping") << "auto"
                                                  << "/opt/ping" << true << false << false;
    QTest::newRow("ping never uses fping") << "ping"
                                           << "" << true << false << false;
    QTest::newRow("fping asked for wins over custom ping") << "fping"
                                                           << "/opt/ping" << true << true << false;
    QTest::newRow("fping asked for but missing: ping, noted") << "fping"
                                                              << "" << false << false << true;
    QTest::newRow("unknown value acts as auto, noted") << "bogus"
                                                       << "" << true << true << true;
    QTest::newRow("case and spaces do not matter") << " FPing "
                                                   << "" << true << true << false;
}

void TestFpingBatcher::settingsChooseTheBackend()
{
    QFETCH(QString, backend);
    QFETCH(QString, pingProgram);
    QFETCH(bool, fpingInstalled);
    QFETCH(bool, expectFping);
    QFETCH(bool, expectNote);

    EngineSettings s;
    s.pingBackend = backend;
    s.pingProgram = pingProgram;
    QStringList lookedUp;
    const PingBackendChoice c = PingBackendChoice::choose(s, [&](const QString &name) {
        lookedUp << name;
        return fpingInstalled ? QStringLiteral("/usr/bin/") + name : QString();
    });
    QCOMPARE(c.backend == PingBackendChoice::Backend::Fping, expectFping);
    QCOMPARE(!c.note.isEmpty(), expectNote);
    if (expectFping)
        QCOMPARE(c.fpingProgram, QStringLiteral("/usr/bin/fping"));
    if (backend == QLatin1String("ping"))
        QVERIFY(lookedUp.isEmpty());
}

void TestFpingBatcher::oneProcessChecksTheWholeBatch()
{
    FpingBatcher batcher;
    batcher.setSettings(fixedGap(), fpingAt(m_script));
    QVERIFY(batcher.isActive());
    int done = 0;
    for (int i = 1; i <= 5; ++i)
        batcher.request(QStringLiteral("127.0.0.%1").arg(i), [&](const CheckOutcome &o) {
            QCOMPARE(o.verdict, CheckVerdict::Alive);
            ++done;
        });
    QTRY_COMPARE_WITH_TIMEOUT(done, 5, 10000);
    const QStringList log = readLines(m_log);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first(), QStringLiteral("-C 4 -q -p 200 -t 1000 -i 1 targets=5"));
    QCOMPARE(batcher.batchesStarted(), 1);
}

void TestFpingBatcher::resultsFollowTheAtLeastHalfRule()
{
    FpingBatcher batcher;
    batcher.setSettings(fixedGap(), fpingAt(m_script));
    QHash<QString, CheckOutcome> outcomes;
    for (const char *a : {"127.0.0.1", "127.0.0.8", "127.0.0.9"}) {
        const QString address = QString::fromLatin1(a);
        batcher.request(address, [&, address](const CheckOutcome &o) { outcomes[address] = o; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 3, 10000);

    const CheckOutcome up = outcomes.value(QStringLiteral("127.0.0.1"));
    QCOMPARE(up.verdict, CheckVerdict::Alive);
    QCOMPARE(up.proof, Proof::Ping);
    QCOMPARE(up.sent, 4);
    QCOMPARE(up.received, 4);
    QCOMPARE(*up.rttMinMs, 0.1);
    QCOMPARE(*up.rttMaxMs, 0.4);
    QVERIFY(qAbs(*up.rttAvgMs - 0.25) < 1e-9);

    const CheckOutcome quarter = outcomes.value(QStringLiteral("127.0.0.8"));
    QCOMPARE(quarter.verdict, CheckVerdict::NoAnswer);
    QCOMPARE(quarter.received, 1);

    const CheckOutcome none = outcomes.value(QStringLiteral("127.0.0.9"));
    QCOMPARE(none.verdict, CheckVerdict::NoAnswer);
    QCOMPARE(none.sent, 4);
    QCOMPARE(none.received, 0);
    QVERIFY(none.error.isEmpty());
}

void TestFpingBatcher::unresolvedHostGetsNoAnswer()
{
    FpingBatcher batcher;
    batcher.setSettings(fixedGap(), fpingAt(m_script));
    std::optional<CheckOutcome> unknown;
    std::optional<CheckOutcome> known;
    batcher.request(QStringLiteral("unknown.invalid"), [&](const CheckOutcome &o) { unknown = o; });
    batcher.request(QStringLiteral("127.0.0.1"), [&](const CheckOutcome &o) { known = o; });
    QTRY_VERIFY_WITH_TIMEOUT(unknown && known, 10000);
    QCOMPARE(unknown->verdict, CheckVerdict::NoAnswer); // like ping: the check ran, no answer
    QVERIFY(unknown->error.isEmpty());
    QCOMPARE(known->verdict, CheckVerdict::Alive);
}

void TestFpingBatcher::cancelledRequestGetsNoResult()
{
    FpingBatcher batcher;
    batcher.setSettings(fixedGap(), fpingAt(m_script));
    int cancelledCalls = 0;
    bool otherDone = false;
    const auto ticket = batcher.request(
        QStringLiteral("127.0.0.1"), [&](const CheckOutcome &) { ++cancelledCalls; });
    batcher.request(QStringLiteral("127.0.0.2"), [&](const CheckOutcome &) { otherDone = true; });
    batcher.cancel(ticket);
    QTRY_VERIFY_WITH_TIMEOUT(otherDone, 10000);
    QCOMPARE(cancelledCalls, 0);
    QCOMPARE(readLines(m_log).value(0).section(QLatin1Char(' '), -1), QStringLiteral("targets=1"));
}

void TestFpingBatcher::hostsSharingAnAddressShareOneTarget()
{
    FpingBatcher batcher;
    batcher.setSettings(fixedGap(), fpingAt(m_script));
    int done = 0;
    for (int i = 0; i < 2; ++i)
        batcher.request(QStringLiteral("127.0.0.1"), [&](const CheckOutcome &o) {
            QCOMPARE(o.verdict, CheckVerdict::Alive);
            ++done;
        });
    QTRY_COMPARE_WITH_TIMEOUT(done, 2, 10000);
    QCOMPARE(readLines(m_log).value(0).section(QLatin1Char(' '), -1), QStringLiteral("targets=1"));
}

void TestFpingBatcher::largeRoundIsSplitIntoSeveralProcesses()
{
    FpingBatcher batcher;
    batcher.setSettings(fixedGap(), fpingAt(m_script));
    const int perBatch = FpingBatcher::batchHosts(fixedGap());
    QCOMPARE(perBatch, 200); // 200 ms between requests to one host / 1 ms between requests
    const int hosts = perBatch + 10;
    int done = 0;
    for (int i = 0; i < hosts; ++i)
        batcher.request(QStringLiteral("127.0.%1.%2").arg(i / 200 + 1).arg(i % 200 + 1),
            [&](const CheckOutcome &) { ++done; });
    QTRY_COMPARE_WITH_TIMEOUT(done, hosts, 20000);
    QStringList log = readLines(m_log);
    log.sort();
    QCOMPARE(log.size(), 2);
    QVERIFY(log.contains(QStringLiteral("-C 4 -q -p 200 -t 1000 -i 1 targets=%1").arg(perBatch)));
    QVERIFY(log.contains(QStringLiteral("-C 4 -q -p 200 -t 1000 -i 1 targets=10")));
}

void TestFpingBatcher::failingFpingIsAnErrorForEveryHost()
{
    const QString broken = TestSupport::writeScript(m_dir->filePath(QStringLiteral("broken")),
        "#!/bin/sh\necho \"fping: can't create socket (must run as root?)\" >&2\nexit 4\n");
    FpingBatcher batcher;
    batcher.setSettings(fixedGap(), fpingAt(broken));
    QList<CheckOutcome> outcomes;
    for (int i = 1; i <= 2; ++i)
        batcher.request(QStringLiteral("127.0.0.%1").arg(i),
            [&](const CheckOutcome &o) { outcomes.append(o); });
    QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 2, 10000);
    for (const CheckOutcome &o : outcomes) {
        QCOMPARE(o.verdict, CheckVerdict::Error); // shown on the host, not a failed check
        QVERIFY2(o.error.contains(QStringLiteral("exit code 4")), qPrintable(o.error));
        QVERIFY2(o.error.contains(QStringLiteral("can't create socket")), qPrintable(o.error));
    }
}

void TestFpingBatcher::automaticPacketIntervalSuitsTheUser()
{
    EngineSettings s;
    s.fpingPacketIntervalMs = 0;
    const double expected = ::getuid() == 0 ? 0.1 : 1.0;
    QCOMPARE(FpingBatcher::packetIntervalMs(s), expected);
    QCOMPARE(FpingBatcher::arguments(s).last(), QString::number(expected));
    s.fpingPacketIntervalMs = 2.5;
    QCOMPARE(FpingBatcher::packetIntervalMs(s), 2.5);
    QCOMPARE(FpingBatcher::batchHosts(s), 80); // 200 ms per host / 2.5 ms per request
    s.fpingPacketIntervalMs = 10;
    QCOMPARE(FpingBatcher::batchHosts(s), FpingBatcher::kMinBatchHosts);
    s.fpingPacketIntervalMs = 0.01;
    QCOMPARE(FpingBatcher::batchHosts(s), FpingBatcher::kMaxBatchHosts);
}

void TestFpingBatcher::engineChecksEveryHostThroughOneFping()
{
    const QString db = m_dir->filePath(QStringLiteral("hosts.sqlite"));
    {
        auto store = HostStore::open(db);
        QVERIFY(store);
        HostList hosts;
        for (int i = 1; i <= 3; ++i) {
            Host h;
            h.name = QStringLiteral("host-%1").arg(i);
            h.address = QStringLiteral("127.0.0.%1").arg(i);
            hosts.append(h);
        }
        QVERIFY(store.value()->addHosts(hosts));
    }
    EngineSettings s;
    s.pingBackend = QStringLiteral("fping");
    s.fpingProgram = m_script;
    s.batchMaxDelayMs = 20;
    MonitorEngine engine;
    QSignalSpy round(&engine, &MonitorEngine::roundFinished);
    engine.open(db, s, MonitorEngine::Mode::CheckOnce);
    QVERIFY(engine.isOpen());
    QVERIFY(round.wait(10000));
    for (const Host &h : engine.hosts()) {
        QCOMPARE(h.state.status, HostStatus::Up);
        QCOMPARE(h.state.proof, Proof::Ping);
        QVERIFY(h.state.lastRttMs.has_value());
    }
    engine.shutdown();
    QCOMPARE(readLines(m_log).size(), 1);
    QCOMPARE(readLines(m_log).value(0).section(QLatin1Char(' '), -1), QStringLiteral("targets=3"));
}

void TestFpingBatcher::realFpingAnswersOnLoopback()
{
    if (QStandardPaths::findExecutable(QStringLiteral("fping")).isEmpty())
        QSKIP("fping is not installed");
    EngineSettings s;
    s.pingBackend = QStringLiteral("fping");
    s.pingCount = 2;
    FpingBatcher batcher;
    batcher.setSettings(s);
    QVERIFY(batcher.isActive());
    QHash<QString, CheckOutcome> outcomes;
    for (const char *a : {"127.0.0.1", "127.0.0.2"}) {
        const QString address = QString::fromLatin1(a);
        batcher.request(address, [&, address](const CheckOutcome &o) { outcomes[address] = o; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 2, 15000);
    for (const CheckOutcome &o : std::as_const(outcomes)) {
        QVERIFY2(o.verdict == CheckVerdict::Alive, qPrintable(o.error));
        QCOMPARE(o.sent, 2);
        QVERIFY(o.rttAvgMs.has_value());
    }
}

QTEST_GUILESS_MAIN(TestFpingBatcher)
#include "tst_fpingbatcher.moc"
