#include "clock.h"
#include "store/hoststore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

Host makeHost(const QString &name, const QString &address)
{
    Host h;
    h.name = name;
    h.address = address;
    return h;
}

} // namespace

class TestHostStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void newDatabaseIsCreatedInWalModeAtCurrentVersion();
    void hostRoundTripKeepsEveryField();
    void updateChangesUserFieldsNotState();
    void removeTakesOutagesAndHistoryAlong();
    void bulkUpdateChangesOnlyChosenFieldsOfChosenHosts();
    void pauseAndResume();
    void batchWriteStoresStatesOutagesAndRollupsInOneTransaction();
    void outageSpanningARestartIsOneOutage();
    void resultOfDeletedHostIsDropped();
    void importIsAllOrNothing();
    void cancelledImportLeavesNothing();
    void hostByAddressFindsStoredHost();
    void statusCountsCountEveryStatus();
    void pruneDeletesOldRollupsButKeepsOutages();
    void externalChangesAreNoticed();
    void manyHostsInOneCall();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HostStore> m_store;
    QString path() const { return m_dir->filePath(QStringLiteral("hosts.sqlite")); }
};

void TestHostStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = HostStore::open(path());
    QVERIFY2(store.ok(), qPrintable(store.error().message));
    m_store = std::move(store).value();
}

void TestHostStore::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestHostStore::newDatabaseIsCreatedInWalModeAtCurrentVersion()
{
    QCOMPARE(m_store->schemaVersion(), HostStore::kSchemaVersion);
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestHostStore::hostRoundTripKeepsEveryField()
{
    Host h = makeHost(QStringLiteral("Site Ä"), QStringLiteral("2001:db8::1"));
    h.manufacturer = Manufacturer::Draytek;
    h.supplier = QStringLiteral("Supplier X");
    h.type = QStringLiteral("FTTC");
    h.postCode = QStringLiteral("AB1 2CD");
    h.webUrl = QStringLiteral("https://203.0.113.10:4433/");
    h.paused = true;
    h.state.status = HostStatus::Down;
    h.state.failedChecks = 7;
    h.state.lastCheckedAt = QDateTime(QDate(2026, 1, 5), QTime(10, 0, 1), Qt::UTC);
    h.state.lastSuccessAt = QDateTime(QDate(2026, 1, 5), QTime(9, 0, 2), Qt::UTC);
    h.state.nextDueAt = QDateTime(QDate(2026, 1, 5), QTime(10, 1, 3), Qt::UTC);
    h.state.lastRttMs = 12.5;
    h.state.proof = Proof::Web;
    h.state.lastError = QStringLiteral("ping program not found: /nope");

    const Result<qint64> id = m_store->addHost(h);
    QVERIFY(id.ok());
    QVERIFY(id.value() > 0);
    h.id = id.value();
    const Result<Host> back = m_store->host(h.id);
    QVERIFY(back.ok());
    QCOMPARE(back.value(), h);

    // The stored text is UTC ISO-8601.
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT last_success_at, created_at FROM hosts")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("2026-01-05T09:00:02Z"));
    QVERIFY(q.value(1).toString().endsWith(u'Z'));

    const Result<Host> missing = m_store->host(999);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

void TestHostStore::updateChangesUserFieldsNotState()
{
    Host h = makeHost(QStringLiteral("a"), QStringLiteral("127.0.0.1"));
    h.state.status = HostStatus::Up;
    h.state.lastSuccessAt = QDateTime::currentDateTimeUtc().addSecs(-5);
    h.id = m_store->addHost(h).value();
    Host edit = h;
    edit.name = QStringLiteral("b");
    edit.address = QStringLiteral("127.0.0.2");
    edit.supplier = QStringLiteral("S");
    edit.state.status = HostStatus::Unknown; // ignored by updateHost
    QVERIFY(m_store->updateHost(edit).ok());
    const Host back = m_store->host(h.id).value();
    QCOMPARE(back.name, QStringLiteral("b"));
    QCOMPARE(back.address, QStringLiteral("127.0.0.2"));
    QCOMPARE(back.supplier, QStringLiteral("S"));
    QCOMPARE(back.state.status, HostStatus::Up);

    edit.id = 4242;
    QCOMPARE(m_store->updateHost(edit).error().code, ErrorCode::NotFound);
}

void TestHostStore::removeTakesOutagesAndHistoryAlong()
{
    const qint64 a
        = m_store->addHost(makeHost(QStringLiteral("a"), QStringLiteral("127.0.0.1"))).value();
    const qint64 b
        = m_store->addHost(makeHost(QStringLiteral("b"), QStringLiteral("127.0.0.2"))).value();
    CheckRecord r;
    r.hostId = a;
    r.state.status = HostStatus::Down;
    r.state.lastCheckedAt = QDateTime::currentDateTimeUtc();
    r.outage = OutageChange::Opened;
    QVERIFY(m_store->writeResults({r}).ok());
    QVERIFY(m_store->removeHosts({a}).ok());
    QCOMPARE(m_store->listHosts().value().size(), 1);
    QCOMPARE(m_store->listHosts().value().first().id, b);
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM outages) + (SELECT count(*) FROM "
                                  "check_rollups)"))
        && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestHostStore::bulkUpdateChangesOnlyChosenFieldsOfChosenHosts()
{
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i) {
        Host h = makeHost(QStringLiteral("h%1").arg(i), QStringLiteral("127.0.0.%1").arg(i + 1));
        h.type = QStringLiteral("old");
        h.supplier = QStringLiteral("keep");
        ids << m_store->addHost(h).value();
    }
    BulkEdit edit;
    edit.manufacturer = Manufacturer::Mikrotik;
    edit.type = QStringLiteral("FTTP");
    QVERIFY(m_store->bulkUpdate({ids[1], ids[3]}, edit).ok());
    for (const Host &h : m_store->listHosts().value()) {
        const bool chosen = h.id == ids[1] || h.id == ids[3];
        QCOMPARE(h.manufacturer, chosen ? Manufacturer::Mikrotik : Manufacturer::Other);
        QCOMPARE(h.type, chosen ? QStringLiteral("FTTP") : QStringLiteral("old"));
        QCOMPARE(h.supplier, QStringLiteral("keep"));
    }
}

