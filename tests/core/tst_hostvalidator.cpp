#include "hostvalidator.h"

#include <QtTest>

class TestHostValidator : public QObject
{
    Q_OBJECT

private slots:
    void acceptsAddress_data();
    void acceptsAddress();
    void rejectsAddress_data();
    void rejectsAddress();
    void rejectsOptionLikeAddressWithItsOwnMessage();
    void acceptsAddressOfExactly253Characters();
    void webUrl_data();
    void webUrl();
    void nameIsRequired();
    void textFieldsAreLimitedTo200Characters();
    void validateTrimsAndNormalises();
    void reportsEveryBrokenRule();
};

void TestHostValidator::acceptsAddress_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("stored");
    QTest::newRow("ipv4") << "192.0.2.10"
                          << "192.0.2.10";
    QTest::newRow("ipv4 loopback") << "127.0.0.1"
                                   << "127.0.0.1";
    QTest::newRow("ipv4 zeros") << "0.0.0.0"
                                << "0.0.0.0";
    QTest::newRow("ipv4 max") << "255.255.255.255"
                              << "255.255.255.255";
    QTest::newRow("surrounding spaces") << "  203.0.113.7\t"
                                        << "203.0.113.7";
    QTest::newRow("ipv6 loopback") << "::1"
                                   << "::1";
    QTest::newRow("ipv6 full") << "2001:db8:0:0:0:0:0:1"
                               << "2001:db8::1";
    QTest::newRow("ipv6 brackets") << "[2001:db8::5]"
                                   << "2001:db8::5";
    QTest::newRow("ipv6 mapped") << "::ffff:192.0.2.1"
                                 << "::ffff:192.0.2.1";
    QTest::newRow("name") << "router1.example.com"
                          << "router1.example.com";
    QTest::newRow("single label") << "localhost"
                                  << "localhost";
    QTest::newRow("upper case folded") << "Router-7.Example.NET"
                                       << "router-7.example.net";
    QTest::newRow("trailing root dot") << "gw.example.org."
                                       << "gw.example.org";
    QTest::newRow("digit first label") << "3com.example"
                                       << "3com.example";
    QTest::newRow("idn") << "bücher.example"
                         << "xn--bcher-kva.example";
    QTest::newRow("idn cyrillic") << "пример.example"
                                  << "xn--e1afmkfd.example";
    QTest::newRow("63 char label") << QString(63, u'a') + QStringLiteral(".example")
                                   << QString(63, u'a') + QStringLiteral(".example");
}

void TestHostValidator::acceptsAddress()
{
    QFETCH(QString, input);
    QFETCH(QString, stored);
    const Result<QString> r = HostValidator::normalizeAddress(input);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r.value(), stored);
}

void TestHostValidator::rejectsAddress_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("-f") << "-f"
                        << "ping option";
    QTest::newRow("--help") << "--help"
                            << "ping option";
    QTest::newRow("-c1000") << "-c1000"
                            << "ping option";
    QTest::newRow("spaced option") << "  -i 0.001"
                                   << "ping option";
    QTest::newRow("empty") << ""
                           << "Enter an address";
    QTest::newRow("blank") << "   "
                           << "Enter an address";
    QTest::newRow("254 chars") << QString(50, u'a') + u'.' + QString(50, u'b') + u'.'
            + QString(50, u'c') + u'.' + QString(50, u'd') + u'.'
            + QString(50, u'e') << "at most 253";
    QTest::newRow("space inside") << "router one.example"
                                  << "contains a space";
    QTest::newRow("tab inside") << "10.0.0.1\t10.0.0.2"
                                << "contains a space";
    QTest::newRow("underscore") << "bad_name.example"
                                << "'_' is not allowed";
    QTest::newRow("label starts with dash") << "a.-b.example"
                                            << "starts or ends with '-'";
    QTest::newRow("label ends with dash") << "a-.example"
                                          << "starts or ends with '-'";
    QTest::newRow("empty label") << "a..example"
                                 << "empty part";
    QTest::newRow("64 char label") << QString(64, u'a') + QStringLiteral(".example") << "63";
    QTest::newRow("ipv4 part too big") << "256.1.1.1"
                                       << "0 to 255";
    QTest::newRow("ipv4 three parts") << "10.1.1"
                                      << "four numbers";
    QTest::newRow("ipv4 five parts") << "10.1.1.1.1"
                                     << "four numbers";
    QTest::newRow("ipv4 leading zero") << "010.0.0.1"
                                       << "octal";
    QTest::newRow("numeric tld") << "host.123"
                                 << "last part is a number";
    QTest::newRow("bad ipv6") << "2001:db8:::1"
                              << "IPv6";
    QTest::newRow("ipv6 junk") << "fe80::zz"
                               << "IPv6";
    QTest::newRow("shell chars") << "a;rm -rf"
                                 << "space";
    QTest::newRow("semicolon") << "a;b"
                               << "';' is not allowed";
    QTest::newRow("url instead of address") << "http://router"
                                            << "web URL";
}

