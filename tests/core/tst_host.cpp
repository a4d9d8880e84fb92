#include "host.h"

#include <QtTest>

class TestHost : public QObject
{
    Q_OBJECT

private slots:
    void statusNamesRoundTrip();
    void manufacturerSpellings_data();
    void manufacturerSpellings();
    void timesAreStoredAsUtcIso8601();
    void readsTheOriginalAppsTimeFormats_data();
    void readsTheOriginalAppsTimeFormats();
};

void TestHost::statusNamesRoundTrip()
{
    for (HostStatus s : {HostStatus::New, HostStatus::Up, HostStatus::Down, HostStatus::Unknown})
        QCOMPARE(statusFromName(statusName(s)), std::optional<HostStatus>(s));
    QVERIFY(!statusFromName(QStringLiteral("sideways")));
}

void TestHost::manufacturerSpellings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // -1 = not recognised
    QTest::newRow("Draytek") << "Draytek" << int(Manufacturer::Draytek);
    QTest::newRow("DrayTek") << "DrayTek" << int(Manufacturer::Draytek);
    QTest::newRow("mikrotik") << "mikrotik" << int(Manufacturer::Mikrotik);
    QTest::newRow("TP-Link") << "TP-Link" << int(Manufacturer::TpLink);
    QTest::newRow("tplink") << "tplink" << int(Manufacturer::TpLink);
    QTest::newRow("TP Link Omada") << "TP Link Omada" << int(Manufacturer::TpLink);
    QTest::newRow("other") << "Other" << int(Manufacturer::Other);
    QTest::newRow("cisco") << "Cisco" << -1;
}

void TestHost::manufacturerSpellings()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    const auto m = manufacturerFromName(text);
    QCOMPARE(m ? int(*m) : -1, expected);
    if (m)
        QCOMPARE(manufacturerFromName(manufacturerName(*m)), m);
}

void TestHost::timesAreStoredAsUtcIso8601()
{
    const QDateTime local(QDate(2026, 7, 1), QTime(14, 30, 5), QTimeZone("Europe/Berlin"));
    QCOMPARE(toIsoUtc(local), QStringLiteral("2026-07-01T12:30:05Z"));
    QCOMPARE(fromIsoUtc(toIsoUtc(local)), local);
    QVERIFY(toIsoUtc(QDateTime()).isEmpty());
}

void TestHost::readsTheOriginalAppsTimeFormats_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("naive") << "2025-01-02T03:04:05";
    QTest::newRow("micro") << "2025-01-02T03:04:05.123456";
    QTest::newRow("offset") << "2025-01-02T03:04:05+00:00";
    QTest::newRow("micro offset") << "2025-01-02T03:04:05.123456+00:00";
    QTest::newRow("space") << "2025-01-02 03:04:05";
    QTest::newRow("zulu") << "2025-01-02T03:04:05Z";
}

void TestHost::readsTheOriginalAppsTimeFormats()
{
    QFETCH(QString, text);
    const QDateTime t = fromIsoUtc(text);
    QVERIFY(t.isValid());
    QCOMPARE(t.toSecsSinceEpoch(),
        QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC).toSecsSinceEpoch());
}

QTEST_GUILESS_MAIN(TestHost)
#include "tst_host.moc"
