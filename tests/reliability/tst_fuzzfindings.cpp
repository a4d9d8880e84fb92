// What the fuzz targets found, pinned down in the ordinary suite (which runs with GCC and under
// ASan + UBSan too, where libFuzzer is not available): each case is one fixed bug.

#include "csv/columnmapping.h"
#include "csv/csvreader.h"
#include "csv/csvwriter.h"
#include "csv/importplan.h"
#include "engine/pingoutputparser.h"
#include "hostvalidator.h"

#include <QtTest>

class TestFuzzFindings : public QObject
{
    Q_OBJECT

private slots:
    void hugeReplyCountsDoNotOverflow();
    void nothingSentMeansNothingReceived();
    void controlCharactersInTextFieldsAreRejected_data();
    void controlCharactersInTextFieldsAreRejected();
    void utf16WithUnpairedSurrogateIsNotText();
    void exportThenImportGivesBackTheSameHosts();
};

void TestFuzzFindings::hugeReplyCountsDoNotOverflow()
{
    const PingParseResult r = PingOutputParser::parse(
        "2000000000 packets transmitted, 2000000000 received, 0% packet loss\n");
    QVERIFY(r.stats);
    QVERIFY(r.stats->answered()); // UBSan: int overflow in received * 2 before the fix
    const PingParseResult half = PingOutputParser::parse(
        "2000000000 packets transmitted, 999999999 received, 50% packet loss\n");
    QVERIFY(half.stats);
    QVERIFY(!half.stats->answered());
}

void TestFuzzFindings::nothingSentMeansNothingReceived()
{
    const PingParseResult r = PingOutputParser::parse(
        "0 packets transmitted, 5 received\nping: bad address 'nosuchhost'\n");
    QVERIFY(r.stats);
    QVERIFY(r.stats->unreachable);
    QCOMPARE(r.stats->received, 0);
    QVERIFY(!r.stats->answered());
}

void TestFuzzFindings::controlCharactersInTextFieldsAreRejected_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("text");
    QTest::newRow("name C0") << int(HostField::Name) << QStringLiteral("gw\u0005a");
    QTest::newRow("supplier C1") << int(HostField::Supplier) << QStringLiteral("BT\u0090");
    QTest::newRow("type DEL") << int(HostField::Type) << QStringLiteral("FT\u007fTC");
    QTest::newRow("post code C0") << int(HostField::PostCode) << QStringLiteral("AB1\u000e 2CD");
}

void TestFuzzFindings::controlCharactersInTextFieldsAreRejected()
{
    QFETCH(int, field);
    QFETCH(QString, text);
    Host h;
    h.name = QStringLiteral("gw");
    h.address = QStringLiteral("127.0.0.1");
    switch (HostField(field)) {
    case HostField::Name:
        h.name = text;
        break;
    case HostField::Supplier:
        h.supplier = text;
        break;
    case HostField::Type:
        h.type = text;
        break;
    default:
        h.postCode = text;
        break;
    }
    const QList<FieldError> errors = HostValidator::validate(h);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(int(errors.first().field), field);
    QVERIFY2(errors.first().message.contains(QStringLiteral("control character")),
        qPrintable(errors.first().message));

    // Whitespace controls are not rejected: they become spaces, as before.
    Host tabbed;
    tabbed.name = QStringLiteral("gw\ta\nb");
    tabbed.address = QStringLiteral("127.0.0.1");
    QVERIFY(HostValidator::validate(tabbed).isEmpty());
    QCOMPARE(tabbed.name, QStringLiteral("gw a b"));
}

void TestFuzzFindings::utf16WithUnpairedSurrogateIsNotText()
{
    QByteArray bytes("\xFF\xFE", 2);
    const QString text
        = QStringLiteral("name,address\nsite ") + QChar(0xD800) + QStringLiteral(",127.0.0.1\n");
    bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const Result<CsvTable> table = CsvReader::read(bytes);
    QVERIFY(!table);
    QCOMPARE(table.error().code, ErrorCode::FileFormat);
    QVERIFY(table.error().message.contains(QStringLiteral("UTF-16")));

    // A proper pair (an emoji) is fine.
    QByteArray good("\xFF\xFE", 2);
    const QString ok = QStringLiteral("name,address\nsite \U0001F600,127.0.0.1\n");
    good.append(reinterpret_cast<const char *>(ok.utf16()), ok.size() * 2);
    QVERIFY(CsvReader::read(good).ok());
}

void TestFuzzFindings::exportThenImportGivesBackTheSameHosts()
{
    HostList hosts;
    const QStringList names = {QStringLiteral("=SUM(A1)"), QStringLiteral("'+quoted"),
        QStringLiteral("He said \"hi\", twice"), QStringLiteral("site \U0001F600 ü"),
        QStringLiteral("@home"), QStringLiteral("-dash")};
    for (int i = 0; i < names.size(); ++i) {
        Host h;
        h.name = names.at(i);
        h.address = QStringLiteral("127.0.0.%1").arg(i + 1);
        h.supplier = QStringLiteral("Supplier, Ltd; \"quoted\"");
        h.postCode = QStringLiteral("AB%1 2CD").arg(i);
        h.webUrl = QStringLiteral("https://127.0.0.1:%1/").arg(8000 + i);
        QVERIFY(HostValidator::validate(h).isEmpty());
        hosts.append(h);
    }
    const Result<CsvTable> table = CsvReader::read(CsvWriter::hostsToCsv(hosts));
    QVERIFY(table.ok());
    const ImportPlan plan = ImportPlan::build(table.value(),
        ColumnMapping::fromHeader(table->header), ImportDefaults {}, {}, DuplicatePolicy::Skip);
    QCOMPARE(plan.newHosts().size(), hosts.size());
    for (int i = 0; i < hosts.size(); ++i) {
        const Host &a = hosts.at(i);
        const Host &b = plan.newHosts().at(i).host;
        QCOMPARE(b.name, a.name);
        QCOMPARE(b.address, a.address);
        QCOMPARE(b.supplier, a.supplier);
        QCOMPARE(b.postCode, a.postCode);
        QCOMPARE(b.webUrl, a.webUrl);
    }
}

QTEST_GUILESS_MAIN(TestFuzzFindings)
#include "tst_fuzzfindings.moc"
