// Scheduler with a ManualClock: order, jitter, the cap, fairness, check-now, spreading.

#include "engine/scheduler.h"

#include <QSignalSpy>
#include <QtTest>

#include <algorithm>

namespace {

QList<qint64> startedIds(const QSignalSpy &spy)
{
    QList<qint64> ids;
    for (const QList<QVariant> &args : spy)
        ids.append(args.at(0).toLongLong());
    return ids;
}

// Calls dispatch() until nothing more starts (each call starts at most a burst).
void dispatchAll(Scheduler &s)
{
    for (int i = 0; i < 10000; ++i) {
        const int before = s.runningCount();
        s.dispatch();
        if (s.runningCount() == before)
            return;
    }
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private slots:
    void startsInDueOrder();
    void nothingStartsBeforeItIsDue();
    void nextCheckFallsWithinIntervalPlusJitter_data();
    void nextCheckFallsWithinIntervalPlusJitter();
    void unknownHostIsNotCheckedBeforeItsHour();
    void concurrencyCapIsNeverExceeded();
    void busyHostsDoNotStarveOthers();
    void checkNowJumpsTheQueue();
    void removedRunningHostFreesItsSlotOnce();
    void startsAFewPerEventLoopTurn();
    void overdueHostsAreSpreadOverFirstIntervalAtStartup();
    void bulkAddIsStaggered();
    void latenessAndThroughputAreMeasured();
};

void TestScheduler::startsInDueOrder()
{
    ManualClock clock;
    Scheduler s(&clock);
    QSignalSpy spy(&s, &Scheduler::startCheck);
    s.scheduleInMs(3, 3000);
    s.scheduleInMs(1, 1000);
    s.scheduleInMs(5, 5000);
    s.scheduleInMs(2, 2000);
    s.scheduleInMs(4, 4000);
    QCOMPARE(s.queueLength(), 5);
    clock.advanceMs(10000);
    dispatchAll(s);
    QCOMPARE(startedIds(spy), QList<qint64>({1, 2, 3, 4, 5}));
    QCOMPARE(s.queueLength(), 0);
    QCOMPARE(s.runningCount(), 5);
}

void TestScheduler::nothingStartsBeforeItIsDue()
{
    ManualClock clock;
    Scheduler s(&clock);
    QSignalSpy spy(&s, &Scheduler::startCheck);
    s.schedule(7, clock.nowUtc().addSecs(10));
    clock.advanceMs(9999);
    s.dispatch();
    QCOMPARE(spy.count(), 0);
    clock.advanceMs(1);
    s.dispatch();
    QCOMPARE(startedIds(spy), QList<qint64>({7}));
}

void TestScheduler::nextCheckFallsWithinIntervalPlusJitter_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("intervalMs");
    QTest::addColumn<qint64>("jitterMs");
    // The original: interval plus 0 .. max(10 s, interval / 10).
    QTest::newRow("up") << int(HostStatus::Up) << qint64(60000) << qint64(10000);
    QTest::newRow("unknown") << int(HostStatus::Unknown) << qint64(3600000) << qint64(360000);
}

void TestScheduler::nextCheckFallsWithinIntervalPlusJitter()
{
    QFETCH(int, status);
    QFETCH(qint64, intervalMs);
    QFETCH(qint64, jitterMs);
    const LifecycleSettings rules;
    HostState state;
    state.status = HostStatus(status);
    state.failedChecks = status == int(HostStatus::Unknown) ? 5 : 0;
    const CheckOutcome outcome = status == int(HostStatus::Up) ? CheckOutcome::alive(Proof::Ping)
                                                               : CheckOutcome::noAnswer();

    FixedRandom none(0.0), full(1.0);
    QCOMPARE(applyCheck(state, outcome, {}, rules, none).nextDelayMs, intervalMs);
    QCOMPARE(applyCheck(state, outcome, {}, rules, full).nextDelayMs, intervalMs + jitterMs);
    SystemRandom random;
    for (int i = 0; i < 500; ++i) {
        const qint64 d = applyCheck(state, outcome, {}, rules, random).nextDelayMs;
        QVERIFY(d >= intervalMs && d <= intervalMs + jitterMs);
    }

    // And the scheduler honours the delay: not a millisecond early, not late.
    ManualClock clock;
    Scheduler s(&clock);
    QSignalSpy spy(&s, &Scheduler::startCheck);
    const LifecycleResult r = applyCheck(state, outcome, clock.nowUtc(), rules, full);
    s.schedule(1, r.state.nextDueAt);
    clock.advanceMs(intervalMs + jitterMs - 1);
    s.dispatch();
    QCOMPARE(spy.count(), 0);
    clock.advanceMs(1);
    s.dispatch();
    QCOMPARE(spy.count(), 1);
}

