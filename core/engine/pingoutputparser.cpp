#include "pingoutputparser.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace {

// iputils: "4 packets transmitted, 3 received, +1 duplicates, 25% packet loss, time 3004ms"
// BusyBox, macOS, BSD: "4 packets transmitted, 3 packets received, 1 duplicates, 25% ..."
const QRegularExpression &unixSummary()
{
    static const QRegularExpression re(QStringLiteral(
        R"((\d+) packets transmitted, (\d+) (?:packets )?received(?:, \+?(\d+) duplicates?)?)"));
    return re;
}

// iputils "rtt min/avg/max/mdev = ...", BusyBox "round-trip min/avg/max = ...",
// macOS "round-trip min/avg/max/stddev = ...".
const QRegularExpression &unixRtt()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?:rtt|round-trip) min/avg/max(?:/[a-z]+)? = )"
                       R"(([0-9.]+)/([0-9.]+)/([0-9.]+)(?:/[0-9.]+)? ?ms)"));
    return re;
}

// Windows: "    Packets: Sent = 4, Received = 3, Lost = 1 (25% loss),"
const QRegularExpression &windowsSummary()
{
    static const QRegularExpression re(
        QStringLiteral(R"(Packets: Sent = (\d+), Received = (\d+), Lost = (\d+))"));
    return re;
}

// Windows: "    Minimum = 1ms, Maximum = 4ms, Average = 2ms"
const QRegularExpression &windowsRtt()
{
    static const QRegularExpression re(
        QStringLiteral(R"(Minimum = (\d+)ms, Maximum = (\d+)ms, Average = (\d+)ms)"));
    return re;
}

// Windows counts "Reply from <gateway>: Destination host unreachable." as received.
const QRegularExpression &windowsFalseReply()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*Reply from [^:]+: (?!bytes=).*(?:unreachable|TTL expired))"),
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Messages with which ping says the address cannot be reached at all (no summary follows).
bool saysUnreachable(const QString &text)
{
    static const QStringList phrases = {
        QStringLiteral("Network is unreachable"), QStringLiteral("No route to host"),
        QStringLiteral("Host is unreachable"), QStringLiteral("unknown host"),
        QStringLiteral("Name or service not known"),
        QStringLiteral("Temporary failure in name resolution"), QStringLiteral("cannot resolve"),
        QStringLiteral("could not find host"),
        QStringLiteral("bad address"), // BusyBox for an unknown name
    };
    return std::any_of(phrases.cbegin(), phrases.cend(),
        [&](const QString &p) { return text.contains(p, Qt::CaseInsensitive); });
}

std::optional<double> toNumber(const QString &text)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

QString firstLine(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QString t = line.trimmed();
        if (!t.isEmpty())
            return t.left(200);
    }
    return {};
}

} // namespace

PingParseResult PingOutputParser::parse(const QByteArray &output)
{
    // The child runs with LC_ALL=C; anything non-ASCII is not a summary we know anyway.
    QString text = QString::fromLocal8Bit(output);
    text.remove(QLatin1Char('\r'));
    PingParseResult result;
    PingStats stats;

    if (const auto m = unixSummary().match(text); m.hasMatch()) {
        stats.sent = m.captured(1).toInt();
        stats.received = m.captured(2).toInt();
        stats.duplicates = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
        if (const auto r = unixRtt().match(text); r.hasMatch()) {
            stats.rttMinMs = toNumber(r.captured(1));
            stats.rttAvgMs = toNumber(r.captured(2));
            stats.rttMaxMs = toNumber(r.captured(3));
        }
    } else if (const auto w = windowsSummary().match(text); w.hasMatch()) {
        stats.sent = w.captured(1).toInt();
        stats.received = w.captured(2).toInt();
        int falseReplies = 0;
        auto it = windowsFalseReply().globalMatch(text);
        while (it.hasNext()) {
            it.next();
            ++falseReplies;
        }
        stats.received = std::max(0, stats.received - falseReplies);
        if (const auto r = windowsRtt().match(text); r.hasMatch() && stats.received > 0) {
            stats.rttMinMs = toNumber(r.captured(1));
            stats.rttMaxMs = toNumber(r.captured(2));
            stats.rttAvgMs = toNumber(r.captured(3));
        }
    } else if (saysUnreachable(text)) {
        stats.unreachable = true;
        result.stats = stats;
        return result;
    } else {
        const QString line = firstLine(text);
        result.error
            = line.isEmpty() ? tr("ping printed nothing") : tr("unreadable output: %1").arg(line);
        return result;
    }

    if (stats.sent <= 0) {
        if (saysUnreachable(text)) {
            // Nothing was sent, so nothing was received either, whatever else the text says
            // (found by fuzz_pingoutput: "0 packets transmitted, 5 received" beside "bad address").
            stats = PingStats {};
            stats.unreachable = true;
            result.stats = stats;
            return result;
        }
        const QString line = firstLine(text);
        result.error = tr("no echo requests were sent: %1").arg(line);
        return result;
    }
    // Some implementations count duplicates as received; a host cannot answer more requests
    // than were sent.
    stats.received = std::clamp(stats.received, 0, stats.sent);
    if (stats.received == 0) {
        stats.rttMinMs.reset();
        stats.rttAvgMs.reset();
        stats.rttMaxMs.reset();
    }
    result.stats = stats;
    return result;
}
