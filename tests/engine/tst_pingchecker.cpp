// PingChecker with fake ping programs (scripts the test writes), the real ping against
// 127.0.0.1, and a real Down inside a network namespace the test creates itself.

#include "engine/pingchecker.h"
#include "testsupport.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

namespace {

const QByteArray kSummaryUp = "echo '--- x ping statistics ---'\n"
                              "echo '4 packets transmitted, 4 received, 0% packet loss'\n"
                              "echo 'rtt min/avg/max/mdev = 0.100/0.200/0.300/0.050 ms'\n";

QByteArray summary(int received)
{
    return "echo '--- x ping statistics ---'\n"
           "echo '4 packets transmitted, "
        + QByteArray::number(received) + " received, 0% packet loss'\n";
}

bool run(const QString &program, const QStringList &args, QByteArray *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(20000)) {
        p.kill();
        p.waitForFinished();
        return false;
    }
    if (output)
        *output = p.readAll();
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool ip(const QStringList &args, QByteArray *output = nullptr)
{
    return run(QStringLiteral("ip"), args, output);
}

} // namespace

class TestPingChecker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultArgumentsPutAddressAfterDoubleDash();
    void argumentPlaceholdersAreFilledIn();
    void answeringHostIsAlive();
    void silentHostIsNoAnswer();
    void halfTheRepliesIsAlive();
    void oneReplyOfFourIsNoAnswer();
    void childRunsWithCLocaleAndAddressAsOwnArgument();
    void missingProgramIsAnError();
    void nonExecutableProgramIsAnError();
    void killedProgramIsAnError();
    void unreadableOutputIsAnError();
    void programThatNeverExitsIsKilledAtDeadline();
    void cancelledCheckReportsNothing();
    void realPingOfLoopbackIsAlive();
    void realPingOfSilentAddressInOwnNamespaceIsNoAnswer();

private:
    CheckOutcome check(const EngineSettings &settings, const QString &address, int waitMs = 20000);
    QString script(const QString &name, const QByteArray &body);

    QTemporaryDir m_dir;
};

void TestPingChecker::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestPingChecker::script(const QString &name, const QByteArray &body)
{
    return TestSupport::writeScript(m_dir.filePath(name), "#!/bin/sh\n" + body);
}

CheckOutcome TestPingChecker::check(
    const EngineSettings &settings, const QString &address, int waitMs)
{
    PingChecker checker(settings);
    QSignalSpy spy(&checker, &PingChecker::finished);
    checker.start(address);
    if (!spy.wait(waitMs))
        return CheckOutcome::failed(QStringLiteral("test: no result"));
    return spy.at(0).at(0).value<CheckOutcome>();
}

void TestPingChecker::defaultArgumentsPutAddressAfterDoubleDash()
{
    EngineSettings s;
    const QStringList args = PingChecker::arguments(s, QStringLiteral("10.0.0.1"));
    QCOMPARE(args,
        QStringList({QStringLiteral("-n"), QStringLiteral("-q"), QStringLiteral("-c"),
            QStringLiteral("4"), QStringLiteral("-i"), QStringLiteral("0.2"), QStringLiteral("-W"),
            QStringLiteral("1"), QStringLiteral("-w"), QStringLiteral("3"), QStringLiteral("--"),
            QStringLiteral("10.0.0.1")}));
    QCOMPARE(PingChecker::deadlineS(s), 3);
    s.pingDeadlineS = 7;
    QCOMPARE(PingChecker::deadlineS(s), 7);
    QCOMPARE(PingChecker::hardTimeoutMs(s), 9000);
}

void TestPingChecker::argumentPlaceholdersAreFilledIn()
{
    EngineSettings s;
    s.pingArguments = QStringList {QStringLiteral("-c{count}"), QStringLiteral("{interval}"),
        QStringLiteral("{timeout}"), QStringLiteral("{deadline}")};
    s.pingCount = 3;
    s.pingIntervalMs = 500;
    s.pingReplyTimeoutS = 2;
    const QStringList args = PingChecker::arguments(s, QStringLiteral("host"));
    QCOMPARE(args,
        QStringList({QStringLiteral("-c3"), QStringLiteral("0.5"), QStringLiteral("2"),
            QStringLiteral("4"), QStringLiteral("--"), QStringLiteral("host")}));
}

void TestPingChecker::answeringHostIsAlive()
{
    EngineSettings s;
    s.pingProgram = script(QStringLiteral("up.sh"), kSummaryUp + "exit 0\n");
    const CheckOutcome o = check(s, QStringLiteral("127.0.0.1"));
    QCOMPARE(o.verdict, CheckVerdict::Alive);
    QCOMPARE(o.proof, Proof::Ping);
    QCOMPARE(o.sent, 4);
    QCOMPARE(o.received, 4);
    QVERIFY(o.rttAvgMs.has_value());
    QCOMPARE(*o.rttAvgMs, 0.2);
}