void TestHostStore::pauseAndResume()
{
    const qint64 a
        = m_store->addHost(makeHost(QStringLiteral("a"), QStringLiteral("127.0.0.1"))).value();
    QVERIFY(m_store->setPaused({a}, true).ok());
    QVERIFY(m_store->host(a).value().paused);
    QVERIFY(m_store->setPaused({a}, false).ok());
    QVERIFY(!m_store->host(a).value().paused);
}

void TestHostStore::batchWriteStoresStatesOutagesAndRollupsInOneTransaction()
{
    QList<qint64> ids;
    for (int i = 0; i < 300; ++i)
        ids << m_store
                   ->addHost(makeHost(QStringLiteral("h%1").arg(i),
                       QStringLiteral("127.0.%1.%2").arg(i / 250).arg(i % 250 + 1)))
                   .value();
    const QDateTime t0(QDate(2026, 2, 3), QTime(8, 15), Qt::UTC);
    QList<CheckRecord> batch;
    for (qint64 id : ids) {
        CheckRecord r;
        r.hostId = id;
        r.state.status = HostStatus::Up;
        r.state.lastCheckedAt = t0;
        r.state.lastSuccessAt = t0;
        r.state.lastRttMs = 2.0;
        r.state.proof = Proof::Ping;
        r.outcome = CheckOutcome::alive(Proof::Ping, 2.0);
        r.outcome.sent = 4;
        r.outcome.received = 4;
        r.outcome.rttMinMs = 1.0;
        r.outcome.rttMaxMs = 3.0;
        batch << r;
    }
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA data_version")) && q.next());
    QVERIFY(m_store->writeResults(batch).ok());

    // Then host 0 goes down and comes back: one outage, closed.
    CheckRecord down;
    down.hostId = ids[0];
    down.state.status = HostStatus::Down;
    down.state.failedChecks = 1;
    down.state.lastCheckedAt = t0.addSecs(60);
    down.state.lastSuccessAt = t0;
    down.outage = OutageChange::Opened;
    down.outcome = CheckOutcome::noAnswer();
    down.outcome.sent = 4;
    QVERIFY(m_store->writeResults({down}).ok());
    CheckRecord up = batch.first();
    up.state.lastCheckedAt = up.state.lastSuccessAt = t0.addSecs(120);
    up.outage = OutageChange::Closed;
    QVERIFY(m_store->writeResults({up}).ok());

    const auto outages = m_store->outages(ids[0]).value();
    QCOMPARE(outages.size(), 1);
    QCOMPARE(outages[0].startedAt, t0.addSecs(60));
    QCOMPARE(outages[0].endedAt, t0.addSecs(120));
    QVERIFY(!outages[0].open);

    QVERIFY(
        q.exec(QStringLiteral("SELECT checks, successes, sent, received, rtt_min_ms, "
                              "rtt_max_ms, rtt_count, hour FROM check_rollups WHERE host_id = %1")
                   .arg(ids[0]))
        && q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    QCOMPARE(q.value(1).toInt(), 2);
    QCOMPARE(q.value(2).toInt(), 12);
    QCOMPARE(q.value(3).toInt(), 8);
    QCOMPARE(q.value(4).toDouble(), 1.0);
    QCOMPARE(q.value(5).toDouble(), 3.0);
    QCOMPARE(q.value(6).toInt(), 2);
    QCOMPARE(q.value(7).toString(), QStringLiteral("2026-02-03T08"));
    QCOMPARE(m_store->host(ids[299]).value().state.status, HostStatus::Up);
}

void TestHostStore::outageSpanningARestartIsOneOutage()
{
    const qint64 a
        = m_store->addHost(makeHost(QStringLiteral("a"), QStringLiteral("127.0.0.1"))).value();
    CheckRecord r;
    r.hostId = a;
    r.state.status = HostStatus::Down;
    r.state.lastCheckedAt = QDateTime::currentDateTimeUtc();
    r.outage = OutageChange::Opened;
    QVERIFY(m_store->writeResults({r}).ok());
    m_store.reset();
    m_store = HostStore::open(path()).value();
    r.state.lastCheckedAt = r.state.lastCheckedAt.addSecs(90);
    QVERIFY(m_store->writeResults({r}).ok()); // opened again after the restart: ignored
    const auto outages = m_store->outages(a).value();
    QCOMPARE(outages.size(), 1);
    QVERIFY(outages[0].open);
}

void TestHostStore::resultOfDeletedHostIsDropped()
{
    const qint64 a
        = m_store->addHost(makeHost(QStringLiteral("a"), QStringLiteral("127.0.0.1"))).value();
    QVERIFY(m_store->removeHosts({a}).ok());
    CheckRecord r;
    r.hostId = a;
    r.state.status = HostStatus::Down;
    r.state.lastCheckedAt = QDateTime::currentDateTimeUtc();
    r.outage = OutageChange::Opened;
    QVERIFY(m_store->writeResults({r}).ok());
    QVERIFY(m_store->listHosts().value().isEmpty());
    QVERIFY(m_store->outages(a).value().isEmpty());
}

void TestHostStore::importIsAllOrNothing()
{
    // A trigger makes the 3rd insert fail: nothing of the import may remain.
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral(
        "CREATE TRIGGER fail_third BEFORE INSERT ON hosts WHEN NEW.name = 'third' BEGIN SELECT "
        "RAISE(ABORT, 'injected failure'); END")));
    HostList hosts {makeHost(QStringLiteral("first"), QStringLiteral("127.0.0.1")),
        makeHost(QStringLiteral("second"), QStringLiteral("127.0.0.2")),
        makeHost(QStringLiteral("third"), QStringLiteral("127.0.0.3"))};
    const Status s = m_store->applyImport(hosts, {});
    QVERIFY(!s.ok());
    QVERIFY(s.error().message.contains(QStringLiteral("injected failure")));
    QVERIFY(m_store->listHosts().value().isEmpty());
}

