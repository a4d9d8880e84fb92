// Fuzz target: the fping output parser (`fping -C COUNT -q`, many targets in one output).
// Whatever fping or something posing as it prints, parsing must not crash or overflow, and each
// target's counts must make sense: at least one request, 0 <= received <= sent, round-trip
// times only with a reply, min <= avg <= max.

#include "engine/fpingoutputparser.h"

#include <QByteArray>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

// Names the broken promise (the line of this file) before libFuzzer records the input.
[[noreturn]] void fail(int line)
{
    std::fprintf(stderr, "%s:%d: invariant broken\n", __FILE__, line);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray output(reinterpret_cast<const char *>(data), qsizetype(size));
    const FpingParseResult result = FpingOutputParser::parse(output);
    for (auto it = result.hosts.cbegin(); it != result.hosts.cend(); ++it) {
        const PingStats &s = it.value();
        if (it.key().isEmpty())
            fail(__LINE__);
        if (s.sent <= 0 || s.received < 0 || s.received > s.sent || s.duplicates < 0)
            fail(__LINE__);
        (void)s.answered(); // must not overflow
        if (s.received == 0 && (s.rttMinMs || s.rttAvgMs || s.rttMaxMs))
            fail(__LINE__); // no reply, no round-trip time
        if (s.received > 0 && (!s.rttMinMs || !s.rttAvgMs || !s.rttMaxMs))
            fail(__LINE__);
        if (s.received > 0 && std::isfinite(*s.rttMinMs) && std::isfinite(*s.rttMaxMs)
            && *s.rttMinMs > *s.rttMaxMs)
            fail(__LINE__);
    }
    for (const QString &name : result.unresolved)
        if (name.isEmpty())
            fail(__LINE__);
    return 0;
}
