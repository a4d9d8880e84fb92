#include "store/hoststore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// Each schema step is tested from a file built the way that version wrote it.
class TestMigration : public QObject
{
    Q_OBJECT

private slots:
    void upgradesVersion1FileKeepingHostsAndOutages();
};

namespace {

// Schema version 1 exactly as Pingtool 0.1 created it.
const char *const kVersion1[] = {
    "CREATE TABLE hosts (id INTEGER PRIMARY KEY, name TEXT NOT NULL, address TEXT NOT NULL,"
    " manufacturer TEXT NOT NULL DEFAULT 'Other', supplier TEXT NOT NULL DEFAULT '',"
    " type TEXT NOT NULL DEFAULT '', post_code TEXT NOT NULL DEFAULT '',"
    " web_url TEXT NOT NULL DEFAULT '', paused INTEGER NOT NULL DEFAULT 0,"
    " status TEXT NOT NULL DEFAULT 'New', failed_checks INTEGER NOT NULL DEFAULT 0,"
    " last_checked_at TEXT, last_success_at TEXT, next_due_at TEXT, last_rtt_ms REAL,"
    " proof TEXT, created_at TEXT NOT NULL)",
    "CREATE INDEX hosts_address ON hosts(address)",
    "CREATE INDEX hosts_status ON hosts(status, last_success_at)",
    "CREATE TABLE outages (id INTEGER PRIMARY KEY, host_id INTEGER NOT NULL REFERENCES hosts(id)"
    " ON DELETE CASCADE, started_at TEXT NOT NULL, ended_at TEXT)",
    "CREATE INDEX outages_host_started ON outages(host_id, started_at)",
    "CREATE INDEX outages_started ON outages(started_at)",
    "INSERT INTO hosts VALUES (1, 'Site A', '127.0.0.1', 'Draytek', 'BT', 'FTTC', 'AB1', "
    "'https://203.0.113.1/', 0, 'Down', 3, '2026-01-01T10:03:00Z', '2026-01-01T10:00:00Z', "
    "'2026-01-01T10:04:00Z', NULL, 'ping', '2025-12-01T00:00:00Z')",
    "INSERT INTO hosts VALUES (2, 'Site B', '127.0.0.2', 'Other', '', '', '', '', 1, 'Up', 0, "
    "'2026-01-01T10:03:00Z', '2026-01-01T10:03:00Z', NULL, 1.5, 'web', '2025-12-01T00:00:00Z')",
    "INSERT INTO outages VALUES (1, 1, '2025-12-24T08:00:00Z', '2025-12-24T09:00:00Z')",
    "INSERT INTO outages VALUES (2, 1, '2026-01-01T10:01:00Z', NULL)",
    // Two open outages for one host: possible in version 1, forbidden from version 2 on.
    "INSERT INTO outages VALUES (3, 1, '2026-01-01T10:02:00Z', NULL)",
    "PRAGMA user_version = 1",
};

} // namespace

void TestMigration::upgradesVersion1FileKeepingHostsAndOutages()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const char *sql : kVersion1)
            QVERIFY2(q.exec(QString::fromUtf8(sql)), sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    auto opened = HostStore::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    HostStore &store = *opened.value();
    QCOMPARE(store.schemaVersion(), 2);

    const HostList hosts = store.listHosts().value();
    QCOMPARE(hosts.size(), 2);
    QCOMPARE(hosts[0].name, QStringLiteral("Site A"));
    QCOMPARE(hosts[0].manufacturer, Manufacturer::Draytek);
    QCOMPARE(hosts[0].state.status, HostStatus::Down);
    QCOMPARE(hosts[0].state.failedChecks, 3);
    QCOMPARE(hosts[0].state.lastSuccessAt, QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC));
    QVERIFY(hosts[0].state.lastError.isEmpty());
    QVERIFY(hosts[1].paused);
    QCOMPARE(hosts[1].state.proof, Proof::Web);
    QCOMPARE(hosts[1].state.lastRttMs, std::optional<double>(1.5));

    const auto outages = store.outages(1).value();
    QCOMPARE(outages.size(), 3);
    QVERIFY(!outages[0].open);
    QVERIFY(outages[1].open); // the earliest open outage stays open
    QVERIFY(!outages[2].open);

    // Version 2 features work on the upgraded file.
    CheckRecord r;
    r.hostId = 1;
    r.state = hosts[0].state;
    r.state.lastCheckedAt = QDateTime(QDate(2026, 1, 1), QTime(10, 5), Qt::UTC);
    r.outage = OutageChange::Opened; // ignored: one is open already
    QVERIFY(store.writeResults({r}).ok());
    QCOMPARE(store.outages(1).value().size(), 3);
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM check_rollups")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