void TestScheduler::unknownHostIsNotCheckedBeforeItsHour()
{
    ManualClock clock;
    Scheduler s(&clock);
    QSignalSpy spy(&s, &Scheduler::startCheck);
    const LifecycleSettings rules;
    HostState state;
    state.failedChecks = 3;
    FixedRandom none(0.0);
    const LifecycleResult r
        = applyCheck(state, CheckOutcome::noAnswer(), clock.nowUtc(), rules, none);
    QCOMPARE(r.state.status, HostStatus::Unknown);
    s.schedule(9, r.state.nextDueAt);
    for (int minute = 1; minute < 60; ++minute) {
        clock.advanceMs(60000);
        s.dispatch();
        QVERIFY2(spy.isEmpty(), qPrintable(QStringLiteral("checked after %1 min").arg(minute)));
    }
    clock.advanceMs(60000);
    s.dispatch();
    QCOMPARE(startedIds(spy), QList<qint64>({9}));
}

void TestScheduler::concurrencyCapIsNeverExceeded()
{
    ManualClock clock;
    Scheduler s(&clock);
    s.setConcurrencyCap(3);
    int maxRunning = 0;
    int starts = 0;
    connect(&s, &Scheduler::startCheck, this, [&] {
        ++starts;
        maxRunning = std::max(maxRunning, s.runningCount());
    });
    for (qint64 id = 1; id <= 20; ++id)
        s.scheduleInMs(id, 0);
    while (starts < 20) {
        dispatchAll(s);
        QVERIFY(s.runningCount() <= 3);
        const QList<qint64> running = s.runningHosts().values();
        QVERIFY(!running.isEmpty());
        s.finished(running.first());
        clock.advanceMs(10);
    }
    QCOMPARE(maxRunning, 3);
}

void TestScheduler::busyHostsDoNotStarveOthers()
{
    ManualClock clock;
    Scheduler s(&clock);
    s.setConcurrencyCap(1);
    QSignalSpy spy(&s, &Scheduler::startCheck);
    for (qint64 id = 1; id <= 5; ++id)
        s.scheduleInMs(id, 0);
    // Each finished host is due again at once; the others, waiting longer, go first.
    for (int round = 0; round < 10; ++round) {
        clock.advanceMs(5);
        s.dispatch();
        const qint64 id = startedIds(spy).constLast();
        s.finished(id);
        s.scheduleInMs(id, 0);
    }
    const QList<qint64> order = startedIds(spy);
    QCOMPARE(order.mid(0, 5), QList<qint64>({1, 2, 3, 4, 5}));
    QCOMPARE(order.mid(5, 5), QList<qint64>({1, 2, 3, 4, 5}));
}

void TestScheduler::checkNowJumpsTheQueue()
{
    ManualClock clock;
    Scheduler s(&clock);
    s.setConcurrencyCap(1);
    QSignalSpy spy(&s, &Scheduler::startCheck);
    for (qint64 id = 1; id <= 10; ++id)
        s.scheduleInMs(id, 0);
    s.scheduleInMs(99, 3600000);
    clock.advanceMs(1000);
    s.checkNow({99});
    s.dispatch();
    QCOMPARE(startedIds(spy), QList<qint64>({99}));
    s.finished(99);
    s.dispatch();
    QCOMPARE(startedIds(spy).constLast(), qint64(1));
    QVERIFY(!s.isQueued(99)); // checked now instead of in an hour, not twice
}

