#include "store/hoststore.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using TestSupport::runPingtool;

// The command line, run as a process against a temporary database.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void versionAndHelp();
    void addPrintsTheNewId();
    void addRejectsOptionLikeAddressWithExitCode4();
    void addRejectsBadUrlAndUnknownManufacturer();
    void addRejectsDuplicateAddress();
    void usageErrorsExitWith2();
    void listJsonHasTheDocumentedShape();
    void listPlainShowsHosts();
    void removeDeletesAndUnknownIdIsAnError();
    void downJsonHasTheDocumentedShape();
    void databaseErrorsExitWith3AndNameTheFile();
    void importLegacyReportsCounts();
    void manPageDocumentsEveryOptionOfHelp();

private:
    QStringList db(const QStringList &args) const
    {
        return QStringList {QStringLiteral("--database"), m_db} + args;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("cli.sqlite"));
}

void TestCli::cleanup()
{
    m_dir.reset();
}

void TestCli::versionAndHelp()
{
    const auto v = runPingtool({QStringLiteral("--version")});
    QCOMPARE(v.exitCode, 0);
    QVERIFY(v.out.startsWith("pingtool "));
    const auto h = runPingtool({QStringLiteral("--help")});
    QCOMPARE(h.exitCode, 0);
    for (const char *option : {"--database", "--add", "--list", "--down", "--import-legacy",
             "--headless", "--check-once", "--json"})
        QVERIFY2(h.out.contains(option), option);
}

void TestCli::addPrintsTheNewId()
{
    const auto r = runPingtool(db({QStringLiteral("--add"), QStringLiteral("--name"),
        QStringLiteral("Site A"), QStringLiteral("--address"), QStringLiteral("127.0.0.1"),
        QStringLiteral("--manufacturer"), QStringLiteral("draytek"), QStringLiteral("--supplier"),
        QStringLiteral("BT"), QStringLiteral("--type"), QStringLiteral("FTTC"),
        QStringLiteral("--post-code"), QStringLiteral("AB1 2CD"), QStringLiteral("--web-url"),
        QStringLiteral("https://203.0.113.10:4433/")}));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QByteArray("1"));
    const auto second = runPingtool(db({QStringLiteral("--add"), QStringLiteral("--name"),
        QStringLiteral("B"), QStringLiteral("--address"), QStringLiteral("localhost")}));
    QCOMPARE(second.out.trimmed(), QByteArray("2"));

    auto store = HostStore::open(m_db).value();
    const Host h = store->host(1).value();
    QCOMPARE(h.name, QStringLiteral("Site A"));
    QCOMPARE(h.manufacturer, Manufacturer::Draytek);
    QCOMPARE(h.postCode, QStringLiteral("AB1 2CD"));
    QCOMPARE(h.state.status, HostStatus::New);
}

void TestCli::addRejectsOptionLikeAddressWithExitCode4()
{
    const auto r = runPingtool(db({QStringLiteral("--add"), QStringLiteral("--name"),
        QStringLiteral("x"), QStringLiteral("--address=-f")}));
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains("address: The address '-f' starts with '-'"), r.err);
    QVERIFY(r.out.isEmpty());
    auto store = HostStore::open(m_db).value();
    QVERIFY(store->listHosts().value().isEmpty());
}

void TestCli::addRejectsBadUrlAndUnknownManufacturer()
{
    auto r = runPingtool(db({QStringLiteral("--add"), QStringLiteral("--name"), QStringLiteral("x"),
        QStringLiteral("--address"), QStringLiteral("127.0.0.1"), QStringLiteral("--web-url"),
        QStringLiteral("ftp://x")}));
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains("web_url: "), r.err);
    r = runPingtool(db({QStringLiteral("--add"), QStringLiteral("--name"), QStringLiteral("x"),
        QStringLiteral("--address"), QStringLiteral("127.0.0.1"), QStringLiteral("--manufacturer"),
        QStringLiteral("Cisco")}));
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains("manufacturer: "), r.err);
}

void TestCli::addRejectsDuplicateAddress()
{
    const QStringList add = db({QStringLiteral("--add"), QStringLiteral("--name"),
        QStringLiteral("x"), QStringLiteral("--address"), QStringLiteral("127.0.0.7")});
    QCOMPARE(runPingtool(add).exitCode, 0);
    const auto r = runPingtool(add);
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains("already exists (id 1"), r.err);
}

