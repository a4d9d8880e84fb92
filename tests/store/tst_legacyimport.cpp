#include "store/hoststore.h"
#include "store/legacyimport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// The original Flask app's data/pingtool.db, built here with its schema.
class TestLegacyImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importsHostsWithStatusesMappedByTheOriginalRules();
    void importsOutageHistoryWithTheLatestOpenForDownHosts();
    void reportsAndSkipsInvalidAndDuplicateHosts();
    void readsOlderVersionsWithoutOutagesOrMetadata();
    void refusesAFileThatIsNotTheOriginalsDatabase();
    void leavesTheLegacyFileUntouched();

private:
    QString buildLegacy(const QString &name, const QStringList &statements);
    QString fullLegacyFile();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HostStore> m_store;
};

void TestLegacyImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = HostStore::open(m_dir->filePath(QStringLiteral("new.sqlite"))).value();
}

void TestLegacyImport::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString TestLegacyImport::buildLegacy(const QString &name, const QStringList &statements)
{
    const QString path = m_dir->filePath(name);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        for (const QString &s : statements)
            if (!q.exec(s))
                qWarning() << s << q.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return path;
}

QString TestLegacyImport::fullLegacyFile()
{
    return buildLegacy(QStringLiteral("pingtool.db"),
        {
            QStringLiteral(
                "CREATE TABLE hosts (id INTEGER PRIMARY KEY AUTOINCREMENT, hostname TEXT NOT NULL, "
                "ip_address TEXT NOT NULL, manufacturer TEXT, supplier TEXT, host_type TEXT, "
                "post_code TEXT, web_url TEXT, failed_attempts INTEGER DEFAULT 0, last_status "
                "INTEGER, last_checked_at TEXT, last_success_at TEXT, next_ping_at TEXT)"),
            QStringLiteral("CREATE TABLE outage_events (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                           "host_id INTEGER NOT NULL, started_at TEXT NOT NULL)"),
            // Up: last_status 1.
            QStringLiteral("INSERT INTO hosts VALUES (1, 'Up site', '127.0.0.1', 'Draytek', 'BT', "
                           "'FTTC', 'AB1 2CD', 'https://203.0.113.10:4433/', 0, 1, "
                           "'2025-06-01T10:00:00.123456', '2025-06-01T10:00:00.123456', "
                           "'2025-06-01T10:01:00')"),
            // Down: not up, succeeded before.
            QStringLiteral("INSERT INTO hosts VALUES (2, 'Down site', '127.0.0.2', 'mikrotik', "
                           "'Virgin', 'Cable', 'EF3 4GH', '', 6, 0, '2025-06-01T10:00:00', "
                           "'2025-06-01T09:00:00', NULL)"),
            // Unknown: never succeeded, 4 or more failures.
            QStringLiteral("INSERT INTO hosts VALUES (3, 'Never', 'gw.example', 'TP-Link', NULL, "
                           "NULL, NULL, NULL, 5, 0, '2025-06-01T10:00:00', NULL, NULL)"),
            // New: never succeeded, fewer than 4 failures.
            QStringLiteral("INSERT INTO hosts VALUES (4, 'Fresh', '::1', 'Cisco', '', '', '', '', "
                           "2, NULL, NULL, NULL, NULL)"),
            // Invalid: option-like, and a name with a space.
            QStringLiteral("INSERT INTO hosts VALUES (5, 'Evil', '-f', 'Other', '', '', '', '', 0, "
                           "NULL, NULL, NULL, NULL)"),
            QStringLiteral(
                "INSERT INTO hosts VALUES (6, 'Spaced', 'bad host', 'Other', '', '', '', "
                "'', 0, NULL, NULL, NULL, NULL)"),
            QStringLiteral("INSERT INTO outage_events (host_id, started_at) VALUES (2, "
                           "'2025-05-30T08:00:00')"),
            QStringLiteral("INSERT INTO outage_events (host_id, started_at) VALUES (2, "
                           "'2025-06-01T09:01:00')"),
            QStringLiteral("INSERT INTO outage_events (host_id, started_at) VALUES (1, "
                           "'2025-05-01T08:00:00')"),
            QStringLiteral("INSERT INTO outage_events (host_id, started_at) VALUES (5, "
                           "'2025-05-01T08:00:00')"),
        });
}

