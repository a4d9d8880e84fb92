// CsvReader: encodings, delimiters, quoting, line numbers and header detection on raw bytes.

#include "csv/columnmapping.h"
#include "csv/csvreader.h"

#include <QtTest>

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void detectsEncodingFromBomOrBytes_data();
    void detectsEncodingFromBomOrBytes();
    void decodesWindows1252SpecialCharacters();
    void detectsDelimiter_data();
    void detectsDelimiter();
    void quotedCellsKeepDelimitersQuotesAndNewlines();
    void rowsCarryPhysicalLineNumbersForAllLineEnds_data();
    void rowsCarryPhysicalLineNumbersForAllLineEnds();
    void skipsBlankLinesAndTrailingEmptyColumns();
    void excelSepLineNamesTheDelimiter();
    void unterminatedQuoteIsReportedAndRestIsRead();
    void unterminatedQuoteOnLastLineKeepsEarlierRows();
    void recognisesHeaderSpellings_data();
    void recognisesHeaderSpellings();
    void dataRowIsNotTakenForHeader();
    void optionsOverrideDetection();
    void whitespaceFormSplitsNameAddressAndPostCode();
    void refusesEmptyAndBinaryInput_data();
    void refusesEmptyAndBinaryInput();
    void invalidUtf8ChosenExplicitlyIsAnError();
    void mappingRoundTripsThroughKeys();
    void unknownHeaderColumnsAreListed();
};

void TestCsvReader::detectsEncodingFromBomOrBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QString>("firstCell");

    QTest::newRow("utf8 without bom") << QByteArray("Caf\xC3\xA9,127.0.0.1\n")
                                      << int(CsvEncoding::Utf8) << false << QStringLiteral("Café");
    QTest::newRow("utf8 with bom") << QByteArray("\xEF\xBB\xBF"
                                                 "Caf\xC3\xA9,127.0.0.1\n")
                                   << int(CsvEncoding::Utf8) << true << QStringLiteral("Café");
    QTest::newRow("windows-1252") << QByteArray("Caf\xE9,127.0.0.1\n")
                                  << int(CsvEncoding::Windows1252) << false
                                  << QStringLiteral("Café");
    const QString text = QStringLiteral("Århus,127.0.0.1\n");
    QByteArray le("\xFF\xFE");
    QByteArray be("\xFE\xFF");
    for (QChar c : text) {
        const char16_t u = c.unicode();
        le.append(char(u & 0xFF)).append(char(u >> 8));
        be.append(char(u >> 8)).append(char(u & 0xFF));
    }
    QTest::newRow("utf16 le") << le << int(CsvEncoding::Utf16LE) << true << QStringLiteral("Århus");
    QTest::newRow("utf16 be") << be << int(CsvEncoding::Utf16BE) << true << QStringLiteral("Århus");
}

void TestCsvReader::detectsEncodingFromBomOrBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, encoding);
    QFETCH(bool, bom);
    QFETCH(QString, firstCell);
    const Result<CsvTable> table = CsvReader::read(bytes);
    QVERIFY2(table.ok(), qPrintable(table.error().message));
    QCOMPARE(int(table->encoding), encoding);
    QCOMPARE(table->byteOrderMark, bom);
    QCOMPARE(table->rows.size(), 1);
    QCOMPARE(table->rows.first().cells.first(), firstCell);
}

void TestCsvReader::decodesWindows1252SpecialCharacters()
{
    const Result<QString> text
        = CsvReader::decode(QByteArray("\x80 \x8A \x9F \xA3 \xFC \xE9"), CsvEncoding::Windows1252);
    QVERIFY(text.ok());
    QCOMPARE(text.value(), QStringLiteral("€ Š Ÿ £ ü é"));
}

void TestCsvReader::detectsDelimiter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("delimiter");
    QTest::newRow("comma") << QStringLiteral("a,b,c\nd,e,f\n") << int(CsvDelimiter::Comma);
    QTest::newRow("semicolon with decimal commas")
        << QStringLiteral("Name;IP;Latency\nA;127.0.0.1;12,5\nB;127.0.0.2;7,25\n")
        << int(CsvDelimiter::Semicolon);
    QTest::newRow("tab") << QStringLiteral("a\tb, c\td\ne\tf, g\th\n") << int(CsvDelimiter::Tab);
    QTest::newRow("pipe") << QStringLiteral("a|b\nc|d\n") << int(CsvDelimiter::Pipe);
    QTest::newRow("comma inside quotes does not count")
        << QStringLiteral("\"a,b,c\";x\n\"d,e\";y\n") << int(CsvDelimiter::Semicolon);
    QTest::newRow("whitespace form")
        << QStringLiteral("site-a 127.0.0.1\nsite-b 127.0.0.2\n") << int(CsvDelimiter::Whitespace);
}

void TestCsvReader::detectsDelimiter()
{
    QFETCH(QString, text);
    QFETCH(int, delimiter);
    QCOMPARE(int(CsvReader::detectDelimiter(text)), delimiter);
}