void TestPingChecker::silentHostIsNoAnswer()
{
    EngineSettings s;
    s.pingProgram = script(QStringLiteral("down.sh"), summary(0) + "exit 1\n");
    const CheckOutcome o = check(s, QStringLiteral("127.0.0.1"));
    QCOMPARE(o.verdict, CheckVerdict::NoAnswer);
    QCOMPARE(o.sent, 4);
    QCOMPARE(o.received, 0);
    QVERIFY(o.error.isEmpty());
}

void TestPingChecker::halfTheRepliesIsAlive()
{
    EngineSettings s;
    // Exit code 1 (iputils: some lost) must not matter: the counts decide.
    s.pingProgram = script(QStringLiteral("half.sh"), summary(2) + "exit 1\n");
    QCOMPARE(check(s, QStringLiteral("127.0.0.1")).verdict, CheckVerdict::Alive);
}

void TestPingChecker::oneReplyOfFourIsNoAnswer()
{
    EngineSettings s;
    s.pingProgram = script(QStringLiteral("one.sh"), summary(1) + "exit 0\n");
    QCOMPARE(check(s, QStringLiteral("127.0.0.1")).verdict, CheckVerdict::NoAnswer);
}

void TestPingChecker::childRunsWithCLocaleAndAddressAsOwnArgument()
{
    EngineSettings s;
    const QString record = m_dir.filePath(QStringLiteral("args.txt"));
    s.pingProgram = script(QStringLiteral("record.sh"),
        "for a in \"$@\"; do echo \"arg:$a\"; done > '" + record.toUtf8()
            + "'\necho \"lc:$LC_ALL\" >> '" + record.toUtf8() + "'\n" + kSummaryUp);
    QCOMPARE(check(s, QStringLiteral("fe80::1")).verdict, CheckVerdict::Alive);
    QFile f(record);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QVERIFY(lines.contains("arg:--"));
    const qsizetype dash = lines.indexOf("arg:--");
    QCOMPARE(lines.value(dash + 1), QByteArray("arg:fe80::1"));
    QVERIFY(lines.contains("lc:C"));
}

void TestPingChecker::missingProgramIsAnError()
{
    EngineSettings s;
    s.pingProgram = m_dir.filePath(QStringLiteral("no-such-ping"));
    const CheckOutcome o = check(s, QStringLiteral("127.0.0.1"));
    QCOMPARE(o.verdict, CheckVerdict::Error);
    QCOMPARE(o.error, QStringLiteral("ping program not found: ") + s.pingProgram);

    s.pingProgram = QStringLiteral("pingtool-no-such-ping-program");
    const CheckOutcome onPath = check(s, QStringLiteral("127.0.0.1"));
    QCOMPARE(onPath.verdict, CheckVerdict::Error);
    QVERIFY(onPath.error.startsWith(QStringLiteral("ping program not found: ")));
}