void TestCli::usageErrorsExitWith2()
{
    QCOMPARE(runPingtool({QStringLiteral("--no-such-option")}).exitCode, 2);
    QCOMPARE(runPingtool(db({QStringLiteral("--list"), QStringLiteral("--down")})).exitCode, 2);
    QCOMPARE(
        runPingtool(db({QStringLiteral("--add"), QStringLiteral("--name"), QStringLiteral("x")}))
            .exitCode,
        2);
    QCOMPARE(runPingtool(db({QStringLiteral("--remove"), QStringLiteral("abc")})).exitCode, 2);
    QCOMPARE(
        runPingtool(db({QStringLiteral("--list"), QStringLiteral("--include-unknown")})).exitCode,
        2);
    QCOMPARE(runPingtool(db({QStringLiteral("stray")})).exitCode, 2);
}

void TestCli::listJsonHasTheDocumentedShape()
{
    runPingtool(db({QStringLiteral("--add"), QStringLiteral("--name"), QStringLiteral("A"),
        QStringLiteral("--address"), QStringLiteral("127.0.0.1")}));
    const auto r = runPingtool(db({QStringLiteral("--list"), QStringLiteral("--json")}));
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());
    QCOMPARE(doc.array().size(), 1);
    const QJsonObject h = doc.array().first().toObject();
    const QStringList keys {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("address"),
        QStringLiteral("manufacturer"), QStringLiteral("supplier"), QStringLiteral("type"),
        QStringLiteral("post_code"), QStringLiteral("web_url"), QStringLiteral("paused"),
        QStringLiteral("status"), QStringLiteral("failed_checks"),
        QStringLiteral("last_checked_at"), QStringLiteral("last_success_at"),
        QStringLiteral("next_check_at"), QStringLiteral("last_rtt_ms"), QStringLiteral("proof")};
    for (const QString &k : keys)
        QVERIFY2(h.contains(k), qPrintable(k));
    QCOMPARE(h.value(QStringLiteral("status")).toString(), QStringLiteral("New"));
    QCOMPARE(h.value(QStringLiteral("id")).toInt(), 1);
    QVERIFY(h.value(QStringLiteral("proof")).isNull());
    QCOMPARE(h.value(QStringLiteral("paused")).toBool(), false);
}

void TestCli::listPlainShowsHosts()
{
    const auto empty = runPingtool(db({QStringLiteral("--list")}));
    QCOMPARE(empty.exitCode, 0);
    QVERIFY(empty.out.contains("No hosts yet"));
    runPingtool(db({QStringLiteral("--add"), QStringLiteral("--name"), QStringLiteral("Alpha"),
        QStringLiteral("--address"), QStringLiteral("127.0.0.1")}));
    const auto r = runPingtool(db({QStringLiteral("--list")}));
    QVERIFY(r.out.contains("Alpha"));
    QVERIFY(r.out.contains("127.0.0.1"));
    QVERIFY(r.out.contains("New"));
}

void TestCli::removeDeletesAndUnknownIdIsAnError()
{
    runPingtool(db({QStringLiteral("--add"), QStringLiteral("--name"), QStringLiteral("A"),
        QStringLiteral("--address"), QStringLiteral("127.0.0.1")}));
    auto r = runPingtool(db({QStringLiteral("--remove"), QStringLiteral("1")}));
    QCOMPARE(r.exitCode, 0);
    r = runPingtool(db({QStringLiteral("--remove"), QStringLiteral("1")}));
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.err.contains("no host with id 1"));
}

