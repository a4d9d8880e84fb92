// The test corpus (tests/data/csv) read and planned: each file with its exact hosts and
// rejections. Then duplicates, defaults, updates, staggering and the one-transaction apply
// against a real SQLite file.

#include "csv/csvreader.h"
#include "csv/csvwriter.h"
#include "csv/importplan.h"
#include "store/hoststore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QString corpus(const QString &file)
{
    return QStringLiteral(PINGTOOL_TEST_DATA_DIR "/csv/") + file;
}

// "line|name|address|manufacturer|supplier|type|post code|web url"
QString describe(int line, const Host &h)
{
    return QStringList {QString::number(line), h.name, h.address, manufacturerName(h.manufacturer),
        h.supplier, h.type, h.postCode, h.webUrl}
        .join(u'|');
}

QStringList describeNew(const ImportPlan &plan)
{
    QStringList out;
    for (const PlannedHost &p : plan.newHosts())
        out.append(describe(p.line, p.host));
    return out;
}

// "line:column"
QStringList describeRejections(const ImportPlan &plan)
{
    QStringList out;
    for (const ImportRejection &r : plan.rejections())
        out.append(QString::number(r.line) + u':' + r.column);
    return out;
}

ColumnMapping mappingFor(const CsvTable &table)
{
    return table.hasHeader ? ColumnMapping::fromHeader(table.header)
                           : ColumnMapping::defaultOrder(table.columnCount);
}

ImportPlan planFor(const QByteArray &bytes, const HostList &existing = {},
    DuplicatePolicy policy = DuplicatePolicy::Skip, const ImportDefaults &defaults = {})
{
    const Result<CsvTable> table = CsvReader::read(bytes);
    if (!table)
        qFatal("cannot read: %s", qPrintable(table.error().message));
    return ImportPlan::build(*table, mappingFor(*table), defaults, existing, policy);
}

Host makeHost(const QString &name, const QString &address)
{
    Host h;
    h.name = name;
    h.address = address;
    return h;
}

} // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void corpusFileGivesExactHostsAndRejections_data();
    void corpusFileGivesExactHostsAndRejections();
    void unknownColumnsAreIgnoredAndListed();
    void bareAddressListIsNamedByAddress();
    void tenThousandCharacterFieldIsRejectedOnlyWhereItIsUsed();
    void unknownManufacturerIsStoredAsOtherWithANote();
    void duplicatesInFileAndDatabaseAreSkipped();
    void duplicatesAreFoundAfterAddressNormalisation();
    void updatePolicyChangesOnlyGivenFields();
    void defaultsFillEmptyFields();
    void newHostsFirstChecksAreStaggeredOverAMinute();
    void applyWritesNewAndUpdatedHosts();
    void cancelDuringApplyLeavesDatabaseUnchanged();
    void failureHalfWayLeavesNoHostBehind();
    void readOnlyDatabaseRefusesImportAndKeepsData();
    void exportThenImportYieldsSameHosts();
    void formulaNeutralisationRoundTrips_data();
    void formulaNeutralisationRoundTrips();
    void rejectionsAreSavableAsCsv();

private:
    std::unique_ptr<HostStore> openStore();
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCsvImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<HostStore> TestCsvImport::openStore()
{
    auto store = HostStore::open(m_dir->filePath(QStringLiteral("hosts.sqlite")));
    if (!store)
        qFatal("cannot open store: %s", qPrintable(store.error().message));
    return std::move(store.value());
}

