#include "clock.h"
#include "lifecycle.h"

#include <QtTest>

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

HostState stateWith(HostStatus status, int failed, bool everSucceeded)
{
    HostState s;
    s.status = status;
    s.failedChecks = failed;
    if (everSucceeded)
        s.lastSuccessAt = kNow.addSecs(-600);
    return s;
}

} // namespace

class TestLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void transitions_data();
    void transitions();
    void fourthFailedCheckMakesHostUnknown();
    void successRecordsTimeProofAndRoundTrip();
    void webProofLeavesNoRoundTrip();
    void checkErrorChangesNeitherStatusNorFailureCount();
    void knownHostsAreDueAfterSixtySecondsPlusJitter();
    void unknownHostsAreDueAfterAnHourPlusJitter();
    void jitterStaysWithinBoundsOverManyDraws();
    void jitterBoundIsTenSecondsOrATenth();
    void settingsChangeTheRules();
    void deriveStatusFollowsTheOriginal();
};

void TestLifecycle::transitions_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("failed");
    QTest::addColumn<bool>("everSucceeded");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<int>("to");
    QTest::addColumn<int>("outage");

    const int Alive = int(CheckVerdict::Alive), NoAnswer = int(CheckVerdict::NoAnswer);
    const int New = int(HostStatus::New), Up = int(HostStatus::Up), Down = int(HostStatus::Down),
              Unknown = int(HostStatus::Unknown);
    const int None = int(OutageChange::None), Opened = int(OutageChange::Opened),
              Closed = int(OutageChange::Closed);

    QTest::newRow("new answers -> up") << New << 0 << false << Alive << Up << None;
    QTest::newRow("new 1st failure -> new") << New << 0 << false << NoAnswer << New << None;
    QTest::newRow("new 3rd failure -> new") << New << 2 << false << NoAnswer << New << None;
    QTest::newRow("new 4th failure -> unknown") << New << 3 << false << NoAnswer << Unknown << None;
    QTest::newRow("new with 3 failures answers -> up") << New << 3 << false << Alive << Up << None;
    QTest::newRow("up fails -> down, outage opens")
        << Up << 0 << true << NoAnswer << Down << Opened;
    QTest::newRow("up answers -> up") << Up << 0 << true << Alive << Up << None;
    QTest::newRow("down fails -> down, no new outage")
        << Down << 5 << true << NoAnswer << Down << None;
    QTest::newRow("down answers -> up, outage closes")
        << Down << 5 << true << Alive << Up << Closed;
    QTest::newRow("down after 100 failures stays down")
        << Down << 100 << true << NoAnswer << Down << None;
    QTest::newRow("unknown answers -> up") << Unknown << 9 << false << Alive << Up << None;
    QTest::newRow("unknown fails -> unknown")
        << Unknown << 9 << false << NoAnswer << Unknown << None;
}

void TestLifecycle::transitions()
{
    QFETCH(int, from);
    QFETCH(int, failed);
    QFETCH(bool, everSucceeded);
    QFETCH(int, verdict);
    QFETCH(int, to);
    QFETCH(int, outage);
    FixedRandom random(0.5);
    CheckOutcome outcome = verdict == int(CheckVerdict::Alive)
        ? CheckOutcome::alive(Proof::Ping, 3.2)
        : CheckOutcome::noAnswer();
    const auto r = applyCheck(stateWith(HostStatus(from), failed, everSucceeded), outcome, kNow,
        LifecycleSettings {}, random);
    QCOMPARE(int(r.state.status), to);
    QCOMPARE(int(r.outage), outage);
    QCOMPARE(r.state.lastCheckedAt, kNow);
    if (verdict == int(CheckVerdict::Alive))
        QCOMPARE(r.state.failedChecks, 0);
    else
        QCOMPARE(r.state.failedChecks, failed + 1);
}

void TestLifecycle::fourthFailedCheckMakesHostUnknown()
{
    FixedRandom random(0);
    HostState s; // a newly added host
    QDateTime now = kNow;
    for (int i = 1; i <= 3; ++i) {
        s = applyCheck(s, CheckOutcome::noAnswer(), now, {}, random).state;
        QCOMPARE(s.status, HostStatus::New);
        QCOMPARE(s.failedChecks, i);
        now = s.nextDueAt;
    }
    const auto fourth = applyCheck(s, CheckOutcome::noAnswer(), now, {}, random);
    QCOMPARE(fourth.state.status, HostStatus::Unknown);
    QCOMPARE(fourth.state.failedChecks, 4);
    QCOMPARE(fourth.outage, OutageChange::None); // never up: no outage
    QCOMPARE(fourth.state.nextDueAt, now.addSecs(3600));
}

void TestLifecycle::successRecordsTimeProofAndRoundTrip()
{
    FixedRandom random(0);
    const auto r
        = applyCheck(HostState {}, CheckOutcome::alive(Proof::Ping, 1.25), kNow, {}, random);
    QCOMPARE(r.state.lastSuccessAt, kNow);
    QCOMPARE(r.state.proof, Proof::Ping);
    QCOMPARE(r.state.lastRttMs, std::optional<double>(1.25));
}