void TestPingChecker::nonExecutableProgramIsAnError()
{
    const QString path = m_dir.filePath(QStringLiteral("plain.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a program");
    f.close();
    EngineSettings s;
    s.pingProgram = path;
    const CheckOutcome o = check(s, QStringLiteral("127.0.0.1"));
    QCOMPARE(o.verdict, CheckVerdict::Error);
    QVERIFY(o.error.contains(path));
}

void TestPingChecker::killedProgramIsAnError()
{
    EngineSettings s;
    s.pingProgram = script(QStringLiteral("killed.sh"), "kill -9 $$\n" + kSummaryUp);
    const CheckOutcome o = check(s, QStringLiteral("127.0.0.1"));
    QCOMPARE(o.verdict, CheckVerdict::Error);
    QVERIFY(!o.error.isEmpty());
}

void TestPingChecker::unreadableOutputIsAnError()
{
    EngineSettings s;
    s.pingProgram = script(QStringLiteral("garbage.sh"), "echo 'all is well, trust me'\nexit 0\n");
    const CheckOutcome o = check(s, QStringLiteral("127.0.0.1"));
    QCOMPARE(o.verdict, CheckVerdict::Error);
    QVERIFY(o.error.contains(QStringLiteral("all is well")));
}

void TestPingChecker::programThatNeverExitsIsKilledAtDeadline()
{
    EngineSettings s;
    s.pingDeadlineS = 1; // killed after 1 s + margin
    s.pingProgram = script(QStringLiteral("hang.sh"), "exec sleep 60\n");
    QElapsedTimer t;
    t.start();
    const CheckOutcome o = check(s, QStringLiteral("127.0.0.1"), 30000);
    QCOMPARE(o.verdict, CheckVerdict::Error);
    QVERIFY2(o.error.contains(QStringLiteral("stopped")), qPrintable(o.error));
    QVERIFY(t.elapsed() < 30000); // killed, not waited out
}

void TestPingChecker::cancelledCheckReportsNothing()
{
    EngineSettings s;
    s.pingProgram = script(QStringLiteral("slow.sh"), "sleep 0.5\n" + kSummaryUp);
    PingChecker checker(s);
    QSignalSpy spy(&checker, &PingChecker::finished);
    checker.start(QStringLiteral("127.0.0.1"));
    QVERIFY(checker.isRunning());
    checker.cancel();
    QVERIFY(!checker.isRunning());
    QVERIFY(!spy.wait(1500));
    QCOMPARE(spy.count(), 0);
}

void TestPingChecker::realPingOfLoopbackIsAlive()
{
    const QString ping = QStandardPaths::findExecutable(QStringLiteral("ping"));
    if (ping.isEmpty())
        QSKIP("no ping program on PATH");
    QByteArray out;
    if (!run(ping,
            {QStringLiteral("-n"), QStringLiteral("-c"), QStringLiteral("1"), QStringLiteral("-W"),
                QStringLiteral("1"), QStringLiteral("127.0.0.1")},
            &out))
        QSKIP(qPrintable(QStringLiteral("the system ping cannot ping 127.0.0.1 here: ")
            + QString::fromLocal8Bit(out).trimmed()));
    const CheckOutcome o = check(EngineSettings {}, QStringLiteral("127.0.0.1"));
    QVERIFY2(o.verdict == CheckVerdict::Alive, qPrintable(o.error));
    QCOMPARE(o.proof, Proof::Ping);
    QCOMPARE(o.sent, 4);
    QCOMPARE(o.received, 4);
    QVERIFY(o.rttAvgMs.has_value());
    QVERIFY(*o.rttAvgMs >= 0.0);
}

void TestPingChecker::realPingOfSilentAddressInOwnNamespaceIsNoAnswer()
{
    if (QStandardPaths::findExecutable(QStringLiteral("ping")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("ip")).isEmpty())
        QSKIP("ping or ip (iproute2) is not installed");
    // A /30 of our own, used only inside the namespace this test creates.
    const int net = 100 + int(getpid() % 150);
    const QString prefix = QStringLiteral("10.213.%1.").arg(net);
    QByteArray routes;
    ip({QStringLiteral("-4"), QStringLiteral("route"), QStringLiteral("show")}, &routes);
    if (routes.contains(prefix.toLatin1()))
        QSKIP("10.213.x.0/30 is already routed on this machine; not touching it");

    const QString ns = QStringLiteral("pt-eng-%1").arg(getpid());
    const QString hostEnd = QStringLiteral("pte%1a").arg(getpid() % 100000);
    const QString nsEnd = QStringLiteral("pte%1b").arg(getpid() % 100000);
    QByteArray why;
    if (!ip({QStringLiteral("netns"), QStringLiteral("add"), ns}, &why))
        QSKIP(qPrintable(QStringLiteral("network namespaces are not permitted here: ")
            + QString::fromLocal8Bit(why).trimmed()));
    // Deleting the namespace removes the veth pair with it, whatever happens below.
    const auto cleanup = qScopeGuard([&] {
        ip({QStringLiteral("link"), QStringLiteral("del"), hostEnd});
        ip({QStringLiteral("netns"), QStringLiteral("del"), ns});
    });
    const QString hostAddress = prefix + QStringLiteral("1");
    const QString nsAddress = prefix + QStringLiteral("2");
    const bool ok
        = ip({QStringLiteral("link"), QStringLiteral("add"), hostEnd, QStringLiteral("type"),
              QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"), nsEnd})
        && ip({QStringLiteral("link"), QStringLiteral("set"), nsEnd, QStringLiteral("netns"), ns})
        && ip({QStringLiteral("addr"), QStringLiteral("add"), hostAddress + QStringLiteral("/30"),
            QStringLiteral("dev"), hostEnd})
        && ip({QStringLiteral("link"), QStringLiteral("set"), hostEnd, QStringLiteral("up")})
        && ip({QStringLiteral("-n"), ns, QStringLiteral("addr"), QStringLiteral("add"),
            nsAddress + QStringLiteral("/30"), QStringLiteral("dev"), nsEnd})
        && ip({QStringLiteral("-n"), ns, QStringLiteral("link"), QStringLiteral("set"), nsEnd,
            QStringLiteral("up")});
    if (!ok)
        QSKIP("could not set up a veth pair into the test's namespace");

    // First the address answers: the setup is right, so the silence below means something.
    const CheckOutcome up = check(EngineSettings {}, nsAddress);
    QVERIFY2(up.verdict == CheckVerdict::Alive, qPrintable(up.error));

    QVERIFY(ip({QStringLiteral("-n"), ns, QStringLiteral("link"), QStringLiteral("set"), nsEnd,
        QStringLiteral("down")}));
    const CheckOutcome down = check(EngineSettings {}, nsAddress);
    QVERIFY2(down.verdict == CheckVerdict::NoAnswer, qPrintable(down.error));
    QCOMPARE(down.received, 0);
    QVERIFY(down.sent > 0);
}

QTEST_GUILESS_MAIN(TestPingChecker)
#include "tst_pingchecker.moc"