void TestCsvImport::corpusFileGivesExactHostsAndRejections_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<QStringList>("rejections");
    const auto s = [](std::initializer_list<const char *> items) {
        QStringList l;
        for (const char *i : items)
            l.append(QString::fromUtf8(i));
        return l;
    };

    QTest::newRow("Excel export with BOM and CR LF")
        << QStringLiteral("excel_bom_crlf.csv")
        << s({"2|London office|127.0.1.1|Draytek|BT|Router|SW1A 1AA|http://127.0.1.1/",
               "3|Leeds depot|127.0.1.2|Mikrotik|Virgin Media|Switch|LS1 4AP|",
               "5|York shop|127.0.1.3|TP-Link||||"})
        << QStringList();
    QTest::newRow("semicolon with decimal commas")
        << QStringLiteral("semicolon_decimal.csv")
        << s({"2|Alpha|127.0.2.1|Other|||AB1 2CD|", "3|Beta|127.0.2.2|Other||||"}) << QStringList();
    QTest::newRow("tab separated")
        << QStringLiteral("tab.tsv")
        << s({"2|gw-a|127.0.3.1|Other|Telekom||10115|", "3|gw-b|127.0.3.2|Other||||"})
        << QStringList();
    QTest::newRow("Windows-1252") << QStringLiteral("windows1252.csv")
                                  << s({"2|Café Zürich|127.0.4.1|Other|Müller £ Co||8001|"})
                                  << QStringList();
    QTest::newRow("quotes with newline and doubled quotes")
        << QStringLiteral("quotes_newline.csv")
        << s({"2|Multi line site|127.0.5.1|Other||He said \"hi\", twice||",
               "4|Plain|127.0.5.2|Other||x||"})
        << QStringList();
    QTest::newRow("unterminated quote")
        << QStringLiteral("unterminated_quote.csv")
        << s({"2|first|127.0.6.1|Other||||", "4|third|127.0.6.3|Other||||"}) << s({"3:"});
    QTest::newRow("header variants")
        << QStringLiteral("header_variants.csv")
        << s({"2|hub-1|127.0.7.1|Mikrotik|Zen|AP|M1 1AE|https://127.0.7.1:8443/"}) << QStringList();
    QTest::newRow("no header: name, address, post code")
        << QStringLiteral("no_header.csv")
        << s({"1|site-a|127.0.8.1|Other|||AB1 2CD|", "2|site-b|127.0.8.2|Other||||",
               "4|site-c|127.0.8.3|Other||||"})
        << QStringList();
    QTest::newRow("whitespace form")
        << QStringLiteral("whitespace.txt")
        << s({"1|site-a|127.0.9.1|Other||||", "2|site-b|127.0.9.2|Other|||SW1A 1AA|"})
        << QStringList();
    QTest::newRow("IPv6 and IDN") << QStringLiteral("ipv6_idn.csv")
                                  << s({"2|v6 doc|2001:db8::1|Other||||",
                                         "3|loopback v6|::1|Other||||",
                                         "4|books|xn--bcher-kva.example|Other||||"})
                                  << QStringList();
    QTest::newRow("formula cells stay text")
        << QStringLiteral("formula_cells.csv")
        << s({"2|=1+2|127.0.10.1|Other|@SUM(A1)|-x||", "3|+cmd|127.0.10.2|Other|=quoted|||"})
        << QStringList();
    QTest::newRow("option-like addresses")
        << QStringLiteral("option_like.csv") << s({"4|good|127.0.11.1|Other||||"})
        << s({"2:Address", "3:Address"});
    QTest::newRow("UTF-16 LE with BOM") << QStringLiteral("utf16le_bom.csv")
                                        << s({"2|Århus|127.0.13.1|Other||||"}) << QStringList();
    QTest::newRow("UTF-16 BE with BOM") << QStringLiteral("utf16be_bom.csv")
                                        << s({"2|Århus|127.0.13.2|Other||||"}) << QStringList();
    QTest::newRow("CR line ends and pipes")
        << QStringLiteral("cr_only.csv")
        << s({"2|mac-a|127.0.14.1|Other||||", "3|mac-b|127.0.14.2|Other||||"}) << QStringList();
    QTest::newRow("bulk paste mixing comma and space lines")
        << QStringLiteral("mixed_bulk_paste.txt")
        << s({"1|site-a|127.0.15.1|Other|||AB1|", "2|site-b|127.0.15.2|Other||||"})
        << QStringList();
}

