// `pingtool --import` and `--export` run as processes: output lines and exit codes.

#include "commandline.h"
#include "store/hoststore.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QtTest>

using TestSupport::runPingtool;

class TestCsvCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanFileImportsAndExitsZero();
    void someRejectedRowsExitFiveAndValidOnesAreImported();
    void unreadableFileExitsFour_data();
    void unreadableFileExitsFour();
    void headerWithoutAddressColumnExitsFour();
    void databaseErrorExitsThreeAndImportsNothing();
    void dryRunChangesNothing();
    void duplicatePolicyUpdateChangesStoredHost();
    void defaultsFromTheCommandLineFillEmptyFields();
    void badManufacturerIsAUsageError();
    void exportWritesNeutralisedCsvThatImportsBack();
    void standardInputCanBeImported();

private:
    QString db() const { return m_dir->filePath(QStringLiteral("hosts.sqlite")); }
    QString write(const QString &name, const QByteArray &bytes);
    HostList storedHosts();
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCsvCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestCsvCli::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

HostList TestCsvCli::storedHosts()
{
    auto store = HostStore::open(db());
    if (!store)
        return {};
    return store.value()->listHosts().value();
}

void TestCsvCli::cleanFileImportsAndExitsZero()
{
    const QString file = write(QStringLiteral("a.csv"), "name,address\na,127.0.0.1\nb,::1\n");
    const auto r
        = runPingtool({QStringLiteral("--database"), db(), QStringLiteral("--import"), file});
    QCOMPARE(r.exitCode, int(kExitOk));
    QCOMPARE(r.out, QByteArray("2 imported, 0 updated, 0 skipped, 0 rejected.\n"));
    QCOMPARE(storedHosts().size(), 2);
}

void TestCsvCli::someRejectedRowsExitFiveAndValidOnesAreImported()
{
    const QString file = write(QStringLiteral("a.csv"),
        "name,address,notes\nok,127.0.0.1,x\nbad,-f,\n\"open,127.0.0.3\nalso ok,127.0.0.4\n");
    const auto r
        = runPingtool({QStringLiteral("--database"), db(), QStringLiteral("--import"), file});
    QCOMPARE(r.exitCode, int(kExitSomeRejected));
    const QList<QByteArray> lines = r.out.split('\n');
    QCOMPARE(lines.at(0), QByteArray("Ignored columns: notes"));
    QCOMPARE(lines.at(1),
        QByteArray("line 3: address: The address '-f' starts with '-' and would be read as a ping "
                   "option."));
    QVERIFY(lines.at(2).startsWith("line 4: A quoted cell"));
    QCOMPARE(lines.at(3), QByteArray("2 imported, 0 updated, 0 skipped, 2 rejected."));
    QCOMPARE(storedHosts().size(), 2);
}

void TestCsvCli::unreadableFileExitsFour_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("missing") << QStringLiteral("/nonexistent/hosts.csv");
    QTest::newRow("empty") << QStringLiteral(PINGTOOL_TEST_DATA_DIR "/csv/empty.csv");
    QTest::newRow("binary") << QStringLiteral(PINGTOOL_TEST_DATA_DIR "/csv/binary_garbage.bin");
    QTest::newRow("xlsx") << QStringLiteral(PINGTOOL_TEST_DATA_DIR "/csv/xlsx_workbook.xlsx");
}

void TestCsvCli::unreadableFileExitsFour()
{
    QFETCH(QString, file);
    const auto r
        = runPingtool({QStringLiteral("--database"), db(), QStringLiteral("--import"), file});
    QCOMPARE(r.exitCode, int(kExitInvalidInput));
    QVERIFY(r.err.startsWith("pingtool: "));
    QVERIFY(!QFile::exists(db())); // nothing was opened or created
}

void TestCsvCli::headerWithoutAddressColumnExitsFour()
{
    const QString file = write(QStringLiteral("a.csv"), "Name,Supplier\nsite-a,BT\n");
    const auto r
        = runPingtool({QStringLiteral("--database"), db(), QStringLiteral("--import"), file});
    QCOMPARE(r.exitCode, int(kExitInvalidInput));
    QVERIFY(r.err.contains("names no address column"));
    QVERIFY(r.err.contains("Name, Supplier"));
}

void TestCsvCli::databaseErrorExitsThreeAndImportsNothing()
{
    const QByteArray notSqlite = "this is not an SQLite database, and it must stay unchanged\n";
    const QString bad = write(QStringLiteral("bad.sqlite"), notSqlite);
    const QString file = write(QStringLiteral("a.csv"), "a,127.0.0.1\n");
    const auto r
        = runPingtool({QStringLiteral("--database"), bad, QStringLiteral("--import"), file});
    QCOMPARE(r.exitCode, int(kExitDatabase));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), notSqlite);
}

