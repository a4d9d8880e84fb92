// Fuzz target: the ping output parser (iputils, BusyBox, macOS/BSD, Windows). Whatever a ping
// program prints, parsing must not crash or overflow, and must give either counts that make sense
// (0 <= received <= sent) or a reason it could not read the output.

#include "engine/pingoutputparser.h"

#include <QByteArray>

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
    const PingParseResult result = PingOutputParser::parse(output);
    if (!result.stats) {
        if (result.error.isEmpty())
            fail(__LINE__); // every unreadable output says why
        return 0;
    }
    const PingStats &s = *result.stats;
    if (s.unreachable) {
        if (s.received != 0 || s.answered())
            fail(__LINE__); // "no route to host" never proves life
        return 0;
    }
    if (s.sent <= 0 || s.received < 0 || s.received > s.sent || s.duplicates < 0)
        fail(__LINE__);
    const bool answered = s.answered(); // must not overflow for any count
    if (answered != (qint64(s.received) * 2 >= qint64(s.sent)))
        fail(__LINE__);
    if (s.received == 0 && (s.rttMinMs || s.rttAvgMs || s.rttMaxMs))
        fail(__LINE__); // no reply, no round-trip time
    return 0;
}
