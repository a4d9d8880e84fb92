#!/usr/bin/env bash
# Runs every fuzz target for a bounded time (FUZZ_SECONDS, default 60) from its seed corpus.
# A crash, leak, timeout or sanitizer report fails the run; the reproducer libFuzzer writes is
# copied to tests/fuzz/regressions/<target>/ to be kept as a regression test.
# Usage: tests/fuzz/run-fuzzers.sh [build-dir]     (build with: cmake --preset fuzz && cmake --build --preset fuzz)
set -u
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build/fuzz}
seconds=${FUZZ_SECONDS:-60}
export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export LSAN_OPTIONS=suppressions=$here/../lsan.supp:print_suppressions=0
status=0
for bin in "$build"/tests/fuzz/fuzz_*; do
  [ -x "$bin" ] || continue
  name=$(basename "$bin"); name=${name#fuzz_}
  work=$(mktemp -d); artifacts=$(mktemp -d)
  cp -r "$here/corpus/$name/." "$work/" 2>/dev/null
  log=$artifacts/log
  "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="$artifacts/" "$work" >"$log" 2>&1
  rc=$?
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$')
  echo "fuzz_$name: ${execs:-?} executions in ${seconds}s, exit $rc"
  if [ $rc -ne 0 ]; then
    status=1
    tail -n 40 "$log"
    mkdir -p "$here/regressions/$name"
    for f in "$artifacts"/crash-* "$artifacts"/leak-* "$artifacts"/timeout-* "$artifacts"/oom-*; do
      [ -f "$f" ] && cp "$f" "$here/regressions/$name/" && echo "kept reproducer $(basename "$f")"
    done
  fi
  rm -rf "$work" "$artifacts"
done
exit $status
