// PingOutputParser against captured outputs of iputils, BusyBox, macOS/BSD and Windows ping.

#include "engine/pingoutputparser.h"

#include <QtTest>

namespace {

const char kIputilsUp[] = R"(PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.

--- 127.0.0.1 ping statistics ---
4 packets transmitted, 4 received, 0% packet loss, time 612ms
rtt min/avg/max/mdev = 0.033/0.090/0.220/0.075 ms
)";

const char kIputilsPartial[] = R"(PING 10.0.0.1 (10.0.0.1) 56(84) bytes of data.

--- 10.0.0.1 ping statistics ---
4 packets transmitted, 2 received, 50% packet loss, time 3006ms
rtt min/avg/max/mdev = 1.201/1.352/1.503/0.151 ms
)";

const char kIputilsOneOfFour[] = R"(--- 10.0.0.1 ping statistics ---
4 packets transmitted, 1 received, 75% packet loss, time 3004ms
rtt min/avg/max/mdev = 2.000/2.000/2.000/0.000 ms
)";

const char kIputilsNone[] = R"(PING 10.0.0.9 (10.0.0.9) 56(84) bytes of data.

--- 10.0.0.9 ping statistics ---
4 packets transmitted, 0 received, 100% packet loss, time 3059ms

)";

const char kIputilsErrors[] = R"(PING 10.0.0.9 (10.0.0.9) 56(84) bytes of data.
From 10.0.0.1 icmp_seq=1 Destination Host Unreachable

--- 10.0.0.9 ping statistics ---
4 packets transmitted, 0 received, +4 errors, 100% packet loss, time 3051ms
pipe 4
)";

const char kIputilsDup[] = R"(PING 10.0.0.255 (10.0.0.255) 56(84) bytes of data.
64 bytes from 10.0.0.1: icmp_seq=1 ttl=64 time=0.310 ms
64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=0.402 ms (DUP!)
64 bytes from 10.0.0.3: icmp_seq=1 ttl=64 time=0.513 ms (DUP!)
64 bytes from 10.0.0.1: icmp_seq=3 ttl=64 time=0.290 ms

--- 10.0.0.255 ping statistics ---
4 packets transmitted, 2 received, +2 duplicates, 50% packet loss, time 3003ms
rtt min/avg/max/mdev = 0.290/0.378/0.513/0.087 ms
)";

const char kIputilsUnreachable[] = "ping: connect: Network is unreachable\n";

const char kBusyBoxUp[] = R"(PING 127.0.0.1 (127.0.0.1): 56 data bytes
64 bytes from 127.0.0.1: seq=0 ttl=64 time=0.053 ms
64 bytes from 127.0.0.1: seq=1 ttl=64 time=0.089 ms
64 bytes from 127.0.0.1: seq=2 ttl=64 time=0.070 ms
64 bytes from 127.0.0.1: seq=3 ttl=64 time=0.068 ms

--- 127.0.0.1 ping statistics ---
4 packets transmitted, 4 packets received, 0% packet loss
round-trip min/avg/max = 0.053/0.070/0.089 ms
)";

const char kBusyBoxDupPartial[] = R"(PING 10.0.0.1 (10.0.0.1): 56 data bytes
64 bytes from 10.0.0.1: seq=0 ttl=64 time=1.053 ms
64 bytes from 10.0.0.1: seq=0 ttl=64 time=1.153 ms (DUP!)

--- 10.0.0.1 ping statistics ---
4 packets transmitted, 1 packets received, 1 duplicates, 75% packet loss
round-trip min/avg/max = 1.053/1.103/1.153 ms
)";

const char kBusyBoxNone[] = R"(PING 10.0.0.9 (10.0.0.9): 56 data bytes

--- 10.0.0.9 ping statistics ---
4 packets transmitted, 0 packets received, 100% packet loss
)";

const char kMacUp[] = R"(PING 127.0.0.1 (127.0.0.1): 56 data bytes

--- 127.0.0.1 ping statistics ---
4 packets transmitted, 4 packets received, 0.0% packet loss
round-trip min/avg/max/stddev = 0.041/0.067/0.089/0.018 ms
)";

const char kMacPartialDup[] = R"(PING 10.0.0.1 (10.0.0.1): 56 data bytes
64 bytes from 10.0.0.1: icmp_seq=0 ttl=64 time=3.120 ms
64 bytes from 10.0.0.1: icmp_seq=0 ttl=64 time=3.410 ms (DUP!)
64 bytes from 10.0.0.1: icmp_seq=2 ttl=64 time=2.980 ms

--- 10.0.0.1 ping statistics ---
4 packets transmitted, 2 packets received, +1 duplicates, 50.0% packet loss
round-trip min/avg/max/stddev = 2.980/3.170/3.410/0.178 ms
)";

const char kMacNone[] = R"(PING 10.0.0.9 (10.0.0.9): 56 data bytes
Request timeout for icmp_seq 0

--- 10.0.0.9 ping statistics ---
4 packets transmitted, 0 packets received, 100.0% packet loss
)";