void TestLifecycle::webProofLeavesNoRoundTrip()
{
    FixedRandom random(0);
    HostState down = stateWith(HostStatus::Down, 2, true);
    down.lastRttMs = 4.0;
    const auto r = applyCheck(down, CheckOutcome::alive(Proof::Web), kNow, {}, random);
    QCOMPARE(r.state.status, HostStatus::Up);
    QCOMPARE(r.state.proof, Proof::Web);
    QVERIFY(!r.state.lastRttMs);
    QCOMPARE(r.outage, OutageChange::Closed);
}

void TestLifecycle::checkErrorChangesNeitherStatusNorFailureCount()
{
    FixedRandom random(0);
    const HostState before = stateWith(HostStatus::New, 3, false);
    const auto r = applyCheck(before,
        CheckOutcome::failed(QStringLiteral("ping program not found: /x")), kNow, {}, random);
    QCOMPARE(r.state.status, HostStatus::New);
    QCOMPARE(r.state.failedChecks, 3);
    QCOMPARE(r.state.lastError, QStringLiteral("ping program not found: /x"));
    QCOMPARE(r.outage, OutageChange::None);
    // The next real check clears the error.
    const auto next = applyCheck(r.state, CheckOutcome::alive(Proof::Ping), kNow, {}, random);
    QVERIFY(next.state.lastError.isEmpty());
}

void TestLifecycle::knownHostsAreDueAfterSixtySecondsPlusJitter()
{
    FixedRandom none(0), full(1);
    for (HostStatus s : {HostStatus::New, HostStatus::Up, HostStatus::Down}) {
        const HostState st = stateWith(s, 0, s != HostStatus::New);
        const CheckOutcome o
            = s == HostStatus::Up ? CheckOutcome::alive(Proof::Ping) : CheckOutcome::noAnswer();
        QCOMPARE(applyCheck(st, o, kNow, {}, none).state.nextDueAt, kNow.addSecs(60));
        QCOMPARE(applyCheck(st, o, kNow, {}, full).state.nextDueAt, kNow.addSecs(70));
    }
}

void TestLifecycle::unknownHostsAreDueAfterAnHourPlusJitter()
{
    FixedRandom none(0), full(1);
    const HostState st = stateWith(HostStatus::Unknown, 4, false);
    QCOMPARE(applyCheck(st, CheckOutcome::noAnswer(), kNow, {}, none).state.nextDueAt,
        kNow.addSecs(3600));
    // Jitter up to a tenth of the hour: 360 s.
    QCOMPARE(applyCheck(st, CheckOutcome::noAnswer(), kNow, {}, full).state.nextDueAt,
        kNow.addSecs(3960));
}

void TestLifecycle::jitterStaysWithinBoundsOverManyDraws()
{
    SystemRandom random;
    qint64 lowest = std::numeric_limits<qint64>::max(), highest = 0;
    for (int i = 0; i < 20000; ++i) {
        const auto r = applyCheck(HostState {}, CheckOutcome::alive(Proof::Ping), kNow, {}, random);
        QVERIFY(r.nextDelayMs >= 60000 && r.nextDelayMs <= 70000);
        QCOMPARE(r.state.nextDueAt, kNow.addMSecs(r.nextDelayMs));
        lowest = std::min(lowest, r.nextDelayMs);
        highest = std::max(highest, r.nextDelayMs);
    }
    // Spread over the whole range, not stuck at one value.
    QVERIFY(lowest < 60500);
    QVERIFY(highest > 69500);
}

void TestLifecycle::jitterBoundIsTenSecondsOrATenth()
{
    const LifecycleSettings s;
    QCOMPARE(jitterBoundMs(60000, s), qint64(10000));
    QCOMPARE(jitterBoundMs(3600000, s), qint64(360000));
    QCOMPARE(jitterBoundMs(1000, s), qint64(10000));
}

void TestLifecycle::settingsChangeTheRules()
{
    LifecycleSettings s;
    s.knownIntervalS = 30;
    s.unknownIntervalS = 600;
    s.minJitterS = 0;
    s.jitterPercent = 0;
    s.failedChecksBeforeUnknown = 2;
    FixedRandom random(1);
    HostState st;
    st = applyCheck(st, CheckOutcome::noAnswer(), kNow, s, random).state;
    QCOMPARE(st.status, HostStatus::New);
    QCOMPARE(st.nextDueAt, kNow.addSecs(30));
    st = applyCheck(st, CheckOutcome::noAnswer(), kNow, s, random).state;
    QCOMPARE(st.status, HostStatus::Unknown);
    QCOMPARE(st.nextDueAt, kNow.addSecs(600));
}

void TestLifecycle::deriveStatusFollowsTheOriginal()
{
    const LifecycleSettings s;
    QCOMPARE(deriveStatus(true, false, 7, s), HostStatus::Up);
    QCOMPARE(deriveStatus(false, true, 0, s), HostStatus::Down);
    QCOMPARE(deriveStatus(false, false, 4, s), HostStatus::Unknown);
    QCOMPARE(deriveStatus(false, false, 3, s), HostStatus::New);
}

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
