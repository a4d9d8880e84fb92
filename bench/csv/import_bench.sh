#!/bin/sh
# Benchmark (not a test): imports a generated 100,000-row CSV through `pingtool --import` into a
# fresh database and prints rows per second and peak memory. Target: >= 50,000 rows/s, < 200 MB.
#
# usage: bench/csv/import_bench.sh [path/to/pingtool] [rows]
# Build first, preferably: cmake --preset release && cmake --build --preset release
# No network traffic: importing only stores hosts (127.x addresses and .example names).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
pingtool=${1:-"$here/../../build/release/app/pingtool"}
rows=${2:-100000}
[ -x "$pingtool" ] || { echo "no pingtool executable at $pingtool (build it first)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

# A realistic spreadsheet export: header, quoted names with commas, every field used.
awk -v rows="$rows" 'BEGIN {
    print "Host name,IP Address,Manufacturer,Supplier,Type,Post Code,Web URL";
    split("Draytek,Mikrotik,TP-Link,Other", makes, ",");
    for (i = 0; i < rows; i++) {
        a = int(i / 65536) % 256; b = int(i / 256) % 256; c = i % 256;
        if (i % 3 == 0)
            addr = sprintf("127.%d.%d.%d", a, b, c);
        else
            addr = sprintf("site-%d.branch.example", i);
        printf "\"Site %d, unit %d\",%s,%s,Supplier %d,Router,AB%d %dCD,http://%s/\r\n",
            i, i % 7, addr, makes[i % 4 + 1], i % 12, i % 99, i % 9, addr;
    }
}' > "$work/hosts.csv"

echo "file: $rows rows, $(wc -c < "$work/hosts.csv") bytes"
/usr/bin/time -v "$pingtool" --database "$work/bench.sqlite" --import "$work/hosts.csv" \
    > "$work/out.txt" 2> "$work/time.txt" || { cat "$work/out.txt" "$work/time.txt" >&2; exit 1; }
cat "$work/out.txt"

elapsed=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt")
user=$(sed -n 's/.*User time (seconds): //p' "$work/time.txt")
sys=$(sed -n 's/.*System time (seconds): //p' "$work/time.txt")
rss_kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
seconds=$(echo "$elapsed" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
# CPU time is shown too: on a loaded machine the wall clock measures the neighbours.
awk -v rows="$rows" -v s="$seconds" -v kb="$rss_kb" -v u="$user" -v y="$sys" 'BEGIN {
    rate = s > 0 ? rows / s : 0;
    cpu = u + y; cpurate = cpu > 0 ? rows / cpu : 0;
    printf "wall time: %.2f s, rows per second: %.0f (target >= 50000)\n", s, rate;
    printf "CPU time: %.2f s (user %.2f, sys %.2f), rows per CPU second: %.0f\n", cpu, u, y, cpurate;
    printf "peak memory: %.1f MB (target < 200)\n", kb / 1024;
}'
