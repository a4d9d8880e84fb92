#include "store/hoststore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// The dashboard's questions answered in SQL, with a fixed clock and a fixed local time zone
// (UTC+1, no daylight saving) so the day and week boundaries are exact.
class TestDashboardQueries : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void downHostsSortedByDowntimeShortestFirst();
    void unknownHostsOnlyWhenAskedAndLast();
    void countsOutagesAcrossDayBoundaryInLocalTime();
    void countsOutagesOfMondayToFridayWeek();
    void saturdayOutageCountsForTodayButNotTheWorkWeek();
    void recentOutagesNewestFirstAndLimited();

private:
    qint64 addHost(const QString &name, HostStatus status, const QDateTime &lastSuccess);
    void addOutage(qint64 hostId, const QDateTime &startUtc);
    DashboardQuery queryAt(const QDateTime &localNow) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HostStore> m_store;
    const QTimeZone m_zone = QTimeZone(3600);
    int m_counter = 0;
};

void TestDashboardQueries::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = HostStore::open(m_dir->filePath(QStringLiteral("d.sqlite"))).value();
}

void TestDashboardQueries::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

qint64 TestDashboardQueries::addHost(
    const QString &name, HostStatus status, const QDateTime &lastSuccess)
{
    Host h;
    h.name = name;
    h.address = QStringLiteral("127.0.0.%1").arg(++m_counter);
    h.supplier = QStringLiteral("Sup");
    h.postCode = QStringLiteral("PC%1").arg(m_counter);
    h.state.status = status;
    h.state.lastSuccessAt = lastSuccess;
    return m_store->addHost(h).value();
}

void TestDashboardQueries::addOutage(qint64 hostId, const QDateTime &start)
{
    OutageRecord o;
    o.hostId = hostId;
    o.startedAt = start;
    o.endedAt = start.addSecs(60);
    QVERIFY(m_store->addOutages({o}).ok());
}

DashboardQuery TestDashboardQueries::queryAt(const QDateTime &localNow) const
{
    DashboardQuery q;
    q.nowUtc = localNow.toUTC();
    q.localZone = m_zone;
    return q;
}

void TestDashboardQueries::downHostsSortedByDowntimeShortestFirst()
{
    const QDateTime now(QDate(2026, 3, 4), QTime(12, 0), m_zone);
    addHost(QStringLiteral("long"), HostStatus::Down, now.addSecs(-7200));
    addHost(QStringLiteral("up"), HostStatus::Up, now.addSecs(-30));
    addHost(QStringLiteral("short"), HostStatus::Down, now.addSecs(-90));
    addHost(QStringLiteral("middle"), HostStatus::Down, now.addSecs(-600));
    const auto rows = m_store->downHosts(queryAt(now)).value();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].host.name, QStringLiteral("short"));
    QCOMPARE(rows[1].host.name, QStringLiteral("middle"));
    QCOMPARE(rows[2].host.name, QStringLiteral("long"));
    QCOMPARE(rows[0].downtimeSeconds, std::optional<qint64>(90));
    QCOMPARE(rows[2].downtimeSeconds, std::optional<qint64>(7200));
}

void TestDashboardQueries::unknownHostsOnlyWhenAskedAndLast()
{
    const QDateTime now(QDate(2026, 3, 4), QTime(12, 0), m_zone);
    addHost(QStringLiteral("unknown"), HostStatus::Unknown, {});
    addHost(QStringLiteral("down"), HostStatus::Down, now.addSecs(-7200));
    QCOMPARE(m_store->downHosts(queryAt(now)).value().size(), 1);
    DashboardQuery q = queryAt(now);
    q.includeUnknown = true;
    const auto rows = m_store->downHosts(q).value();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].host.name, QStringLiteral("down"));
    QCOMPARE(rows[1].host.name, QStringLiteral("unknown"));
    QVERIFY(!rows[1].downtimeSeconds);
}