void TestScheduler::removedRunningHostFreesItsSlotOnce()
{
    ManualClock clock;
    Scheduler s(&clock);
    s.setConcurrencyCap(2);
    s.scheduleInMs(1, 0);
    s.scheduleInMs(2, 0);
    s.scheduleInMs(3, 0);
    s.dispatch();
    QCOMPARE(s.runningCount(), 2);
    s.remove(1);
    QCOMPARE(s.runningCount(), 1);
    QVERIFY(!s.isQueued(1));
    s.dispatch();
    QCOMPARE(s.runningCount(), 2); // host 3 took the slot
    s.finished(1); // a late report from the cancelled check changes nothing
    QCOMPARE(s.runningCount(), 2);
    QVERIFY(!s.isQueued(1));
}

void TestScheduler::startsAFewPerEventLoopTurn()
{
    ManualClock clock;
    Scheduler s(&clock);
    QSignalSpy spy(&s, &Scheduler::startCheck);
    for (qint64 id = 1; id <= 50; ++id)
        s.scheduleInMs(id, 0);
    s.dispatch();
    QCOMPARE(spy.count(), Scheduler::kStartsPerTurn);
    // The rest follow on later turns of the event loop, by themselves.
    QTRY_COMPARE(spy.count(), 50);
}

void TestScheduler::overdueHostsAreSpreadOverFirstIntervalAtStartup()
{
    ManualClock clock;
    Scheduler s(&clock);
    QSignalSpy spy(&s, &Scheduler::startCheck);
    const QDateTime now = clock.nowUtc();
    QList<std::pair<qint64, QDateTime>> due;
    for (qint64 id = 1; id <= 120; ++id)
        due.append({id, now.addSecs(-3600 + id)}); // overdue, host 1 the most
    due.append({500, QDateTime()}); // never checked
    due.append({600, now.addSecs(30)}); // due later: keeps its time
    s.scheduleStartup(due);

    const qint64 t0 = clock.monotonicMs();
    QCOMPARE(s.dueMs(600), t0 + 30000);
    QList<qint64> dues;
    for (qint64 id = 1; id <= 120; ++id)
        dues.append(s.dueMs(id));
    dues.append(s.dueMs(500));
    for (qint64 d : dues)
        QVERIFY(d >= t0 && d < t0 + 60000);
    std::sort(dues.begin(), dues.end());
    QVERIFY(std::adjacent_find(dues.begin(), dues.end()) == dues.end()); // no two at once
    QVERIFY(dues.constLast() - dues.constFirst() > 55000); // the whole interval is used
    QVERIFY(s.dueMs(500) < s.dueMs(1) && s.dueMs(1) < s.dueMs(120)); // most overdue first

    s.dispatch();
    QCOMPARE(spy.count(), 1); // not 121 at once
}

void TestScheduler::bulkAddIsStaggered()
{
    ManualClock clock;
    Scheduler s(&clock);
    const qint64 t0 = clock.monotonicMs();
    s.scheduleStaggered({1, 2, 3});
    QCOMPARE(s.dueMs(1), t0);
    QCOMPARE(s.dueMs(2), t0 + Scheduler::kStaggerStepMs);
    QCOMPARE(s.dueMs(3), t0 + 2 * Scheduler::kStaggerStepMs);

    QList<qint64> many;
    for (qint64 id = 1000; id < 11000; ++id)
        many.append(id);
    s.scheduleStaggered(many);
    QVERIFY(s.dueMs(10999) < t0 + 60000); // never more than one interval
    QVERIFY(s.dueMs(10999) > t0 + 50000);
}

void TestScheduler::latenessAndThroughputAreMeasured()
{
    ManualClock clock;
    Scheduler s(&clock);
    s.setConcurrencyCap(7);
    s.scheduleInMs(1, 0);
    s.scheduleInMs(2, 0);
    s.scheduleInMs(3, 1000);
    clock.advanceMs(1500);
    s.dispatch();
    EngineStats st = s.stats();
    QCOMPARE(st.runningChecks, 3);
    QCOMPARE(st.queueLength, 0);
    QCOMPARE(st.concurrencyCap, 7);
    QCOMPARE(st.latenessMaxMs, qint64(1500));
    QCOMPARE(st.latenessP50Ms, qint64(1500));
    s.finished(1);
    s.finished(2);
    s.scheduleInMs(1, 60000);
    st = s.stats();
    QCOMPARE(st.checksPerMinute, 2.0);
    QCOMPARE(st.queueLength, 1);
    clock.advanceMs(61000);
    QCOMPARE(s.stats().checksPerMinute, 0.0); // only the last minute counts
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