const char kWindowsUp[] = "\r\nPinging 127.0.0.1 with 32 bytes of data:\r\n"
                          "Reply from 127.0.0.1: bytes=32 time<1ms TTL=128\r\n"
                          "Reply from 127.0.0.1: bytes=32 time<1ms TTL=128\r\n"
                          "Reply from 127.0.0.1: bytes=32 time=1ms TTL=128\r\n"
                          "Reply from 127.0.0.1: bytes=32 time<1ms TTL=128\r\n\r\n"
                          "Ping statistics for 127.0.0.1:\r\n"
                          "    Packets: Sent = 4, Received = 4, Lost = 0 (0% loss),\r\n"
                          "Approximate round trip times in milli-seconds:\r\n"
                          "    Minimum = 0ms, Maximum = 1ms, Average = 0ms\r\n";

const char kWindowsPartial[] = "\r\nPinging 10.0.0.1 with 32 bytes of data:\r\n"
                               "Request timed out.\r\n"
                               "Reply from 10.0.0.1: bytes=32 time=12ms TTL=64\r\n"
                               "Request timed out.\r\n"
                               "Reply from 10.0.0.1: bytes=32 time=14ms TTL=64\r\n\r\n"
                               "Ping statistics for 10.0.0.1:\r\n"
                               "    Packets: Sent = 4, Received = 2, Lost = 2 (50% loss),\r\n"
                               "Approximate round trip times in milli-seconds:\r\n"
                               "    Minimum = 12ms, Maximum = 14ms, Average = 13ms\r\n";

const char kWindowsNone[] = "\r\nPinging 10.0.0.9 with 32 bytes of data:\r\n"
                            "Request timed out.\r\nRequest timed out.\r\n"
                            "Request timed out.\r\nRequest timed out.\r\n\r\n"
                            "Ping statistics for 10.0.0.9:\r\n"
                            "    Packets: Sent = 4, Received = 0, Lost = 4 (100% loss),\r\n";

// Windows counts a gateway's "Destination host unreachable" as a received reply.
const char kWindowsGatewayUnreachable[]
    = "\r\nPinging 10.0.0.9 with 32 bytes of data:\r\n"
      "Reply from 10.0.0.1: Destination host unreachable.\r\n"
      "Reply from 10.0.0.1: Destination host unreachable.\r\n"
      "Reply from 10.0.0.1: Destination host unreachable.\r\n"
      "Reply from 10.0.0.1: Destination host unreachable.\r\n\r\n"
      "Ping statistics for 10.0.0.9:\r\n"
      "    Packets: Sent = 4, Received = 4, Lost = 0 (0% loss),\r\n";

} // namespace

class TestPingOutputParser : public QObject
{
    Q_OBJECT

private slots:
    void readsCountsAndRoundTrip_data();
    void readsCountsAndRoundTrip();
    void duplicatesAreNotCountedAsReplies();
    void receivedNeverExceedsSent();
    void unreachableNetworkIsNoAnswerNotError();
    void garbageIsAnError_data();
    void garbageIsAnError();
    void halfTheRequestsAnsweredCountsAsAnswered();
};

void TestPingOutputParser::readsCountsAndRoundTrip_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<int>("sent");
    QTest::addColumn<int>("received");
    QTest::addColumn<double>("min"); // -1 = none
    QTest::addColumn<double>("avg");
    QTest::addColumn<double>("max");

    QTest::newRow("iputils up") << QByteArray(kIputilsUp) << 4 << 4 << 0.033 << 0.090 << 0.220;
    QTest::newRow("iputils partial loss")
        << QByteArray(kIputilsPartial) << 4 << 2 << 1.201 << 1.352 << 1.503;
    QTest::newRow("iputils one of four")
        << QByteArray(kIputilsOneOfFour) << 4 << 1 << 2.0 << 2.0 << 2.0;
    QTest::newRow("iputils none") << QByteArray(kIputilsNone) << 4 << 0 << -1.0 << -1.0 << -1.0;
    QTest::newRow("iputils errors") << QByteArray(kIputilsErrors) << 4 << 0 << -1.0 << -1.0 << -1.0;
    QTest::newRow("busybox up") << QByteArray(kBusyBoxUp) << 4 << 4 << 0.053 << 0.070 << 0.089;
    QTest::newRow("busybox none") << QByteArray(kBusyBoxNone) << 4 << 0 << -1.0 << -1.0 << -1.0;
    QTest::newRow("macos up") << QByteArray(kMacUp) << 4 << 4 << 0.041 << 0.067 << 0.089;
    QTest::newRow("macos none") << QByteArray(kMacNone) << 4 << 0 << -1.0 << -1.0 << -1.0;
    QTest::newRow("windows up") << QByteArray(kWindowsUp) << 4 << 4 << 0.0 << 0.0 << 1.0;
    QTest::newRow("windows partial")
        << QByteArray(kWindowsPartial) << 4 << 2 << 12.0 << 13.0 << 14.0;
    QTest::newRow("windows none") << QByteArray(kWindowsNone) << 4 << 0 << -1.0 << -1.0 << -1.0;
    QTest::newRow("windows gateway unreachable")
        << QByteArray(kWindowsGatewayUnreachable) << 4 << 0 << -1.0 << -1.0 << -1.0;
}