void TestCli::downJsonHasTheDocumentedShape()
{
    {
        auto store = HostStore::open(m_db).value();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Host down;
        down.name = QStringLiteral("Down 1");
        down.address = QStringLiteral("127.0.0.1");
        down.supplier = QStringLiteral("Sup");
        down.postCode = QStringLiteral("PC");
        down.state.status = HostStatus::Down;
        down.state.lastSuccessAt = now.addSecs(-300);
        const qint64 id = store->addHost(down).value();
        OutageRecord o;
        o.hostId = id;
        o.startedAt = now.addSecs(-240);
        o.open = true;
        store->addOutages({o});
        Host unknown;
        unknown.name = QStringLiteral("U");
        unknown.address = QStringLiteral("127.0.0.2");
        unknown.state.status = HostStatus::Unknown;
        store->addHost(unknown);
        Host up;
        up.name = QStringLiteral("Up");
        up.address = QStringLiteral("127.0.0.3");
        up.state.status = HostStatus::Up;
        store->addHost(up);
    }
    auto r = runPingtool(db({QStringLiteral("--down"), QStringLiteral("--json")}));
    QCOMPARE(r.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    const QJsonObject counts = root.value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("Down")).toInt(), 1);
    QCOMPARE(counts.value(QStringLiteral("Unknown")).toInt(), 1);
    QCOMPARE(counts.value(QStringLiteral("Up")).toInt(), 1);
    QCOMPARE(counts.value(QStringLiteral("New")).toInt(), 0);
    QJsonArray hosts = root.value(QStringLiteral("hosts")).toArray();
    QCOMPARE(hosts.size(), 1);
    const QJsonObject h = hosts.first().toObject();
    QCOMPARE(h.value(QStringLiteral("name")).toString(), QStringLiteral("Down 1"));
    QCOMPARE(h.value(QStringLiteral("supplier")).toString(), QStringLiteral("Sup"));
    QCOMPARE(h.value(QStringLiteral("post_code")).toString(), QStringLiteral("PC"));
    QCOMPARE(h.value(QStringLiteral("status")).toString(), QStringLiteral("Down"));
    QVERIFY(h.value(QStringLiteral("downtime_seconds")).toInt() >= 300);
    QCOMPARE(h.value(QStringLiteral("outages_today")).toInt() >= 0, true);
    QCOMPARE(h.value(QStringLiteral("recent_outages")).toArray().size(), 1);
    QVERIFY(h.value(QStringLiteral("last_success_at")).toString().endsWith(u'Z'));
    QVERIFY(h.contains(QStringLiteral("outages_this_week")));

    r = runPingtool(db(
        {QStringLiteral("--down"), QStringLiteral("--json"), QStringLiteral("--include-unknown")}));
    hosts = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("hosts")).toArray();
    QCOMPARE(hosts.size(), 2);
    QCOMPARE(hosts.last().toObject().value(QStringLiteral("status")).toString(),
        QStringLiteral("Unknown"));
    QVERIFY(hosts.last().toObject().value(QStringLiteral("downtime_seconds")).isNull());

    r = runPingtool(db({QStringLiteral("--down")}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("Down 1"));
}

void TestCli::databaseErrorsExitWith3AndNameTheFile()
{
    QFile f(m_db);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not a database");
    f.close();
    for (const QStringList &args :
        {QStringList {QStringLiteral("--list")}, QStringList {QStringLiteral("--down")},
            QStringList {QStringLiteral("--add"), QStringLiteral("--name"), QStringLiteral("x"),
                QStringLiteral("--address"), QStringLiteral("127.0.0.1")}}) {
        const auto r = runPingtool(db(args));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(m_db.toUtf8()), r.err);
    }
    QFile check(m_db);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray("this is not a database"));
}

void TestCli::importLegacyReportsCounts()
{
    const QString legacy = m_dir->filePath(QStringLiteral("pingtool.db"));
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("l"));
        d.setDatabaseName(legacy);
        QVERIFY(d.open());
        QSqlQuery q(d);
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TABLE hosts (id INTEGER PRIMARY KEY, hostname TEXT, ip_address TEXT, "
            "manufacturer TEXT, supplier TEXT, host_type TEXT, post_code TEXT, web_url TEXT, "
            "failed_attempts INTEGER, last_status INTEGER, last_checked_at TEXT, last_success_at "
            "TEXT, next_ping_at TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO hosts VALUES (1, 'ok', '127.0.0.1', 'Draytek', "
                                      "'', '', '', '', 0, 1, NULL, '2025-01-01T00:00:00', NULL)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO hosts VALUES (7, 'bad', '-c1000', '', '', '', "
                                      "'', '', 0, 0, NULL, NULL, NULL)")));
        d.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("l"));
    const auto r = runPingtool(db({QStringLiteral("--import-legacy"), legacy}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Hosts imported: 1, outages imported: 0, hosts skipped: 1."), r.out);
    QVERIFY2(r.err.contains("host id 7"), r.err);
    const auto list = runPingtool(db({QStringLiteral("--list"), QStringLiteral("--json")}));
    const QJsonArray hosts = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(hosts.size(), 1);
    QCOMPARE(
        hosts.first().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("Up"));
}

void TestCli::manPageDocumentsEveryOptionOfHelp()
{
    QFile man(QStringLiteral(PINGTOOL_SOURCE_DIR "/installer/pingtool.1"));
    QVERIFY(man.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(man.readAll()).remove(QStringLiteral("\\"));
    const auto help = runPingtool({QStringLiteral("--help")});
    const QRegularExpression option(QStringLiteral("--([a-z-]+)"));
    auto it = option.globalMatch(QString::fromUtf8(help.out));
    int count = 0;
    while (it.hasNext()) {
        const QString name = it.next().captured(0);
        QVERIFY2(page.contains(name), qPrintable(name + QStringLiteral(" is not in pingtool.1")));
        ++count;
    }
    QVERIFY(count > 20);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
