#include "dashboard/dashboardwidget.h"
#include "dashboard/downhostcard.h"
#include "demodata.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Wednesday noon: "today" and "this week" have room on both sides.
const QDateTime kNow(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);

Host host(const QString &name, int n)
{
    Host h;
    h.name = name;
    h.address = QStringLiteral("127.0.0.%1").arg(n);
    h.supplier = QStringLiteral("Alpha Net");
    h.postCode = QStringLiteral("1011%1").arg(n);
    return h;
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsExactlyTheDownHostsShortestDowntimeFirst();
    void cardsShowOutageCountsAndLocalLastSuccess();
    void durationsTickWithoutQuerying();
    void showUnknownListsUnknownHostsAfterDownOnes();
    void allHostsReachableWhenNothingIsDown();
    void refreshesAreCoalesced();
    void wallModeUsesLargerType();
    void demoDatabaseShowsEveryDownHost();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HostStore> m_store;
    std::unique_ptr<HostStore> m_reader;
    QList<qint64> m_ids;
    QDateTime m_now = kNow;
};

void TestDashboard::init()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(
        QStringLiteral("dash-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    auto store = HostStore::open(path);
    QVERIFY2(store.ok(), qPrintable(store.error().message));
    m_store = std::move(store.value());
    m_now = kNow;

    // a: down 5 min, outages today: 2 (one earlier at 09:00). b: down 2 h, one outage.
    // c: up. d: down 30 min. e: unknown (never answered).
    HostList hosts {host(QStringLiteral("a-down-5min"), 1), host(QStringLiteral("b-down-2h"), 2),
        host(QStringLiteral("c-up"), 3), host(QStringLiteral("d-down-30min"), 4),
        host(QStringLiteral("e-unknown"), 5)};
    auto ids = m_store->addHosts(hosts);
    QVERIFY(ids.ok());
    m_ids = ids.value();
    using DemoData::Check;
    QVERIFY(DemoData::replay(*m_store, m_ids[0],
        {{kNow.addSecs(-3 * 3600 - 60), true}, {kNow.addSecs(-3 * 3600), false},
            {kNow.addSecs(-2 * 3600), true}, {kNow.addSecs(-300), true},
            {kNow.addSecs(-240), false}})
                .ok());
    QVERIFY(DemoData::replay(*m_store, m_ids[1],
        {{kNow.addSecs(-7200), true}, {kNow.addSecs(-7140), false}, {kNow.addSecs(-60), false}})
                .ok());
    QVERIFY(DemoData::replay(*m_store, m_ids[2], {{kNow.addSecs(-60), true}}).ok());
    QVERIFY(DemoData::replay(
        *m_store, m_ids[3], {{kNow.addSecs(-1800), true}, {kNow.addSecs(-1740), false}})
                .ok());
    QVERIFY(DemoData::replay(*m_store, m_ids[4],
        {{kNow.addSecs(-400), false}, {kNow.addSecs(-300), false}, {kNow.addSecs(-200), false},
            {kNow.addSecs(-100), false}})
                .ok());

    HostStore::Options readOnly;
    readOnly.readOnly = true;
    auto reader = HostStore::open(path, readOnly);
    QVERIFY2(reader.ok(), qPrintable(reader.error().message));
    m_reader = std::move(reader.value());
}

void TestDashboard::cleanup()
{
    m_reader.reset();
    m_store.reset();
}

void TestDashboard::showsExactlyTheDownHostsShortestDowntimeFirst()
{
    DashboardWidget dashboard;
    dashboard.setClock([this] { return m_now; });
    dashboard.setStore(m_reader.get());
    const QList<qint64> expected {m_ids[0], m_ids[3], m_ids[1]};
    QCOMPARE(dashboard.shownHostIds(), expected);
    QCOMPARE(dashboard.shownCounts().down, 3);
    QCOMPARE(dashboard.shownCounts().up, 1);
    QCOMPARE(dashboard.shownCounts().unknown, 1);
    QCOMPARE(
        dashboard.findChild<QLabel *>(QStringLiteral("countDown"))->text(), QStringLiteral("3"));
    QCOMPARE(dashboard.findChild<QLabel *>(QStringLiteral("countUp"))->text(), QStringLiteral("1"));
    QVERIFY(!dashboard.isAllReachableShown());
}

void TestDashboard::cardsShowOutageCountsAndLocalLastSuccess()
{
    DashboardWidget dashboard;
    dashboard.setClock([this] { return m_now; });
    dashboard.setStore(m_reader.get());
    DownHostCard *a = dashboard.cardFor(m_ids[0]);
    QVERIFY(a);
    const QString outages = a->findChild<QLabel *>(QStringLiteral("cardOutages"))->text();
    QVERIFY2(outages.contains(QStringLiteral("2 today")), qPrintable(outages));
    QVERIFY2(outages.contains(QStringLiteral("2 this week")), qPrintable(outages));
    const QString lastSuccess = a->findChild<QLabel *>(QStringLiteral("cardLastSuccess"))->text();
    const QString local
        = kNow.addSecs(-300).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QVERIFY2(lastSuccess.contains(local), qPrintable(lastSuccess));
    QCOMPARE(a->downForText(), QStringLiteral("5 min 00 s")); // since the last success
    DownHostCard *b = dashboard.cardFor(m_ids[1]);
    QVERIFY(b->findChild<QLabel *>(QStringLiteral("cardOutages"))
                ->text()
                .contains(QStringLiteral("1 today")));
    QCOMPARE(b->downForText(), QStringLiteral("2 h 00 min"));
}

void TestDashboard::durationsTickWithoutQuerying()
{
    DashboardWidget dashboard;
    dashboard.setClock([this] { return m_now; });
    dashboard.setStore(m_reader.get());
    const int queries = dashboard.queryCount();
    m_now = kNow.addSecs(7);
    QTRY_COMPARE_WITH_TIMEOUT(
        dashboard.cardFor(m_ids[0])->downForText(), QStringLiteral("5 min 07 s"), 5000);
    QCOMPARE(dashboard.queryCount(), queries);
}

void TestDashboard::showUnknownListsUnknownHostsAfterDownOnes()
{
    DashboardWidget dashboard;
    dashboard.setClock([this] { return m_now; });
    dashboard.setStore(m_reader.get());
    QCOMPARE(dashboard.shownHostIds().size(), 3);
    dashboard.findChild<QCheckBox *>(QStringLiteral("showUnknownCheck"))->setChecked(true);
    const QList<qint64> expected {m_ids[0], m_ids[3], m_ids[1], m_ids[4]};
    QCOMPARE(dashboard.shownHostIds(), expected);
    QCOMPARE(dashboard.cardFor(m_ids[4])->downForText(), QStringLiteral("Unknown"));
}

void TestDashboard::allHostsReachableWhenNothingIsDown()
{
    using DemoData::Check;
    for (qint64 id : {m_ids[0], m_ids[1], m_ids[3]})
        QVERIFY(DemoData::replay(*m_store, id, {{kNow.addSecs(-10), true}}).ok());
    DashboardWidget dashboard;
    dashboard.setClock([this] { return m_now; });
    dashboard.setStore(m_reader.get());
    QVERIFY(dashboard.shownHostIds().isEmpty());
    QVERIFY(dashboard.isAllReachableShown());
    QCOMPARE(dashboard.findChild<QLabel *>(QStringLiteral("allReachableLabel"))->text(),
        QStringLiteral("✔ All hosts are reachable."));
}

void TestDashboard::refreshesAreCoalesced()
{
    DashboardWidget dashboard;
    dashboard.setStore(m_reader.get());
    const int before = dashboard.queryCount();
    for (int i = 0; i < 200; ++i)
        dashboard.requestRefresh();
    QTRY_COMPARE_WITH_TIMEOUT(dashboard.queryCount(), before + 1, 5000);
    QTest::qWait(1500);
    QCOMPARE(dashboard.queryCount(), before + 1);
}

void TestDashboard::wallModeUsesLargerType()
{
    DashboardWidget dashboard;
    dashboard.setClock([this] { return m_now; });
    dashboard.setStore(m_reader.get());
    auto *name = dashboard.cardFor(m_ids[0])->findChild<QLabel *>(QStringLiteral("cardName"));
    const qreal normal = name->font().pointSizeF();
    dashboard.setWallMode(true);
    QVERIFY(name->font().pointSizeF() > normal * 1.5);
    dashboard.setWallMode(false);
    QCOMPARE(name->font().pointSizeF(), normal);
}

void TestDashboard::demoDatabaseShowsEveryDownHost()
{
    QTemporaryDir dir;
    auto store = HostStore::open(dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(store.ok());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(DemoData::fill(*store.value(), 400, now).ok());
    DashboardWidget dashboard;
    dashboard.setStore(store.value().get());
    int expectedDown = 0;
    for (int i = 0; i < 400; ++i)
        expectedDown += DemoData::isDown(i) ? 1 : 0;
    QCOMPARE(dashboard.shownHostIds().size(), expectedDown);
    // Shortest downtime first: the demo's i-th down host is down 1 + 7i % 300 minutes.
    qint64 previous = -1;
    for (qint64 id : dashboard.shownHostIds()) {
        auto h = store.value()->host(id);
        QVERIFY(h.ok());
        const qint64 down = h.value().state.lastSuccessAt.secsTo(now);
        QVERIFY(down >= previous);
        previous = down;
    }
}

int main(int argc, char **argv)
{
    // "Today" and "this week" are local calendar days: pin the zone so the test means one thing.
    qputenv("TZ", "UTC");
    QApplication app(argc, argv);
    TestDashboard test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_dashboard.moc"