void TestHostStore::cancelledImportLeavesNothing()
{
    const qint64 existing
        = m_store->addHost(makeHost(QStringLiteral("old"), QStringLiteral("127.0.0.9"))).value();
    HostList hosts;
    for (int i = 0; i < 1200; ++i)
        hosts << makeHost(QStringLiteral("n%1").arg(i),
            QStringLiteral("127.1.%1.%2").arg(i / 250).arg(i % 250 + 1));
    Host update = m_store->host(existing).value();
    update.name = QStringLiteral("renamed");
    int calls = 0;
    const Status s = m_store->applyImport(hosts, {update}, [&](int done, int total) {
        ++calls;
        return done < total / 2;
    });
    QCOMPARE(s.error().code, ErrorCode::Cancelled);
    QVERIFY(calls > 0);
    QCOMPARE(m_store->listHosts().value().size(), 1);
    QCOMPARE(m_store->host(existing).value().name, QStringLiteral("old"));
}

void TestHostStore::hostByAddressFindsStoredHost()
{
    m_store->addHost(makeHost(QStringLiteral("a"), QStringLiteral("127.0.0.1")));
    QVERIFY(m_store->hostByAddress(QStringLiteral("127.0.0.1")).value().has_value());
    QVERIFY(!m_store->hostByAddress(QStringLiteral("127.0.0.2")).value().has_value());
}