void TestDashboardQueries::countsOutagesAcrossDayBoundaryInLocalTime()
{
    // Now: Wednesday 00:30 local = Tuesday 23:30 UTC.
    const QDateTime now(QDate(2026, 3, 4), QTime(0, 30), m_zone);
    const qint64 h = addHost(QStringLiteral("h"), HostStatus::Down, now.addSecs(-60));
    addOutage(h, QDateTime(QDate(2026, 3, 3), QTime(23, 50), m_zone)); // yesterday, local
    addOutage(h, QDateTime(QDate(2026, 3, 4), QTime(0, 10), m_zone)); // today (23:10 UTC!)
    addOutage(h, QDateTime(QDate(2026, 3, 4), QTime(0, 20), m_zone)); // today
    const auto rows = m_store->downHosts(queryAt(now)).value();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].outagesToday, 2);
    QCOMPARE(rows[0].outagesThisWeek, 3);
}

void TestDashboardQueries::countsOutagesOfMondayToFridayWeek()
{
    // Now: Monday 2026-03-02 00:30 local. Last Friday and Sunday belong to last week.
    const QDateTime now(QDate(2026, 3, 2), QTime(0, 30), m_zone);
    const qint64 h = addHost(QStringLiteral("h"), HostStatus::Down, now.addSecs(-60));
    addOutage(h, QDateTime(QDate(2026, 2, 27), QTime(23, 59), m_zone)); // Friday last week
    addOutage(h, QDateTime(QDate(2026, 3, 1), QTime(22, 0), m_zone)); // Sunday
    addOutage(h, QDateTime(QDate(2026, 3, 2), QTime(0, 5), m_zone)); // Monday
    const auto rows = m_store->downHosts(queryAt(now)).value();
    QCOMPARE(rows[0].outagesToday, 1);
    QCOMPARE(rows[0].outagesThisWeek, 1);

    // On Friday evening the whole week counts.
    const QDateTime friday(QDate(2026, 3, 6), QTime(23, 0), m_zone);
    addOutage(h, QDateTime(QDate(2026, 3, 4), QTime(9, 0), m_zone));
    addOutage(h, QDateTime(QDate(2026, 3, 6), QTime(22, 59), m_zone));
    const auto later = m_store->downHosts(queryAt(friday)).value();
    QCOMPARE(later[0].outagesToday, 1);
    QCOMPARE(later[0].outagesThisWeek, 3);
}

void TestDashboardQueries::saturdayOutageCountsForTodayButNotTheWorkWeek()
{
    const QDateTime saturday(QDate(2026, 3, 7), QTime(10, 0), m_zone);
    const qint64 h = addHost(QStringLiteral("h"), HostStatus::Down, saturday.addSecs(-60));
    addOutage(h, QDateTime(QDate(2026, 3, 7), QTime(9, 0), m_zone));
    addOutage(h, QDateTime(QDate(2026, 3, 5), QTime(9, 0), m_zone));
    const auto rows = m_store->downHosts(queryAt(saturday)).value();
    QCOMPARE(rows[0].outagesToday, 1);
    QCOMPARE(rows[0].outagesThisWeek, 1);
}

void TestDashboardQueries::recentOutagesNewestFirstAndLimited()
{
    const QDateTime now(QDate(2026, 3, 4), QTime(12, 0), m_zone);
    const qint64 a = addHost(QStringLiteral("a"), HostStatus::Down, now.addSecs(-60));
    const qint64 b = addHost(QStringLiteral("b"), HostStatus::Down, now.addSecs(-120));
    QList<QDateTime> starts;
    for (int i = 0; i < 8; ++i) {
        starts << now.addSecs(-3600 * (i + 1)).toUTC();
        addOutage(a, starts.last());
    }
    addOutage(b, now.addDays(-20));
    DashboardQuery q = queryAt(now);
    q.recentOutageLimit = 3;
    const auto rows = m_store->downHosts(q).value();
    QCOMPARE(rows[0].host.id, a);
    QCOMPARE(rows[0].recentOutages, starts.mid(0, 3));
    QCOMPARE(rows[1].recentOutages.size(), 1);
    QCOMPARE(rows[1].recentOutages[0], now.addDays(-20).toUTC());
}

QTEST_GUILESS_MAIN(TestDashboardQueries)
#include "tst_dashboardqueries.moc"
