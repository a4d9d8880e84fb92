#pragma once

// Process-wide counters for benchmarks and diagnostics (written to PINGTOOL_STATS_FILE).

#include <QtGlobal>

#include <atomic>

namespace EngineCounters {
// Child processes the engine started (ping or fping), since the program started.
inline std::atomic<qint64> processesStarted {0};
} // namespace EngineCounters