void TestLegacyImport::importsHostsWithStatusesMappedByTheOriginalRules()
{
    const auto report = LegacyImport::run(*m_store, fullLegacyFile(), {});
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QCOMPARE(report.value().imported, 4);
    QCOMPARE(report.value().skipped, 2);

    const HostList hosts = m_store->listHosts().value();
    QCOMPARE(hosts.size(), 4);
    QCOMPARE(hosts[0].name, QStringLiteral("Up site"));
    QCOMPARE(hosts[0].state.status, HostStatus::Up);
    QCOMPARE(hosts[0].manufacturer, Manufacturer::Draytek);
    QCOMPARE(hosts[0].supplier, QStringLiteral("BT"));
    QCOMPARE(hosts[0].type, QStringLiteral("FTTC"));
    QCOMPARE(hosts[0].postCode, QStringLiteral("AB1 2CD"));
    QCOMPARE(hosts[0].webUrl, QStringLiteral("https://203.0.113.10:4433/"));
    QCOMPARE(hosts[0].state.lastSuccessAt, QDateTime(QDate(2025, 6, 1), QTime(10, 0), Qt::UTC));

    QCOMPARE(hosts[1].state.status, HostStatus::Down);
    QCOMPARE(hosts[1].state.failedChecks, 6);
    QCOMPARE(hosts[1].manufacturer, Manufacturer::Mikrotik);
    QCOMPARE(hosts[2].state.status, HostStatus::Unknown);
    QCOMPARE(hosts[2].manufacturer, Manufacturer::TpLink);
    QCOMPARE(hosts[3].state.status, HostStatus::New);
    QCOMPARE(hosts[3].state.failedChecks, 2);
    QCOMPARE(hosts[3].manufacturer, Manufacturer::Other); // "Cisco" is not one of ours
    for (const Host &h : hosts)
        QVERIFY(!h.state.nextDueAt.isValid()); // due at once; the engine spreads them
}

void TestLegacyImport::importsOutageHistoryWithTheLatestOpenForDownHosts()
{
    const auto report = LegacyImport::run(*m_store, fullLegacyFile(), {});
    QCOMPARE(report.value().outages, 3);
    const HostList hosts = m_store->listHosts().value();
    const auto down = m_store->outages(hosts[1].id).value();
    QCOMPARE(down.size(), 2);
    QVERIFY(!down[0].open);
    QVERIFY(down[1].open);
    QCOMPARE(down[1].startedAt, QDateTime(QDate(2025, 6, 1), QTime(9, 1), Qt::UTC));
    const auto up = m_store->outages(hosts[0].id).value();
    QCOMPARE(up.size(), 1);
    QVERIFY(!up[0].open);
}

void TestLegacyImport::reportsAndSkipsInvalidAndDuplicateHosts()
{
    Host existing;
    existing.name = QStringLiteral("Already here");
    existing.address = QStringLiteral("127.0.0.2");
    m_store->addHost(existing);
    const auto report = LegacyImport::run(*m_store, fullLegacyFile(), {});
    QCOMPARE(report.value().imported, 3);
    QCOMPARE(report.value().skipped, 3);
    const QStringList problems = report.value().problems;
    QCOMPARE(problems.size(), 3);
    QVERIFY2(problems[0].contains(QStringLiteral("host id 2"))
            && problems[0].contains(QStringLiteral("already in the database")),
        qPrintable(problems[0]));
    QVERIFY2(problems[1].contains(QStringLiteral("host id 5"))
            && problems[1].contains(QStringLiteral("ping option")),
        qPrintable(problems[1]));
    QVERIFY2(problems[2].contains(QStringLiteral("host id 6"))
            && problems[2].contains(QStringLiteral("space")),
        qPrintable(problems[2]));
    QCOMPARE(m_store->listHosts().value().size(), 4);
}

void TestLegacyImport::readsOlderVersionsWithoutOutagesOrMetadata()
{
    const QString path = buildLegacy(QStringLiteral("old.db"),
        {QStringLiteral("CREATE TABLE hosts (id INTEGER PRIMARY KEY, hostname TEXT, ip_address "
                        "TEXT, failed_attempts INTEGER, last_status TEXT, last_success_at TEXT)"),
            QStringLiteral("INSERT INTO hosts VALUES (1, 'a', '127.0.0.1', 0, 'up', "
                           "'2025-01-01 10:00:00')"),
            QStringLiteral("INSERT INTO hosts VALUES (2, 'b', '127.0.0.3', 9, 'down', NULL)")});
    const auto report = LegacyImport::run(*m_store, path, {});
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QCOMPARE(report.value().imported, 2);
    QCOMPARE(report.value().outages, 0);
    const HostList hosts = m_store->listHosts().value();
    QCOMPARE(hosts[0].state.status, HostStatus::Up);
    QCOMPARE(hosts[1].state.status, HostStatus::Unknown);
}

void TestLegacyImport::refusesAFileThatIsNotTheOriginalsDatabase()
{
    const QString other
        = buildLegacy(QStringLiteral("other.db"), {QStringLiteral("CREATE TABLE t (x)")});
    const auto r = LegacyImport::run(*m_store, other, {});
    QCOMPARE(r.error().code, ErrorCode::FileFormat);
    QVERIFY(r.error().message.contains(QStringLiteral("ip_address")));

    const auto missing
        = LegacyImport::run(*m_store, m_dir->filePath(QStringLiteral("none.db")), {});
    QCOMPARE(missing.error().code, ErrorCode::FileRead);
    QVERIFY(m_store->listHosts().value().isEmpty());
}

void TestLegacyImport::leavesTheLegacyFileUntouched()
{
    const QString path = fullLegacyFile();
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    QVERIFY(LegacyImport::run(*m_store, path, {}).ok());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

QTEST_GUILESS_MAIN(TestLegacyImport)
#include "tst_legacyimport.moc"
