#include "alerts/alertcenter.h"
#include "alerts/alertcoalescer.h"

#include <QSignalSpy>
#include <QTest>

namespace {

StatusTransition transition(qint64 id, HostStatus from, HostStatus to)
{
    StatusTransition t;
    t.hostId = id;
    t.name = QStringLiteral("router-%1").arg(id);
    t.address = QStringLiteral("127.0.0.%1").arg(id);
    t.from = from;
    t.to = to;
    return t;
}

QList<StatusTransition> downs(int first, int count)
{
    QList<StatusTransition> list;
    for (int i = first; i < first + count; ++i)
        list.append(transition(i, HostStatus::Up, HostStatus::Down));
    return list;
}

} // namespace

class TestAlertCoalescer : public QObject
{
    Q_OBJECT

private slots:
    void tenTransitionsInOneWindowMakeOneNotification();
    void messageNamesThreeHostsAndCountsTheRest();
    void singleHostNamesItsAddress();
    void downAndBackUpInsideTheWindowIsNotReported();
    void onlyUpDownChangesAlert();
    void nextWindowStartsAfterTheFirstIsTaken();
    void alertCenterEmitsOnceAfterTheWindow();
    void mutedAlertCenterStaysQuiet();
    void disabledAlertsStayQuiet();
};

void TestAlertCoalescer::tenTransitionsInOneWindowMakeOneNotification()
{
    AlertCoalescer c(5000);
    QVERIFY(c.add(downs(1, 4), 1000)); // opens the window
    QVERIFY(!c.add(downs(5, 3), 2500));
    QVERIFY(!c.add(downs(8, 3), 5999));
    QCOMPARE(c.dueAtMs().value(), 6000);
    QVERIFY(!c.take(5999).has_value()); // not yet due
    const auto message = c.take(6000);
    QVERIFY(message.has_value());
    QCOMPARE(message->downCount, 10);
    QCOMPARE(message->upCount, 0);
    QVERIFY(!c.take(6000).has_value()); // one notification, not ten
    QVERIFY(!c.isPending());
}

void TestAlertCoalescer::messageNamesThreeHostsAndCountsTheRest()
{
    AlertCoalescer c(5000);
    c.add(downs(1, 5), 0);
    const auto m = c.take(5000);
    QVERIFY(m.has_value());
    // English plural forms come from the translation; untranslated, %n host(s) is kept.
    QVERIFY2(m->title.startsWith(QStringLiteral("5 host")), qPrintable(m->title));
    QVERIFY2(m->title.endsWith(QStringLiteral(" down")), qPrintable(m->title));
    QCOMPARE(m->body, QStringLiteral("Down: router-1, router-2, router-3 and 2 more."));
}

void TestAlertCoalescer::singleHostNamesItsAddress()
{
    AlertCoalescer c(2000);
    c.add({transition(7, HostStatus::Down, HostStatus::Up)}, 0);
    const auto m = c.take(2000);
    QVERIFY(m.has_value());
    QCOMPARE(m->body, QStringLiteral("router-7 (127.0.0.7) is back up."));
    QCOMPARE(m->upCount, 1);
}

void TestAlertCoalescer::downAndBackUpInsideTheWindowIsNotReported()
{
    AlertCoalescer c(5000);
    c.add({transition(1, HostStatus::Up, HostStatus::Down)}, 0);
    c.add({transition(1, HostStatus::Down, HostStatus::Up)}, 3000);
    c.add({transition(2, HostStatus::Up, HostStatus::Down)}, 3000);
    const auto m = c.take(5000);
    QVERIFY(m.has_value());
    QCOMPARE(m->downCount, 1);
    QCOMPARE(m->upCount, 0);
    QCOMPARE(m->body, QStringLiteral("router-2 (127.0.0.2) is down."));
}

void TestAlertCoalescer::onlyUpDownChangesAlert()
{
    AlertCoalescer c(5000);
    QVERIFY(!c.add({transition(1, HostStatus::New, HostStatus::Up),
                       transition(2, HostStatus::New, HostStatus::Unknown),
                       transition(3, HostStatus::Unknown, HostStatus::Up)},
        0));
    QVERIFY(!c.isPending());
    QVERIFY(!c.take(10000, true).has_value());
}

void TestAlertCoalescer::nextWindowStartsAfterTheFirstIsTaken()
{
    AlertCoalescer c(1000);
    c.add(downs(1, 2), 0);
    QVERIFY(c.take(1000).has_value());
    QVERIFY(c.add(downs(3, 1), 1500));
    QCOMPARE(c.dueAtMs().value(), 2500);
    QCOMPARE(c.take(2500)->downCount, 1);
}

void TestAlertCoalescer::alertCenterEmitsOnceAfterTheWindow()
{
    AlertCenter center;
    AlertSettings settings;
    settings.coalesceWindowS = 1;
    center.setSettings(settings);
    QSignalSpy alerts(&center, &AlertCenter::alert);
    for (int i = 1; i <= 10; ++i)
        center.addTransitions(downs(i, 1));
    QCOMPARE(alerts.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(alerts.count(), 1, 10000);
    QCOMPARE(alerts.at(0).at(0).value<AlertMessage>().downCount, 10);
    QTest::qWait(1200);
    QCOMPARE(alerts.count(), 1);
}

void TestAlertCoalescer::mutedAlertCenterStaysQuiet()
{
    AlertCenter center;
    QSignalSpy alerts(&center, &AlertCenter::alert);
    QSignalSpy muted(&center, &AlertCenter::mutedChanged);
    center.muteFor(3600);
    QVERIFY(center.isMuted());
    QCOMPARE(muted.count(), 1);
    center.addTransitions(downs(1, 3));
    center.flush();
    QCOMPARE(alerts.count(), 0);
    center.unmute();
    QVERIFY(!center.isMuted());
    center.addTransitions(downs(1, 3));
    center.flush();
    QCOMPARE(alerts.count(), 1);
}

void TestAlertCoalescer::disabledAlertsStayQuiet()
{
    AlertCenter center;
    AlertSettings settings;
    settings.enabled = false;
    center.setSettings(settings);
    QSignalSpy alerts(&center, &AlertCenter::alert);
    center.addTransitions(downs(1, 3));
    center.flush();
    QCOMPARE(alerts.count(), 0);
}

QTEST_MAIN(TestAlertCoalescer)
#include "tst_alertcoalescer.moc"