void TestCsvCli::dryRunChangesNothing()
{
    const QString file = write(QStringLiteral("a.csv"), "a,127.0.0.1\nb,-x\n");
    auto r = runPingtool({QStringLiteral("--database"), db(), QStringLiteral("--import"), file,
        QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, int(kExitSomeRejected));
    QVERIFY(r.out.contains("Dry run"));
    QVERIFY(r.out.contains("1 imported, 0 updated, 0 skipped, 1 rejected."));
    QVERIFY(!QFile::exists(db()));

    r = runPingtool({QStringLiteral("--database"), db(), QStringLiteral("--import"), file});
    QCOMPARE(r.exitCode, int(kExitSomeRejected));
    r = runPingtool({QStringLiteral("--database"), db(), QStringLiteral("--import"), file,
        QStringLiteral("--dry-run")});
    QVERIFY(r.out.contains("0 imported, 0 updated, 1 skipped, 1 rejected."));
    QCOMPARE(storedHosts().size(), 1);
}

void TestCsvCli::duplicatePolicyUpdateChangesStoredHost()
{
    const QString first = write(QStringLiteral("a.csv"), "name,address\nold,127.0.0.1\n");
    const QString second = write(QStringLiteral("b.csv"), "name,address\nnew,127.0.0.1\n");
    QCOMPARE(runPingtool({QStringLiteral("--database"), db(), QStringLiteral("--import"), first})
                 .exitCode,
        int(kExitOk));
    auto r = runPingtool({QStringLiteral("--database"), db(), QStringLiteral("--import"), second});
    QVERIFY(r.out.contains("0 imported, 0 updated, 1 skipped, 0 rejected."));
    QCOMPARE(storedHosts().first().name, QStringLiteral("old"));
    r = runPingtool({QStringLiteral("--database"), db(), QStringLiteral("--import"), second,
        QStringLiteral("--on-duplicate"), QStringLiteral("update")});
    QCOMPARE(r.exitCode, int(kExitOk));
    QVERIFY(r.out.contains("0 imported, 1 updated, 0 skipped, 0 rejected."));
    QCOMPARE(storedHosts().size(), 1);
    QCOMPARE(storedHosts().first().name, QStringLiteral("new"));
}

void TestCsvCli::defaultsFromTheCommandLineFillEmptyFields()
{
    const QString file = write(QStringLiteral("a.csv"), "a,127.0.0.1\nb,127.0.0.2,XY1\n");
    const auto r = runPingtool({QStringLiteral("--database"), db(), QStringLiteral("--import"),
        file, QStringLiteral("--manufacturer"), QStringLiteral("mikrotik"),
        QStringLiteral("--supplier"), QStringLiteral("Zen"), QStringLiteral("--type"),
        QStringLiteral("Router"), QStringLiteral("--post-code"), QStringLiteral("AB1")});
    QCOMPARE(r.exitCode, int(kExitOk));
    const HostList hosts = storedHosts();
    QCOMPARE(hosts.size(), 2);
    for (const Host &h : hosts) {
        QCOMPARE(h.manufacturer, Manufacturer::Mikrotik);
        QCOMPARE(h.supplier, QStringLiteral("Zen"));
        QCOMPARE(h.type, QStringLiteral("Router"));
        QCOMPARE(h.postCode, h.name == u"a" ? QStringLiteral("AB1") : QStringLiteral("XY1"));
    }
}

void TestCsvCli::badManufacturerIsAUsageError()
{
    const QString file = write(QStringLiteral("a.csv"), "a,127.0.0.1\n");
    const auto r = runPingtool({QStringLiteral("--database"), db(), QStringLiteral("--import"),
        file, QStringLiteral("--manufacturer"), QStringLiteral("Cisco")});
    QCOMPARE(r.exitCode, int(kExitUsage));
    QVERIFY(!QFile::exists(db()));
}

void TestCsvCli::exportWritesNeutralisedCsvThatImportsBack()
{
    const QString file = write(QStringLiteral("a.csv"),
        "name,address,supplier,type\n=cmd,127.0.0.1,\"@x, y\",-1\nplain,::1,,\n");
    QCOMPARE(runPingtool({QStringLiteral("--database"), db(), QStringLiteral("--import"), file})
                 .exitCode,
        int(kExitOk));
    const QString exported = m_dir->filePath(QStringLiteral("out.csv"));
    auto r
        = runPingtool({QStringLiteral("--database"), db(), QStringLiteral("--export"), exported});
    QCOMPARE(r.exitCode, int(kExitOk));
    QFile f(exported);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("name,address,manufacturer,supplier,type,post_code,web_url,status,"
                             "last_success_utc\r\n"));
    QVERIFY(bytes.contains("'=cmd,127.0.0.1,Other,\"'@x, y\",'-1,"));

    r = runPingtool(
        {QStringLiteral("--database"), db(), QStringLiteral("--export"), QStringLiteral("-")});
    QCOMPARE(r.out, bytes);

    const HostList before = storedHosts();
    QVERIFY(QFile::remove(db()));
    r = runPingtool({QStringLiteral("--database"), db(), QStringLiteral("--import"), exported});
    QCOMPARE(r.exitCode, int(kExitOk));
    const HostList after = storedHosts();
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < after.size(); ++i) {
        QCOMPARE(after.at(i).name, before.at(i).name);
        QCOMPARE(after.at(i).address, before.at(i).address);
        QCOMPARE(after.at(i).supplier, before.at(i).supplier);
        QCOMPARE(after.at(i).type, before.at(i).type);
    }
}

void TestCsvCli::standardInputCanBeImported()
{
    const auto r = runPingtool(
        {QStringLiteral("--database"), db(), QStringLiteral("--import"), QStringLiteral("-")},
        60000, "site-a 127.0.0.1\nsite-b,127.0.0.2\n");
    QCOMPARE(r.exitCode, int(kExitOk));
    QCOMPARE(storedHosts().size(), 2);
}

QTEST_GUILESS_MAIN(TestCsvCli)
#include "tst_csvcli.moc"
