#include "fpingoutputparser.h"

#include <QList>

#include <algorithm>

namespace {

// "HOST : rest": fping pads the target to the longest name, then " : ". IPv6 targets hold
// colons themselves, hence the spaces around the separator.
bool splitLine(const QByteArray &line, QString *host, QByteArray *rest)
{
    const qsizetype at = line.indexOf(" : ");
    if (at <= 0)
        return false;
    *host = QString::fromUtf8(line.left(at).trimmed());
    *rest = line.mid(at + 3).trimmed();
    return !host->isEmpty();
}

// The per-request values of a -C summary: numbers in ms, '-' for no reply.
bool parseValues(const QByteArray &rest, PingStats *stats)
{
    const QList<QByteArray> values = rest.simplified().split(' ');
    if (values.isEmpty() || values.first().isEmpty())
        return false;
    double sum = 0;
    for (const QByteArray &v : values) {
        if (v == "-") {
            ++stats->sent;
            continue;
        }
        bool ok = false;
        const double ms = v.toDouble(&ok);
        if (!ok || ms < 0)
            return false;
        ++stats->sent;
        ++stats->received;
        sum += ms;
        stats->rttMinMs = stats->rttMinMs ? std::min(*stats->rttMinMs, ms) : ms;
        stats->rttMaxMs = stats->rttMaxMs ? std::max(*stats->rttMaxMs, ms) : ms;
    }
    if (stats->received > 0)
        stats->rttAvgMs = sum / stats->received;
    return true;
}

} // namespace

FpingParseResult FpingOutputParser::parse(const QByteArray &output)
{
    FpingParseResult result;
    QHash<QString, int> duplicates;
    const QList<QByteArray> lines = output.split('\n');
    for (QByteArray line : lines) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        QString host;
        QByteArray rest;
        if (!splitLine(line, &host, &rest)) {
            // "name: Name or service not known" / "name: No address associated with hostname"
            const qsizetype colon = line.indexOf(": ");
            if (colon > 0 && !line.contains(" : ") && !line.startsWith("fping:")
                && !line.startsWith("ICMP "))
                result.unresolved.append(QString::fromUtf8(line.left(colon)));
            continue;
        }
        if (rest.startsWith("duplicate for")) {
            ++duplicates[host];
            continue;
        }
        PingStats stats;
        if (parseValues(rest, &stats))
            result.hosts.insert(host, stats);
    }
    for (auto it = duplicates.cbegin(); it != duplicates.cend(); ++it) {
        const auto found = result.hosts.find(it.key());
        if (found != result.hosts.end())
            found->duplicates = it.value();
    }
    return result;
}
