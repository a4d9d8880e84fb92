// FpingOutputParser: what `fping -C 4 -q` prints, captured, read into per-target counts.

#include "engine/fpingoutputparser.h"

#include <QtTest>

class TestFpingOutputParser : public QObject
{
    Q_OBJECT

private slots:
    void allAnsweredGivesEveryTargetFourReplies();
    void partialRepliesCountOnlyWhatCameBack();
    void noRepliesMeansNoAnswer();
    void unknownHostIsUnresolvedNotAnswered();
    void duplicatesAreNotCountedAsReplies();
    void ipv6TargetKeepsItsColons();
    void errorLinesAreNotTargets();
};

void TestFpingOutputParser::allAnsweredGivesEveryTargetFourReplies()
{
    // Captured from fping 5.1 on Debian 12: fping -C 4 -q -p 20 -t 500 -i 1 (stderr).
    const QByteArray out = "127.0.0.1 : 0.036 0.044 0.044 0.042\n"
                           "127.0.0.2 : 0.020 0.024 0.033 0.023\n"
                           "localhost : 0.017 0.022 0.022 0.019\n";
    const FpingParseResult r = FpingOutputParser::parse(out);
    QCOMPARE(r.hosts.size(), 3);
    QVERIFY(r.unresolved.isEmpty());
    const PingStats s = r.hosts.value(QStringLiteral("127.0.0.1"));
    QCOMPARE(s.sent, 4);
    QCOMPARE(s.received, 4);
    QVERIFY(s.answered());
    QCOMPARE(*s.rttMinMs, 0.036);
    QCOMPARE(*s.rttMaxMs, 0.044);
    QVERIFY(qAbs(*s.rttAvgMs - 0.0415) < 1e-9);
    QVERIFY(r.hosts.value(QStringLiteral("localhost")).answered());
}

void TestFpingOutputParser::partialRepliesCountOnlyWhatCameBack()
{
    // Padded names, as fping aligns them to the longest target.
    const QByteArray out = "127.0.0.1    : 0.05 - 0.07 -\n"
                           "127.0.0.200  : - - 0.10 -\n";
    const FpingParseResult r = FpingOutputParser::parse(out);
    const PingStats half = r.hosts.value(QStringLiteral("127.0.0.1"));
    QCOMPARE(half.sent, 4);
    QCOMPARE(half.received, 2);
    QVERIFY(half.answered()); // at least half: the original's rule
    QCOMPARE(*half.rttMinMs, 0.05);
    QCOMPARE(*half.rttMaxMs, 0.07);
    const PingStats quarter = r.hosts.value(QStringLiteral("127.0.0.200"));
    QCOMPARE(quarter.received, 1);
    QVERIFY(!quarter.answered());
}

void TestFpingOutputParser::noRepliesMeansNoAnswer()
{
    const FpingParseResult r = FpingOutputParser::parse("10.213.0.1 : - - - -\n");
    const PingStats s = r.hosts.value(QStringLiteral("10.213.0.1"));
    QCOMPARE(s.sent, 4);
    QCOMPARE(s.received, 0);
    QVERIFY(!s.answered());
    QVERIFY(!s.rttAvgMs.has_value());
}

void TestFpingOutputParser::unknownHostIsUnresolvedNotAnswered()
{
    // fping prints getaddrinfo's message for a name it cannot resolve and leaves it out of
    // the summary.
    const QByteArray out = "nosuch.example: Name or service not known\n"
                           "127.0.0.1 : 0.03 0.03 0.04 0.03\n";
    const FpingParseResult r = FpingOutputParser::parse(out);
    QCOMPARE(r.unresolved, QStringList {QStringLiteral("nosuch.example")});
    QVERIFY(!r.hosts.contains(QStringLiteral("nosuch.example")));
    QVERIFY(r.hosts.value(QStringLiteral("127.0.0.1")).answered());
}

void TestFpingOutputParser::duplicatesAreNotCountedAsReplies()
{
    const QByteArray out = "127.0.0.1 : duplicate for [0], 64 bytes, 0.052 ms\n"
                           "127.0.0.1 : duplicate for [1], 64 bytes, 0.061 ms\n"
                           "127.0.0.1 : 0.05 - - -\n";
    const PingStats s = FpingOutputParser::parse(out).hosts.value(QStringLiteral("127.0.0.1"));
    QCOMPARE(s.sent, 4);
    QCOMPARE(s.received, 1);
    QCOMPARE(s.duplicates, 2);
    QVERIFY(!s.answered());
}

void TestFpingOutputParser::ipv6TargetKeepsItsColons()
{
    const QByteArray out = "::1       : 0.246 0.033 0.045 0.034\n"
                           "fe80::1%lo : - - - -\n";
    const FpingParseResult r = FpingOutputParser::parse(out);
    QVERIFY(r.hosts.value(QStringLiteral("::1")).answered());
    QCOMPARE(r.hosts.value(QStringLiteral("fe80::1%lo")).received, 0);
    QVERIFY(r.unresolved.isEmpty());
}

void TestFpingOutputParser::errorLinesAreNotTargets()
{
    const QByteArray out = "fping: can't create socket (must run as root?)\n"
                           "ICMP Host Unreachable from 10.213.255.254 for ICMP Echo sent to "
                           "10.213.0.1\n"
                           "127.0.0.1 : 0.1 0.1 0.1 not-a-number\n";
    const FpingParseResult r = FpingOutputParser::parse(out);
    QVERIFY(r.hosts.isEmpty());
    QVERIFY(r.unresolved.isEmpty());
}

QTEST_APPLESS_MAIN(TestFpingOutputParser)
#include "tst_fpingoutputparser.moc"