void TestCsvReader::quotedCellsKeepDelimitersQuotesAndNewlines()
{
    const Result<CsvTable> table = CsvReader::read(
        "name,address,type\r\n\"a, b\",127.0.0.1,\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",::1,x\r\n");
    QVERIFY(table.ok());
    QVERIFY(table->hasHeader);
    QCOMPARE(table->rows.size(), 2);
    QCOMPARE(table->rows.at(0).cells,
        QStringList(
            {QStringLiteral("a, b"), QStringLiteral("127.0.0.1"), QStringLiteral("say \"hi\"")}));
    QCOMPARE(table->rows.at(1).cells.first(), QStringLiteral("two\nlines"));
    QCOMPARE(table->rows.at(0).line, 2);
    QCOMPARE(table->rows.at(1).line, 3);
}

void TestCsvReader::rowsCarryPhysicalLineNumbersForAllLineEnds_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("LF") << QByteArray("name,address\n\"x\ny\",127.0.0.1\n\nz,127.0.0.2\n");
    QTest::newRow("CR LF") << QByteArray(
        "name,address\r\n\"x\r\ny\",127.0.0.1\r\n\r\nz,127.0.0.2\r\n");
    QTest::newRow("CR") << QByteArray("name,address\r\"x\ry\",127.0.0.1\r\rz,127.0.0.2\r");
}

void TestCsvReader::rowsCarryPhysicalLineNumbersForAllLineEnds()
{
    QFETCH(QByteArray, bytes);
    const Result<CsvTable> table = CsvReader::read(bytes);
    QVERIFY(table.ok());
    QCOMPARE(table->headerLine, 1);
    QCOMPARE(table->rows.size(), 2);
    QCOMPARE(table->rows.at(0).line, 2);
    QCOMPARE(table->rows.at(0).cells.first(), QStringLiteral("x\ny"));
    QCOMPARE(table->rows.at(1).line, 5);
}

void TestCsvReader::skipsBlankLinesAndTrailingEmptyColumns()
{
    const Result<CsvTable> table
        = CsvReader::read("\n\nname,address,,,\n,,,,\n   \nr1,127.0.0.1,,,\n");
    QVERIFY(table.ok());
    QCOMPARE(table->headerLine, 3);
    QCOMPARE(table->header, QStringList({QStringLiteral("name"), QStringLiteral("address")}));
    QCOMPARE(table->rows.size(), 1);
    QCOMPARE(table->rows.first().line, 6);
    QCOMPARE(table->rows.first().cells.size(), 2);
    QCOMPARE(table->columnCount, 2);
}

void TestCsvReader::excelSepLineNamesTheDelimiter()
{
    const Result<CsvTable> table = CsvReader::read("sep=,\r\nName,IP;x\r\na,127.0.0.1;y\r\n");
    QVERIFY(table.ok());
    QCOMPARE(table->delimiter, CsvDelimiter::Comma);
    QCOMPARE(table->headerLine, 2);
    QCOMPARE(table->rows.size(), 1);
    QCOMPARE(table->rows.first().line, 3);
    QCOMPARE(table->rows.first().cells.at(1), QStringLiteral("127.0.0.1;y"));
}

void TestCsvReader::unterminatedQuoteIsReportedAndRestIsRead()
{
    const Result<CsvTable> table
        = CsvReader::read("name,address\nfirst,127.0.0.1\n\"broken,127.0.0.2\nthird,127.0.0.3\n");
    QVERIFY(table.ok());
    QCOMPARE(table->problems.size(), 1);
    QCOMPARE(table->problems.first().line, 3);
    QVERIFY(table->problems.first().message.contains(u"never closed"));
    QCOMPARE(table->rows.size(), 2);
    QCOMPARE(table->rows.at(0).line, 2);
    QCOMPARE(table->rows.at(1).line, 4);
    QCOMPARE(table->rows.at(1).cells.first(), QStringLiteral("third"));
}

void TestCsvReader::unterminatedQuoteOnLastLineKeepsEarlierRows()
{
    const Result<CsvTable> table = CsvReader::read("a,127.0.0.1\nb,\"127.0.0.2");
    QVERIFY(table.ok());
    QCOMPARE(table->rows.size(), 1);
    QCOMPARE(table->problems.size(), 1);
    QCOMPARE(table->problems.first().line, 2);
}

void TestCsvReader::recognisesHeaderSpellings_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("field");
    const auto add = [](const char *name, ImportField f) {
        QTest::newRow(name) << QString::fromUtf8(name) << int(f);
    };
    add("Host name", ImportField::Name);
    add("hostname", ImportField::Name);
    add("NAME", ImportField::Name);
    add("IP Address", ImportField::Address);
    add("ip", ImportField::Address);
    add("ip_address", ImportField::Address);
    add("Address", ImportField::Address);
    add("host", ImportField::Address);
    add("Post Code", ImportField::PostCode);
    add("postcode", ImportField::PostCode);
    add("ZIP", ImportField::PostCode);
    add("Web URL", ImportField::WebUrl);
    add("url", ImportField::WebUrl);
    add("Manufacturer", ImportField::Manufacturer);
    add("vendor", ImportField::Manufacturer);
    add("Make", ImportField::Manufacturer);
    add("Supplier", ImportField::Supplier);
    add("ISP", ImportField::Supplier);
    add("provider", ImportField::Supplier);
    add("Type", ImportField::Type);
}