void TestHostStore::statusCountsCountEveryStatus()
{
    const HostStatus statuses[] = {HostStatus::New, HostStatus::Up, HostStatus::Up,
        HostStatus::Down, HostStatus::Unknown, HostStatus::Unknown, HostStatus::Unknown};
    int i = 0;
    for (HostStatus s : statuses) {
        Host h = makeHost(QStringLiteral("h"), QStringLiteral("127.0.0.%1").arg(++i));
        h.state.status = s;
        m_store->addHost(h);
    }
    const StatusCounts c = m_store->statusCounts().value();
    QCOMPARE(c.newCount, 1);
    QCOMPARE(c.up, 2);
    QCOMPARE(c.down, 1);
    QCOMPARE(c.unknown, 3);
    QCOMPARE(c.total(), 7);
}

void TestHostStore::pruneDeletesOldRollupsButKeepsOutages()
{
    const qint64 a
        = m_store->addHost(makeHost(QStringLiteral("a"), QStringLiteral("127.0.0.1"))).value();
    const QDateTime old(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    CheckRecord r;
    r.hostId = a;
    r.state.status = HostStatus::Down;
    r.state.lastCheckedAt = old;
    r.outage = OutageChange::Opened;
    QVERIFY(m_store->writeResults({r}).ok());
    r.outage = OutageChange::None;
    r.state.lastCheckedAt = old.addDays(100);
    QVERIFY(m_store->writeResults({r}).ok());
    QVERIFY(m_store->pruneHistory(old.addDays(50)).ok());
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM check_rollups")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(m_store->outages(a).value().size(), 1);
}

void TestHostStore::externalChangesAreNoticed()
{
    QVERIFY(!m_store->externallyChanged()); // first call sets the baseline
    auto other = HostStore::open(path()).value();
    other->addHost(makeHost(QStringLiteral("x"), QStringLiteral("127.0.0.1")));
    QVERIFY(m_store->externallyChanged());
    QVERIFY(!m_store->externallyChanged());
    m_store->addHost(makeHost(QStringLiteral("y"), QStringLiteral("127.0.0.2")));
    QVERIFY(!m_store->externallyChanged()); // our own writes do not count
}

void TestHostStore::manyHostsInOneCall()
{
    HostList hosts;
    for (int i = 0; i < 1500; ++i)
        hosts << makeHost(QStringLiteral("n%1").arg(i),
            QStringLiteral("127.2.%1.%2").arg(i / 250).arg(i % 250 + 1));
    const auto ids = m_store->addHosts(hosts);
    QVERIFY(ids.ok());
    QCOMPARE(ids.value().size(), 1500);
    QVERIFY(m_store->setPaused(ids.value(), true).ok()); // more ids than one statement binds
    for (const Host &h : m_store->listHosts().value())
        QVERIFY(h.paused);
    QVERIFY(m_store->removeHosts(ids.value()).ok());
    QVERIFY(m_store->listHosts().value().isEmpty());
}

QTEST_GUILESS_MAIN(TestHostStore)
#include "tst_hoststore.moc"
