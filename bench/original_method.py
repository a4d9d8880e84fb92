#!/usr/bin/env python3
"""The original Flask app's way of checking hosts, for comparison: a pool of 64 threads, each
running `ping -c 4 -W 2 HOST` per host and calling it alive when at least half the replies
came back. Reads one address per line from the file given; prints one JSON line.

Only for the benchmark: bench/run.py gives it loopback (127.0.0.0/8) addresses and addresses in
its own network namespace, nothing else.
"""

import json
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

THREADS = 64
RECEIVED = re.compile(r"(\d+) packets transmitted, (\d+) (?:packets )?received")


def check(address):
    # Bounded: ping's own count and reply timeout, and a hard timeout as a safety net.
    try:
        run = subprocess.run(
            ["ping", "-c", "4", "-W", "2", "--", address],
            capture_output=True,
            text=True,
            timeout=30,
            env={"LC_ALL": "C", "PATH": "/usr/bin:/bin:/usr/sbin:/sbin"},
        )
    except subprocess.TimeoutExpired:
        return False
    m = RECEIVED.search(run.stdout)
    return bool(m) and int(m.group(2)) * 2 >= int(m.group(1))


def main():
    with open(sys.argv[1], encoding="ascii") as f:
        addresses = [line.strip() for line in f if line.strip()]
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        alive = list(pool.map(check, addresses))
    print(json.dumps({"hosts": len(addresses), "up": sum(alive), "processes": len(addresses)}))


if __name__ == "__main__":
    main()