void TestCsvImport::corpusFileGivesExactHostsAndRejections()
{
    QFETCH(QString, file);
    QFETCH(QStringList, hosts);
    QFETCH(QStringList, rejections);
    const Result<CsvTable> table = CsvReader::readFile(corpus(file));
    QVERIFY2(table.ok(), qPrintable(table.error().message));
    const ImportPlan plan
        = ImportPlan::build(*table, mappingFor(*table), {}, {}, DuplicatePolicy::Skip);
    QCOMPARE(describeNew(plan), hosts);
    QCOMPARE(describeRejections(plan), rejections);
    QVERIFY(plan.duplicates().isEmpty());
}

void TestCsvImport::unknownColumnsAreIgnoredAndListed()
{
    const Result<CsvTable> table
        = CsvReader::readFile(corpus(QStringLiteral("header_variants.csv")));
    QVERIFY(table.ok());
    QCOMPARE(ColumnMapping::fromHeader(table->header).unknownColumns(),
        QStringList({QStringLiteral("Notes"), QStringLiteral("Colour")}));
}

void TestCsvImport::bareAddressListIsNamedByAddress()
{
    const ImportPlan plan = planFor("127.0.0.1\r\n::1\r\n-f\r\n");
    QCOMPARE(describeNew(plan),
        QStringList({QStringLiteral("1|127.0.0.1|127.0.0.1|Other||||"),
            QStringLiteral("2|::1|::1|Other||||")}));
    QCOMPARE(describeRejections(plan), QStringList({QStringLiteral("3:Address")}));
}

void TestCsvImport::tenThousandCharacterFieldIsRejectedOnlyWhereItIsUsed()
{
    const QByteArray big(10000, 'x');
    const ImportPlan plan
        = planFor("name,address,notes\n" + big + ",127.0.0.1,\n" + "ok,127.0.0.2," + big + "\n");
    QCOMPARE(describeRejections(plan), QStringList({QStringLiteral("2:Name")}));
    QVERIFY(plan.rejections().first().reason.contains(u"10000"));
    QCOMPARE(describeNew(plan), QStringList({QStringLiteral("3|ok|127.0.0.2|Other||||")}));
}

void TestCsvImport::unknownManufacturerIsStoredAsOtherWithANote()
{
    const ImportPlan plan = planFor("name,address,vendor\na,127.0.0.1,Cisco\n");
    QCOMPARE(describeNew(plan), QStringList({QStringLiteral("2|a|127.0.0.1|Other||||")}));
    QCOMPARE(plan.notes().size(), 1);
    QCOMPARE(plan.notes().first().line, 2);
    QVERIFY(plan.notes().first().message.contains(u"Cisco"));
}