void TestPingOutputParser::readsCountsAndRoundTrip()
{
    QFETCH(QByteArray, output);
    QFETCH(int, sent);
    QFETCH(int, received);
    QFETCH(double, min);
    QFETCH(double, avg);
    QFETCH(double, max);

    const PingParseResult r = PingOutputParser::parse(output);
    QVERIFY2(r.stats.has_value(), qPrintable(r.error));
    QCOMPARE(r.stats->sent, sent);
    QCOMPARE(r.stats->received, received);
    QVERIFY(!r.stats->unreachable);
    if (min < 0) {
        QVERIFY(!r.stats->rttMinMs && !r.stats->rttAvgMs && !r.stats->rttMaxMs);
    } else {
        QVERIFY(r.stats->rttMinMs && r.stats->rttAvgMs && r.stats->rttMaxMs);
        QCOMPARE(*r.stats->rttMinMs, min);
        QCOMPARE(*r.stats->rttAvgMs, avg);
        QCOMPARE(*r.stats->rttMaxMs, max);
    }
}

void TestPingOutputParser::duplicatesAreNotCountedAsReplies()
{
    for (const char *sample : {kIputilsDup, kBusyBoxDupPartial, kMacPartialDup}) {
        const PingParseResult r = PingOutputParser::parse(QByteArray(sample));
        QVERIFY2(r.stats.has_value(), qPrintable(r.error));
        QCOMPARE(r.stats->sent, 4);
        QVERIFY(r.stats->duplicates > 0);
        QVERIFY(r.stats->received <= 2);
    }
    const PingParseResult iputils = PingOutputParser::parse(QByteArray(kIputilsDup));
    QCOMPARE(iputils.stats->received, 2);
    QCOMPARE(iputils.stats->duplicates, 2);
    QVERIFY(iputils.stats->answered());
    const PingParseResult busybox = PingOutputParser::parse(QByteArray(kBusyBoxDupPartial));
    QCOMPARE(busybox.stats->received, 1);
    QCOMPARE(busybox.stats->duplicates, 1);
    QVERIFY(!busybox.stats->answered()); // one real reply of four, whatever the DUP!s say
}

void TestPingOutputParser::receivedNeverExceedsSent()
{
    const QByteArray odd = "--- x ping statistics ---\n"
                           "4 packets transmitted, 6 packets received, 0.0% packet loss\n"
                           "-- somebody's printing up packets!\n";
    const PingParseResult r = PingOutputParser::parse(odd);
    QVERIFY(r.stats.has_value());
    QCOMPARE(r.stats->received, 4);
}

void TestPingOutputParser::unreachableNetworkIsNoAnswerNotError()
{
    for (const QByteArray &out :
        {QByteArray(kIputilsUnreachable), QByteArray("ping: sendmsg: No route to host\n"),
            QByteArray("ping: bad address 'nosuchhost'\n"),
            QByteArray("ping: nosuchhost.invalid: Name or service not known\n")}) {
        const PingParseResult r = PingOutputParser::parse(out);
        QVERIFY2(r.stats.has_value(), out.constData());
        QVERIFY(r.stats->unreachable);
        QCOMPARE(r.stats->received, 0);
        QVERIFY(!r.stats->answered());
    }
}

void TestPingOutputParser::garbageIsAnError_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("whitespace") << QByteArray(" \n\n  \r\n");
    QTest::newRow("noise") << QByteArray("hello world\nthis is not ping\n");
    QTest::newRow("binary") << QByteArray("\x01\x02\xff\xfe garbage \x00 more", 20);
    QTest::newRow("permission") << QByteArray("ping: socket: Operation not permitted\n");
    QTest::newRow("usage") << QByteArray("ping: invalid argument: '-x'\nUsage: ping ...\n");
    QTest::newRow("nothing sent") << QByteArray(
        "--- x ping statistics ---\n0 packets transmitted, 0 received\n");
}

void TestPingOutputParser::garbageIsAnError()
{
    QFETCH(QByteArray, output);
    const PingParseResult r = PingOutputParser::parse(output);
    QVERIFY(!r.stats.has_value());
    QVERIFY(!r.error.isEmpty());
}

void TestPingOutputParser::halfTheRequestsAnsweredCountsAsAnswered()
{
    QVERIFY(PingOutputParser::parse(QByteArray(kIputilsPartial)).stats->answered());
    QVERIFY(!PingOutputParser::parse(QByteArray(kIputilsOneOfFour)).stats->answered());
    QVERIFY(!PingOutputParser::parse(QByteArray(kIputilsNone)).stats->answered());
    QVERIFY(PingOutputParser::parse(QByteArray(kWindowsPartial)).stats->answered());
}

QTEST_GUILESS_MAIN(TestPingOutputParser)
#include "tst_pingoutputparser.moc"