void TestCsvReader::recognisesHeaderSpellings()
{
    QFETCH(QString, name);
    QFETCH(int, field);
    const auto f = ColumnMapping::fieldForHeader(name);
    QVERIFY(f.has_value());
    QCOMPARE(int(*f), field);
}

void TestCsvReader::dataRowIsNotTakenForHeader()
{
    QVERIFY(!CsvReader::looksLikeHeader({QStringLiteral("host"), QStringLiteral("127.0.0.1")}));
    QVERIFY(!CsvReader::looksLikeHeader({QStringLiteral("site-a"), QStringLiteral("router.lan")}));
    QVERIFY(CsvReader::looksLikeHeader({QStringLiteral("Name"), QStringLiteral("IP")}));
    QVERIFY(CsvReader::looksLikeHeader(
        {QStringLiteral("Name"), QStringLiteral("IP"), QStringLiteral("Notes")}));
}

void TestCsvReader::optionsOverrideDetection()
{
    CsvReadOptions options;
    options.header = false;
    options.delimiter = CsvDelimiter::Semicolon;
    options.encoding = CsvEncoding::Windows1252;
    const Result<CsvTable> table = CsvReader::read("name;address\n\xC3\xA9;127.0.0.1\n", options);
    QVERIFY(table.ok());
    QVERIFY(!table->hasHeader);
    QCOMPARE(table->rows.size(), 2);
    QCOMPARE(table->rows.at(1).cells.first(), QStringLiteral("Ã©")); // as asked, not as detected
}

void TestCsvReader::whitespaceFormSplitsNameAddressAndPostCode()
{
    const Result<CsvTable> table
        = CsvReader::read("site-a 127.0.0.1\nsite-b\t127.0.0.2   SW1A 1AA\n");
    QVERIFY(table.ok());
    QCOMPARE(table->delimiter, CsvDelimiter::Whitespace);
    QCOMPARE(table->rows.at(1).cells,
        QStringList(
            {QStringLiteral("site-b"), QStringLiteral("127.0.0.2"), QStringLiteral("SW1A 1AA")}));
}

void TestCsvReader::refusesEmptyAndBinaryInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << QStringLiteral("empty.csv") << QStringLiteral("empty");
    QTest::newRow("blank lines") << QStringLiteral("blank_lines.csv") << QStringLiteral("empty");
    QTest::newRow("binary") << QStringLiteral("binary_garbage.bin")
                            << QStringLiteral("does not look like text");
    QTest::newRow("xlsx") << QStringLiteral("xlsx_workbook.xlsx") << QStringLiteral("Excel");
}

void TestCsvReader::refusesEmptyAndBinaryInput()
{
    QFETCH(QString, file);
    QFETCH(QString, messagePart);
    const Result<CsvTable> table = CsvReader::readFile(
        QStringLiteral(PINGTOOL_TEST_DATA_DIR) + QStringLiteral("/csv/") + file);
    QVERIFY(!table.ok());
    QCOMPARE(table.error().code, ErrorCode::FileFormat);
    QVERIFY2(table.error().message.contains(messagePart), qPrintable(table.error().message));
}

void TestCsvReader::invalidUtf8ChosenExplicitlyIsAnError()
{
    CsvReadOptions options;
    options.encoding = CsvEncoding::Utf8;
    const Result<CsvTable> table = CsvReader::read("Caf\xE9,127.0.0.1\n", options);
    QVERIFY(!table.ok());
    QVERIFY(table.error().message.contains(u"UTF-8"));
}

void TestCsvReader::mappingRoundTripsThroughKeys()
{
    const ColumnMapping m(
        {ImportField::Address, ImportField::Ignore, ImportField::Name, ImportField::PostCode});
    QCOMPARE(m.toKeys(), QStringLiteral("address,ignore,name,post_code"));
    QCOMPARE(ColumnMapping::fromKeys(m.toKeys()), m);
}

void TestCsvReader::unknownHeaderColumnsAreListed()
{
    const ColumnMapping m
        = ColumnMapping::fromHeader({QStringLiteral("IP"), QStringLiteral("Notes"),
            QStringLiteral("hostname"), QStringLiteral("status"), QStringLiteral("Address")});
    QCOMPARE(m.fields(),
        QList<ImportField>({ImportField::Address, ImportField::Ignore, ImportField::Name,
            ImportField::Ignore, ImportField::Ignore}));
    QCOMPARE(m.unknownColumns(), QStringList({QStringLiteral("Notes")}));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