void TestCsvImport::duplicatesInFileAndDatabaseAreSkipped()
{
    Host stored = makeHost(QStringLiteral("old"), QStringLiteral("127.0.12.9"));
    stored.id = 7;
    QFile f(corpus(QStringLiteral("duplicates.csv")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const ImportPlan plan = planFor(f.readAll(), {stored});
    QCOMPARE(describeNew(plan),
        QStringList({QStringLiteral("2|first|127.0.12.1|Other||||"),
            QStringLiteral("3|second|127.0.12.2|Other||||")}));
    QCOMPARE(plan.duplicates().size(), 2);
    QCOMPARE(plan.duplicates().at(0).line, 4);
    QCOMPARE(plan.duplicates().at(0).kind, DuplicateKind::InFile);
    QCOMPARE(plan.duplicates().at(0).firstLine, 2);
    QCOMPARE(plan.duplicates().at(1).line, 5);
    QCOMPARE(plan.duplicates().at(1).kind, DuplicateKind::Stored);
    QCOMPARE(plan.duplicates().at(1).existingId, 7);
    QVERIFY(plan.updatedHosts().isEmpty());
}

void TestCsvImport::duplicatesAreFoundAfterAddressNormalisation()
{
    const ImportPlan plan = planFor("name,address\na,2001:DB8::1\nb,[2001:db8::1]\n"
                                    "c,b\xC3\xBC"
                                    "cher.example\nd,XN--BCHER-KVA.example.\n");
    QCOMPARE(describeNew(plan),
        QStringList({QStringLiteral("2|a|2001:db8::1|Other||||"),
            QStringLiteral("4|c|xn--bcher-kva.example|Other||||")}));
    QCOMPARE(plan.duplicates().size(), 2);
    QCOMPARE(plan.duplicates().at(0).firstLine, 2);
    QCOMPARE(plan.duplicates().at(1).firstLine, 4);
}

void TestCsvImport::updatePolicyChangesOnlyGivenFields()
{
    Host stored = makeHost(QStringLiteral("old name"), QStringLiteral("127.0.0.1"));
    stored.id = 3;
    stored.supplier = QStringLiteral("BT");
    stored.postCode = QStringLiteral("AB1");
    Host same = makeHost(QStringLiteral("same"), QStringLiteral("127.0.0.2"));
    same.id = 4;
    const ImportPlan plan = planFor(
        "name,address,supplier,post code,type\nnew name,127.0.0.1,,,Router\nsame,127.0.0.2,,,\n",
        {stored, same}, DuplicatePolicy::Update);
    QCOMPARE(plan.updatedHosts().size(), 1);
    const Host &u = plan.updatedHosts().first().host;
    QCOMPARE(u.id, 3);
    QCOMPARE(describe(2, u), QStringLiteral("2|new name|127.0.0.1|Other|BT|Router|AB1|"));
    QCOMPARE(plan.duplicates().size(), 1);
    QCOMPARE(plan.duplicates().first().kind, DuplicateKind::Unchanged);
    QVERIFY(plan.newHosts().isEmpty());
}

void TestCsvImport::defaultsFillEmptyFields()
{
    ImportDefaults defaults;
    defaults.manufacturer = Manufacturer::Draytek;
    defaults.supplier = QStringLiteral("Zen");
    defaults.type = QStringLiteral("Router");
    defaults.postCode = QStringLiteral("M1 1AE");
    const ImportPlan plan
        = planFor("a,127.0.0.1\nb,127.0.0.2,SW1\n", {}, DuplicatePolicy::Skip, defaults);
    QCOMPARE(describeNew(plan),
        QStringList({QStringLiteral("1|a|127.0.0.1|Draytek|Zen|Router|M1 1AE|"),
            QStringLiteral("2|b|127.0.0.2|Draytek|Zen|Router|SW1|")}));
}

void TestCsvImport::newHostsFirstChecksAreStaggeredOverAMinute()
{
    const QDateTime now = QDateTime(QDate(2026, 1, 5), QTime(9, 0), QTimeZone::utc());
    // A few hosts: 100 ms apart, checked almost at once.
    QByteArray csv;
    for (int i = 1; i <= 10; ++i)
        csv += "h" + QByteArray::number(i) + ",127.0.0." + QByteArray::number(i) + "\n";
    const HostList few = planFor(csv).scheduledNewHosts(now);
    QCOMPARE(few.size(), 10);
    QCOMPARE(few.first().state.nextDueAt, now);
    for (int i = 1; i < few.size(); ++i)
        QCOMPARE(now.msecsTo(few.at(i).state.nextDueAt), i * 100);

    // Thousands: spread evenly, all within the first minute, never all at once.
    QByteArray big;
    for (int i = 0; i < 2000; ++i)
        big += "h" + QByteArray::number(i) + ",127.1." + QByteArray::number(i / 250) + "."
            + QByteArray::number(i % 250 + 1) + "\n";
    const HostList many = planFor(big).scheduledNewHosts(now);
    QCOMPARE(many.size(), 2000);
    for (int i = 1; i < many.size(); ++i) {
        QCOMPARE(now.msecsTo(many.at(i).state.nextDueAt), i * 30);
        QVERIFY(many.at(i).state.nextDueAt < now.addSecs(60));
    }
}

void TestCsvImport::applyWritesNewAndUpdatedHosts()
{
    auto store = openStore();
    QVERIFY(store->addHost(makeHost(QStringLiteral("old"), QStringLiteral("127.0.0.1"))).ok());
    const ImportPlan plan = planFor("name,address\nrenamed,127.0.0.1\nfresh,127.0.0.2\n",
        store->listHosts().value(), DuplicatePolicy::Update);
    QList<qint64> ids;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(plan.apply(*store, now, {}, &ids).ok());
    QCOMPARE(ids.size(), 1);
    const HostList hosts = store->listHosts().value();
    QCOMPARE(hosts.size(), 2);
    const auto fresh = store->host(ids.first());
    QVERIFY(fresh.ok());
    QCOMPARE(fresh->name, QStringLiteral("fresh"));
    QCOMPARE(fresh->state.nextDueAt.toSecsSinceEpoch(), now.toSecsSinceEpoch());
    QCOMPARE(
        store->hostByAddress(QStringLiteral("127.0.0.1")).value()->name, QStringLiteral("renamed"));
}

void TestCsvImport::cancelDuringApplyLeavesDatabaseUnchanged()
{
    auto store = openStore();
    QVERIFY(store->addHost(makeHost(QStringLiteral("kept"), QStringLiteral("127.0.1.1"))).ok());
    QByteArray csv = "name,address\n";
    for (int i = 0; i < 2000; ++i)
        csv += "h" + QByteArray::number(i) + ",127.1." + QByteArray::number(i / 250) + "."
            + QByteArray::number(i % 250 + 1) + "\n";
    const ImportPlan plan = planFor(csv, store->listHosts().value());
    QCOMPARE(plan.newHosts().size(), 2000);
    int calls = 0;
    const Status s = plan.apply(*store, QDateTime::currentDateTimeUtc(), [&](int done, int total) {
        ++calls;
        return done < total / 2; // cancel half-way
    });
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::Cancelled);
    QVERIFY(calls >= 2);
    const HostList hosts = store->listHosts().value();
    QCOMPARE(hosts.size(), 1);
    QCOMPARE(hosts.first().name, QStringLiteral("kept"));
}

void TestCsvImport::failureHalfWayLeavesNoHostBehind()
{
    auto store = openStore();
    QSqlQuery q(store->database());
    QVERIFY2(q.exec(QStringLiteral("CREATE TRIGGER fail_half BEFORE INSERT ON hosts "
                                   "WHEN NEW.name = 'boom' BEGIN "
                                   "SELECT RAISE(ABORT, 'injected failure'); END")),
        qPrintable(q.lastError().text()));
    QByteArray csv = "name,address\n";
    for (int i = 0; i < 1000; ++i)
        csv += (i == 600 ? QByteArray("boom") : "h" + QByteArray::number(i)) + ",127.2."
            + QByteArray::number(i / 250) + "." + QByteArray::number(i % 250 + 1) + "\n";
    const ImportPlan plan = planFor(csv);
    const Status s = plan.apply(*store, QDateTime::currentDateTimeUtc());
    QVERIFY(!s.ok());
    QVERIFY(s.error().isDatabaseError());
    QCOMPARE(store->listHosts().value().size(), 0);
}

void TestCsvImport::readOnlyDatabaseRefusesImportAndKeepsData()
{
    {
        auto store = openStore();
        QVERIFY(store->addHost(makeHost(QStringLiteral("kept"), QStringLiteral("127.0.1.1"))).ok());
    }
    HostStore::Options options;
    options.readOnly = true;
    auto store = HostStore::open(m_dir->filePath(QStringLiteral("hosts.sqlite")), options);
    QVERIFY2(store.ok(), qPrintable(store.error().message));
    const ImportPlan plan = planFor("a,127.0.0.5\nb,127.0.0.6\n");
    const Status s = plan.apply(*store.value(), QDateTime::currentDateTimeUtc());
    QVERIFY(!s.ok());
    QCOMPARE(store.value()->listHosts().value().size(), 1);
}

void TestCsvImport::exportThenImportYieldsSameHosts()
{
    HostList hosts;
    Host a = makeHost(QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("127.0.0.1"));
    a.manufacturer = Manufacturer::Draytek;
    a.supplier = QStringLiteral("@evil, \"quoted\"");
    a.type = QStringLiteral("-1");
    a.postCode = QStringLiteral("+44");
    a.webUrl = QStringLiteral("http://127.0.0.1:8080/a?b=c,d");
    Host b = makeHost(QStringLiteral("Café Zürich £"), QStringLiteral("::1"));
    b.manufacturer = Manufacturer::TpLink;
    b.type = QStringLiteral("'=already quoted");
    Host c = makeHost(QStringLiteral("plain"), QStringLiteral("xn--bcher-kva.example"));
    c.manufacturer = Manufacturer::Mikrotik;
    c.postCode = QStringLiteral("SW1A 1AA");
    hosts << a << b << c;

    const QString file = m_dir->filePath(QStringLiteral("export.csv"));
    QVERIFY(exportHostsCsv(hosts, file).ok());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.contains("'=HYPERLINK"));
    QVERIFY(bytes.contains("\"'@evil, \"\"quoted\"\"\""));
    QVERIFY(bytes.contains(",'-1,"));

    const ImportPlan plan = planFor(bytes);
    QVERIFY(plan.rejections().isEmpty());
    QCOMPARE(plan.newHosts().size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(plan.newHosts().at(i).host, hosts.at(i));
}

void TestCsvImport::formulaNeutralisationRoundTrips_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("exported");
    QTest::newRow("equals") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
    QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
    QTest::newRow("minus") << QStringLiteral("-1") << QStringLiteral("'-1");
    QTest::newRow("at") << QStringLiteral("@x") << QStringLiteral("'@x");
    QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
    QTest::newRow("cr") << QStringLiteral("\rx") << QStringLiteral("'\rx");
    QTest::newRow("quoted formula") << QStringLiteral("'=x") << QStringLiteral("''=x");
    QTest::newRow("plain quote") << QStringLiteral("'abc") << QStringLiteral("'abc");
    QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
    QTest::newRow("empty") << QString() << QString();
}

void TestCsvImport::formulaNeutralisationRoundTrips()
{
    QFETCH(QString, cell);
    QFETCH(QString, exported);
    QCOMPARE(CsvWriter::neutralizeFormula(cell), exported);
    QCOMPARE(CsvWriter::restoreFormula(exported), cell);
}

void TestCsvImport::rejectionsAreSavableAsCsv()
{
    const ImportPlan plan = planFor("name,address\nbad,-f\n");
    QCOMPARE(plan.rejections().size(), 1);
    QCOMPARE(ImportPlan::rejectionText(plan.rejections().first()),
        QStringLiteral("line 2: address: The address '-f' starts with '-' and would be read as a "
                       "ping option."));
    const QByteArray csv = ImportPlan::rejectionsCsv(plan.rejections());
    CsvReadOptions options;
    options.header = true;
    const Result<CsvTable> back = CsvReader::read(csv, options);
    QVERIFY(back.ok());
    QCOMPARE(back->header.first(), QStringLiteral("line"));
    QCOMPARE(back->rows.first().cells,
        QStringList({QStringLiteral("2"), QStringLiteral("Address"),
            plan.rejections().first().reason, QStringLiteral("bad"), QStringLiteral("'-f")}));
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