void TestHostValidator::rejectsAddress()
{
    QFETCH(QString, input);
    QFETCH(QString, messagePart);
    const Result<QString> r = HostValidator::normalizeAddress(input);
    QVERIFY2(!r.ok(), qPrintable(QStringLiteral("accepted: ") + input));
    QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().message));
}

void TestHostValidator::rejectsOptionLikeAddressWithItsOwnMessage()
{
    const auto r = HostValidator::normalizeAddress(QStringLiteral("-f"));
    QCOMPARE(r.error().message,
        QStringLiteral("The address '-f' starts with '-' and would be read as a ping option."));
}

void TestHostValidator::acceptsAddressOfExactly253Characters()
{
    // 4 labels of 62 + 1 of 1 and 4 dots... build 253 exactly.
    QString name = QString(63, u'a') + u'.' + QString(63, u'b') + u'.' + QString(63, u'c') + u'.'
        + QString(61, u'd');
    QCOMPARE(name.size(), 253);
    QVERIFY(HostValidator::normalizeAddress(name).ok());
    QVERIFY(!HostValidator::normalizeAddress(name + u'e').ok());
}

void TestHostValidator::webUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << "" << true;
    QTest::newRow("https with port") << "https://203.0.113.10:4433/" << true;
    QTest::newRow("http") << "http://router.example/status" << true;
    QTest::newRow("upper scheme") << "HTTPS://router.example" << true;
    QTest::newRow("ftp") << "ftp://router.example" << false;
    QTest::newRow("no scheme") << "203.0.113.10:4433" << false;
    QTest::newRow("no host") << "https://" << false;
    QTest::newRow("javascript") << "javascript:alert(1)" << false;
    QTest::newRow("spaces") << "https://exa mple.com" << false;
}

void TestHostValidator::webUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, valid);
    const auto r = HostValidator::normalizeWebUrl(url);
    QVERIFY2(r.ok() == valid, qPrintable(r.ok() ? QStringLiteral("accepted") : r.error().message));
}

void TestHostValidator::nameIsRequired()
{
    Host h;
    h.name = QStringLiteral("   ");
    h.address = QStringLiteral("127.0.0.1");
    const auto errors = HostValidator::validate(h);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, HostField::Name);
    QCOMPARE(errors.first().message, QStringLiteral("Enter a name for the host."));
}

void TestHostValidator::textFieldsAreLimitedTo200Characters()
{
    Host h;
    h.name = QString(200, u'n');
    h.address = QStringLiteral("127.0.0.1");
    h.supplier = QString(201, u's');
    h.postCode = QString(200, u'p');
    const auto errors = HostValidator::validate(h);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, HostField::Supplier);
    QVERIFY(errors.first().message.contains(QStringLiteral("201 characters")));
}

void TestHostValidator::validateTrimsAndNormalises()
{
    Host h;
    h.name = QStringLiteral("  Site   A \n");
    h.address = QStringLiteral(" Bücher.Example ");
    h.webUrl = QStringLiteral(" https://x.example/ ");
    QVERIFY(HostValidator::validate(h).isEmpty());
    QCOMPARE(h.name, QStringLiteral("Site A"));
    QCOMPARE(h.address, QStringLiteral("xn--bcher-kva.example"));
    QCOMPARE(h.webUrl, QStringLiteral("https://x.example/"));
}

void TestHostValidator::reportsEveryBrokenRule()
{
    Host h;
    h.address = QStringLiteral("-f");
    h.webUrl = QStringLiteral("ftp://x");
    h.type = QString(300, u't');
    const auto errors = HostValidator::validate(h);
    QList<HostField> fields;
    for (const auto &e : errors)
        fields << e.field;
    QCOMPARE(fields,
        (QList<HostField> {
            HostField::Name, HostField::Address, HostField::Type, HostField::WebUrl}));
}

QTEST_GUILESS_MAIN(TestHostValidator)
#include "tst_hostvalidator.moc"
