#!/usr/bin/env python3
"""Pingtool benchmark harness: one command runs every scenario, prints a table and writes JSON.

    python3 bench/run.py            # N = 1,000 / 5,000 / 10,000, 3 runs each (long)
    python3 bench/run.py --quick    # N = 1,000, fewer runs, short sustained run (smoke test)

Traffic goes ONLY to 127.0.0.0/8 and, for the unanswered hosts of scenario d, to 10.213.0.0/16
routed into a network namespace this script creates and always removes. See bench/README.md.
"""

import argparse
import atexit
import datetime
import json
import os
import platform
import re
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build" / "release"
PINGTOOL = BUILD / "app" / "pingtool"
GUILATENCY = BUILD / "bench" / "pingtool_guilatency"
ORIGINAL = ROOT / "bench" / "original_method.py"

# fping as the reference ran it: 4 requests per host, 200 ms apart (ping's -i 0.2),
# 1 s reply timeout (ping's -W 1), 0.1 ms between any two requests.
FPING_ARGS = ["-C", "4", "-q", "-p", "200", "-t", "1000"]
SILENT_NET = "10.213"  # /16 routed into our own namespace and dropped there


def log(*args):
    print(*args, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------
# Build, data


def ensure_build(need_gui):
    configure = ["cmake", "--preset", "release", "-DPINGTOOL_BUILD_BENCH=ON"]
    targets = ["pingtool"] + (["pingtool_guilatency"] if need_gui else [])
    if not (BUILD / "build.ninja").exists() or need_gui:
        log("configuring:", " ".join(configure))
        subprocess.run(configure, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    log("building:", ", ".join(targets))
    subprocess.run(
        ["cmake", "--build", "--preset", "release", "--target", *targets],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def loopback_addresses(n):
    # Unique 127.x.y.z, never 127.0.0.0/16 (keeps the ordinary 127.0.0.1 out of the crowd).
    return [f"127.{1 + i // 65025}.{(i // 255) % 255}.{i % 255 + 1}" for i in range(n)]


def silent_addresses(n):
    assert n <= 250 * 250
    return [f"{SILENT_NET}.{i // 250}.{i % 250 + 1}" for i in range(n)]


def make_database(path, addresses):
    """A Pingtool database with these hosts, all New and due now. The schema comes from
    pingtool itself (--add once), the rows from one bulk INSERT."""
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    subprocess.run(
        [PINGTOOL, "--database", path, "--add", "--name", "seed", "--address", "127.0.0.1"],
        check=True,
        capture_output=True,
    )
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    db = sqlite3.connect(path)
    db.execute("DELETE FROM hosts")
    db.executemany(
        "INSERT INTO hosts (name, address, created_at) VALUES (?, ?, ?)",
        [(f"host-{i:05d}", a, now) for i, a in enumerate(addresses)],
    )
    db.commit()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def fresh_copy(template, workdir, name="run.sqlite"):
    target = workdir / name
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.copyfile(template, target)
    return target


def write_settings(path, backend, extra=None):
    lines = ["[ping]", f"backend={backend}"]
    for section, values in (extra or {}).items():
        lines.append(f"[{section}]")
        lines += [f"{k}={v}" for k, v in values.items()]
    Path(path).write_text("\n".join(lines) + "\n")
    return path


# ---------------------------------------------------------------------------------------------
# Measuring one process


def measure(cmd, env=None, stdin_path=None, timeout=1800, workdir=None):
    """Runs cmd; wall time, CPU (user + sys of it and every child it waited for) and peak RSS
    from wait4(). stdout/stderr go to files (a pipe reader would need a thread)."""
    out = tempfile.NamedTemporaryFile(dir=workdir, delete=False)
    err = tempfile.NamedTemporaryFile(dir=workdir, delete=False)
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    load_before = os.getloadavg()[0]
    start = time.monotonic()
    proc = subprocess.Popen(
        [str(c) for c in cmd], stdout=out, stderr=err, stdin=stdin, env=env
    )
    deadline = start + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.005)
    wall = time.monotonic() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if stdin_path:
        stdin.close()
    out.close()
    err.close()
    result = {
        "wall_s": wall,
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "maxrss_mb": usage.ru_maxrss / 1024.0,
        "rc": proc.returncode,
        # Other work on the machine skews every figure: the 1-minute load when this run began.
        "load_before": load_before,
        "stdout": Path(out.name).read_text(errors="replace"),
        "stderr": Path(err.name).read_text(errors="replace"),
    }
    os.unlink(out.name)
    os.unlink(err.name)
    return result


def summary(values):
    values = [v for v in values if v is not None]
    if not values:
        return None
    return {
        "median": statistics.median(values),
        "min": min(values),
        "max": max(values),
        "runs": len(values),
    }


def pingtool_env(stats_file=None):
    env = dict(os.environ)
    env["LC_ALL"] = "C"
    env.pop("QT_LOGGING_RULES", None)
    if stats_file:
        env["PINGTOOL_STATS_FILE"] = str(stats_file)
    return env


# ---------------------------------------------------------------------------------------------
# Scenario a / d: one full cycle with --check-once


def check_once(template, n, backend, runs, workdir, expect_up):
    settings = write_settings(workdir / f"{backend}.ini", backend)
    samples = []
    for run in range(runs):
        db = fresh_copy(template, workdir)
        stats_file = workdir / "stats.json"
        stats_file.unlink(missing_ok=True)
        r = measure(
            [PINGTOOL, "--database", db, "--settings", settings, "--check-once"],
            env=pingtool_env(stats_file),
            workdir=workdir,
        )
        m = re.search(r"Checked (\d+) hosts?: (\d+) Up", r["stdout"])
        if r["rc"] != 0 or not m:
            raise RuntimeError(f"check-once failed ({r['rc']}): {r['stdout']} {r['stderr']}")
        stats = json.loads(stats_file.read_text()) if stats_file.exists() else {}
        up = int(m.group(2))
        if up != expect_up:
            log(f"  warning: {up} Up, expected {expect_up}")
        samples.append(dict(r, up=up, stats=stats))
        log(
            f"  check-once N={n} {backend} run {run + 1}: {r['wall_s']:.2f} s wall, "
            f"{r['cpu_s']:.2f} s CPU, {r['maxrss_mb']:.0f} MB, "
            f"{stats.get('processesStarted')} processes, {up} Up"
        )
    return {
        "wall_s": summary([s["wall_s"] for s in samples]),
        "cpu_s": summary([s["cpu_s"] for s in samples]),
        "load_before": summary([s["load_before"] for s in samples]),
        "cpu_ms_per_host": summary([s["cpu_s"] * 1000 / n for s in samples]),
        "maxrss_mb": summary([s["maxrss_mb"] for s in samples]),
        "processes": summary([s["stats"].get("processesStarted") for s in samples]),
        "up": summary([s["up"] for s in samples]),
    }


# ---------------------------------------------------------------------------------------------
# Scenario b: fping in one process, and the original's method


def fping_once(addr_file, n, runs, workdir, interval_ms, expect_up):
    fping = shutil.which("fping")
    samples = []
    for run in range(runs):
        r = measure(
            [fping, *FPING_ARGS, "-i", str(interval_ms)],
            stdin_path=addr_file,
            workdir=workdir,
        )
        # -C summaries go to stderr: "ADDR : t1 t2 - t4"; alive when >= half answered.
        up = 0
        for line in r["stderr"].splitlines():
            if " : " in line and "duplicate" not in line:
                values = line.split(" : ", 1)[1].split()
                answered = sum(1 for v in values if v != "-")
                up += answered * 2 >= len(values)
        samples.append(dict(r, up=up))
        log(
            f"  fping N={n} run {run + 1}: {r['wall_s']:.2f} s wall, {r['cpu_s']:.2f} s CPU, "
            f"{up} up (rc {r['rc']})"
        )
    return {
        "wall_s": summary([s["wall_s"] for s in samples]),
        "cpu_s": summary([s["cpu_s"] for s in samples]),
        "maxrss_mb": summary([s["maxrss_mb"] for s in samples]),
        "processes": summary([1 for _ in samples]),
        "load_before": summary([s["load_before"] for s in samples]),
        "up": summary([s["up"] for s in samples]),
    }


def original_once(addr_file, n, runs, workdir):
    samples = []
    for run in range(runs):
        r = measure([sys.executable, ORIGINAL, addr_file], workdir=workdir, timeout=3600)
        out = json.loads(r["stdout"].strip().splitlines()[-1])
        samples.append(dict(r, up=out["up"], processes=out["processes"]))
        log(f"  original N={n} run {run + 1}: {r['wall_s']:.1f} s wall, {r['cpu_s']:.1f} s CPU")
    return {
        "wall_s": summary([s["wall_s"] for s in samples]),
        "cpu_s": summary([s["cpu_s"] for s in samples]),
        "maxrss_mb": summary([s["maxrss_mb"] for s in samples]),
        "processes": summary([s["processes"] for s in samples]),
        "up": summary([s["up"] for s in samples]),
        "load_before": summary([s["load_before"] for s in samples]),
    }


# ---------------------------------------------------------------------------------------------
# Scenario c: sustained --headless


def proc_cpu_s(pid):
    """utime + stime + cutime + cstime of a live process, in seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = sum(int(fields[i]) for i in (11, 12, 13, 14))
    return ticks / os.sysconf("SC_CLK_TCK")


def proc_rss_mb(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024.0
    return None


def db_bytes(path):
    return sum(
        Path(str(path) + s).stat().st_size
        for s in ("", "-wal")
        if Path(str(path) + s).exists()
    )


def rollup_bytes_per_row(db):
    """Bytes a check_rollups row takes in the file (table + index pages), from dbstat."""
    con = sqlite3.connect(db)
    try:
        rows = con.execute("SELECT count(*) FROM check_rollups").fetchone()[0]
        size = con.execute(
            "SELECT sum(pgsize) FROM dbstat WHERE name IN ('check_rollups', 'check_rollups_hour')"
        ).fetchone()[0]
        return rows, (size / rows if rows else None)
    except sqlite3.Error:
        return rows, None
    finally:
        con.close()


def sustained(template, n, backend, seconds, workdir):
    db = fresh_copy(template, workdir)
    settings = write_settings(workdir / f"{backend}.ini", backend)
    stats_file = workdir / "stats.json"
    stats_file.unlink(missing_ok=True)
    err_path = workdir / "headless.err"
    size_start = db_bytes(db)
    load_before = os.getloadavg()[0]
    with open(err_path, "wb") as err:
        proc = subprocess.Popen(
            [str(PINGTOOL), "--database", str(db), "--settings", str(settings), "--headless"],
            stdout=subprocess.DEVNULL,
            stderr=err,
            env=pingtool_env(stats_file),
        )
    try:
        t_launch = time.monotonic()
        while b"Monitoring" not in err_path.read_bytes():
            if proc.poll() is not None or time.monotonic() - t_launch > 60:
                raise RuntimeError("headless did not start: " + err_path.read_text())
            time.sleep(0.05)
        t0 = time.monotonic()
        cpu0 = proc_cpu_s(proc.pid)
        rss_start = proc_rss_mb(proc.pid)
        rss_max = rss_start
        end = t0 + seconds
        while time.monotonic() < end:
            time.sleep(min(5.0, max(0.0, end - time.monotonic())))
            rss_max = max(rss_max, proc_rss_mb(proc.pid) or 0)
        cpu1 = proc_cpu_s(proc.pid)
        t1 = time.monotonic()
        load_after = os.getloadavg()[0]
        rss_end = proc_rss_mb(proc.pid)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    stats = json.loads(stats_file.read_text()) if stats_file.exists() else {}
    late = stats.get("lateness", {})
    starts = late.get("starts") or 0
    size_end = db_bytes(db)
    rows, per_row = rollup_bytes_per_row(db)
    duration = t1 - t0
    result = {
        "seconds": duration,
        "load_before": load_before,
        "load_after": load_after,
        "checks": stats.get("checksFinished"),
        "checks_per_minute": (stats.get("checksFinished") or 0) * 60.0 / duration,
        "late_over_5s_share": (late.get("over5s", 0) / starts) if starts else None,
        "lateness_p50_ms": late.get("p50Ms"),
        "lateness_p99_ms": late.get("p99Ms"),
        "lateness_max_ms": late.get("maxMs"),
        "cpu_cores": (cpu1 - cpu0) / duration,
        "processes": stats.get("processesStarted"),
        "rss_start_mb": rss_start,
        "rss_end_mb": rss_end,
        "rss_max_mb": rss_max,
        "db_growth_bytes_per_hour": (size_end - size_start) * 3600.0 / duration,
        "rollup_rows": rows,
        "rollup_bytes_per_row": per_row,
        # One rollup row per host per UTC hour; outages are extra (a few per host at most).
        "rollup_bytes_per_host_per_day": per_row * 24 if per_row else None,
    }
    log(
        f"  headless N={n} {backend}: {result['checks']} checks in {duration:.0f} s, "
        f"late>5s {result['late_over_5s_share']}, p99 {result['lateness_p99_ms']} ms, "
        f"CPU {result['cpu_cores']:.3f} cores, RSS {rss_start:.0f}->{rss_end:.0f} MB"
    )
    return result


# ---------------------------------------------------------------------------------------------
# Scenario d: a namespace where 10.213.0.0/16 is routed and silently dropped


class SilentNamespace:
    """ip netns + veth; the host routes 10.213.0.0/16 via the namespace's end of the veth, and
    inside the namespace that /16 is a blackhole route (forwarding on, so the kernel drops it
    without an ICMP error). Nothing leaves the machine. Removed on exit, also on Ctrl-C."""

    def __init__(self):
        tag = os.getpid() % 100000
        self.ns = f"ptbench{tag}"
        self.host_if = f"ptb{tag}h"
        self.ns_if = f"ptb{tag}n"
        self.up = False

    def _ip(self, *args, check=True):
        return subprocess.run(["ip", *args], check=check, capture_output=True, text=True)

    def __enter__(self):
        if os.geteuid() != 0 or not shutil.which("ip"):
            raise PermissionError("needs root and iproute2 (ip netns)")
        existing = self._ip("route", "show", "match", f"{SILENT_NET}.0.1").stdout
        if any(not line.startswith("default") for line in existing.splitlines() if line):
            raise RuntimeError(f"{SILENT_NET}.0.0/16 is already routed here: {existing.strip()}")
        atexit.register(self.teardown)
        self.up = True
        try:
            self._ip("netns", "add", self.ns)
            self._ip("link", "add", self.host_if, "type", "veth", "peer", "name", self.ns_if,
                     "netns", self.ns)
            self._ip("addr", "add", f"{SILENT_NET}.255.253/30", "dev", self.host_if)
            self._ip("link", "set", self.host_if, "up")
            self._ip("-n", self.ns, "addr", "add", f"{SILENT_NET}.255.254/30", "dev", self.ns_if)
            self._ip("-n", self.ns, "link", "set", self.ns_if, "up")
            self._ip("-n", self.ns, "link", "set", "lo", "up")
            subprocess.run(["ip", "netns", "exec", self.ns, "sysctl", "-qw",
                            "net.ipv4.ip_forward=1"], check=True)
            self._ip("-n", self.ns, "route", "add", "blackhole", f"{SILENT_NET}.0.0/16")
            self._ip("route", "add", f"{SILENT_NET}.0.0/16", "via", f"{SILENT_NET}.255.254",
                     "dev", self.host_if)
            # Before any traffic: the route must lead into our veth and nowhere else.
            got = self._ip("route", "get", f"{SILENT_NET}.0.1").stdout
            if f"dev {self.host_if}" not in got:
                raise RuntimeError(f"route check failed: {got.strip()}")
        except Exception:
            self.teardown()
            raise
        return self

    def __exit__(self, *exc):
        self.teardown()

    def teardown(self):
        if not self.up:
            return
        self.up = False
        self._ip("route", "del", f"{SILENT_NET}.0.0/16", check=False)
        self._ip("link", "del", self.host_if, check=False)
        self._ip("netns", "del", self.ns, check=False)


# ---------------------------------------------------------------------------------------------
# Scenario e: GUI thread latency; f: CSV import


def gui_latency(template, n, backend, runs, workdir):
    settings = write_settings(workdir / f"{backend}.ini", backend)
    samples = []
    for run in range(runs):
        db = fresh_copy(template, workdir)
        env = pingtool_env()
        env["QT_QPA_PLATFORM"] = "offscreen"
        r = measure([GUILATENCY, db, settings], env=env, workdir=workdir, timeout=900)
        if r["rc"] != 0:
            raise RuntimeError(f"guilatency failed: {r['stderr']}")
        out = json.loads(r["stdout"].strip().splitlines()[-1])
        samples.append(out)
        log(
            f"  gui N={n} {backend} run {run + 1}: cycle {out['cycleMs'] / 1000:.1f} s, "
            f"10 ms timer late p99 {out['latenessP99Ms']:.1f} ms, max {out['latenessMaxMs']:.1f} ms; "
            f"updates {out['updates']}, handler max {out.get('handlerMaxMs', 0):.1f} ms, "
            f"total {out.get('handlerTotalMs', 0):.0f} ms"
        )
    return {
        "cycle_s": summary([s["cycleMs"] / 1000 for s in samples]),
        "timer_late_p50_ms": summary([s["latenessP50Ms"] for s in samples]),
        "timer_late_p99_ms": summary([s["latenessP99Ms"] for s in samples]),
        "timer_late_max_ms": summary([s["latenessMaxMs"] for s in samples]),
        "model_updates": summary([s["updates"] for s in samples]),
        "update_handler_max_ms": summary([s.get("handlerMaxMs") for s in samples]),
        "update_handler_total_ms": summary([s.get("handlerTotalMs") for s in samples]),
    }


def csv_import(rows, runs, workdir):
    probe = workdir / "probe.csv"
    probe.write_text("name,address\nprobe,127.0.0.1\n")
    db = workdir / "import.sqlite"
    r = measure([PINGTOOL, "--database", db, "--import", probe], workdir=workdir)
    if r["rc"] != 0 or "not built yet" in r["stderr"]:
        return {"skipped": "pingtool --import is not built on this branch yet: "
                + r["stderr"].strip()}
    csv_path = workdir / "hosts.csv"
    with open(csv_path, "w") as f:
        f.write("name,address,supplier,post code,type\n")
        for i, a in enumerate(loopback_addresses(rows)):
            f.write(f"site-{i:06d},{a},Supplier {i % 7},AB{i % 97} {i % 9}CD,router\n")
    samples = []
    for run in range(runs):
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        r = measure([PINGTOOL, "--database", db, "--import", csv_path], workdir=workdir)
        if r["rc"] != 0:
            raise RuntimeError(f"import failed: {r['stderr']}")
        samples.append(r)
        log(f"  import {rows} rows run {run + 1}: {r['wall_s']:.2f} s, {r['maxrss_mb']:.0f} MB")
    return {
        "rows_per_s": summary([rows / s["wall_s"] for s in samples]),
        "wall_s": summary([s["wall_s"] for s in samples]),
        "maxrss_mb": summary([s["maxrss_mb"] for s in samples]),
    }


# ---------------------------------------------------------------------------------------------
# Table


def fmt(s, unit="", digits=2):
    if s is None:
        return "-"
    if isinstance(s, dict):
        if s["runs"] == 1:
            return f"{s['median']:.{digits}f}{unit}"
        return f"{s['median']:.{digits}f}{unit} [{s['min']:.{digits}f}-{s['max']:.{digits}f}]"
    return f"{s:.{digits}f}{unit}"


def print_table(results):
    print()
    print("Full cycle (--check-once), median [min-max]")
    print(f"{'N':>6} {'variant':<26} {'wall s':<22} {'CPU s':<22} {'CPU ms/host':<20} "
          f"{'peak RSS MB':<13} {'processes':<10} {'up':<6} load")
    for key in ("check_once", "check_once_silent"):
        for row in results.get(key, []):
            for variant, m in row["variants"].items():
                if "skipped" in m:
                    print(f"{row['n']:>6} {variant:<26} skipped: {m['skipped']}")
                    continue
                cpu_ms = m.get("cpu_ms_per_host") or (
                    {k: (v * 1000 / row["n"] if k != "runs" else v) for k, v in m["cpu_s"].items()}
                    if m.get("cpu_s") else None)
                print(
                    f"{row['n']:>6} {variant:<26} {fmt(m['wall_s']):<22} {fmt(m['cpu_s']):<22} "
                    f"{fmt(cpu_ms, digits=3):<20} {fmt(m['maxrss_mb'], digits=0):<13} "
                    f"{fmt(m['processes'], digits=0):<10} {fmt(m['up'], digits=0):<6} "
                    f"{fmt(m.get('load_before'), digits=1)}"
                )
            for name, value in row.get("ratios", {}).items():
                print(f"{'':>6}   {name}: {value:.2f}" if value else f"{'':>6}   {name}: -")
    if results.get("sustained"):
        print()
        print("Sustained --headless (60 s interval)")
        print(f"{'N':>6} {'backend':<8} {'s':>5} {'checks/min':>10} {'late>5s':>8} "
              f"{'p50 ms':>7} {'p99 ms':>7} {'max ms':>7} {'CPU cores':>9} {'RSS start/end MB':>17} "
              f"{'B/host/day':>10} {'DB growth/h':>12} {'load':>5}")
        for r in results["sustained"]:
            m = r["result"]
            share = m["late_over_5s_share"]
            print(
                f"{r['n']:>6} {r['backend']:<8} {m['seconds']:>5.0f} {m['checks_per_minute']:>10.0f} "
                f"{(share * 100 if share is not None else float('nan')):>7.2f}% "
                f"{m['lateness_p50_ms']:>7} {m['lateness_p99_ms']:>7} {m['lateness_max_ms']:>7} "
                f"{m['cpu_cores']:>9.3f} {m['rss_start_mb']:>8.0f}/{m['rss_end_mb']:<8.0f} "
                f"{(m['rollup_bytes_per_host_per_day'] or 0):>10.0f} "
                f"{m['db_growth_bytes_per_hour'] / 1e6:>10.2f}MB {m['load_before']:>5.1f}"
            )
    if results.get("gui"):
        print()
        print("GUI thread: lateness of a 10 ms QTimer during a full cycle")
        for r in results["gui"]:
            if "skipped" in r:
                print(f"  skipped: {r['skipped']}")
                continue
            m = r["result"]
            print(f"{r['n']:>6} {r['backend']:<8} cycle {fmt(m['cycle_s'])} s, "
                  f"p50 {fmt(m['timer_late_p50_ms'])} ms, p99 {fmt(m['timer_late_p99_ms'])} ms, "
                  f"max {fmt(m['timer_late_max_ms'])} ms; update handler max "
                  f"{fmt(m.get('update_handler_max_ms'))} ms")
    if results.get("csv_import"):
        print()
        m = results["csv_import"]
        if "skipped" in m:
            print(f"CSV import: skipped: {m['skipped']}")
        else:
            print(f"CSV import of {m['rows']} rows: {fmt(m['rows_per_s'], digits=0)} rows/s, "
                  f"peak RSS {fmt(m['maxrss_mb'], digits=0)} MB")


# ---------------------------------------------------------------------------------------------


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="N=1,000 only, 1 run, 30 s sustained")
    ap.add_argument("--sizes", default="1000,5000,10000")
    ap.add_argument("--runs", type=int, default=3, help="runs per figure (median, min, max)")
    ap.add_argument("--scenarios", default="a,b,c,d,e,f")
    ap.add_argument("--backends", default="ping,fping", help="pingtool backends to measure")
    ap.add_argument("--original-runs", type=int, default=None,
                    help="runs of the original's method (default: --runs); it takes ~N/21 s")
    ap.add_argument("--original-max-n", type=int, default=10000,
                    help="skip the original's method above this N")
    ap.add_argument("--original-runs-above-1000", type=int, default=None,
                    help="runs of the original's method for N > 1,000 (default: as for 1,000)")
    ap.add_argument("--sustain-seconds", type=int, default=300)
    ap.add_argument("--sustain-sizes", default=None, help="N for scenario c (default: --sizes)")
    ap.add_argument("--sustain-runs", type=int, default=1)
    ap.add_argument("--gui-sizes", default="10000")
    ap.add_argument("--fping-interval", default="0.1", help="fping -i for scenario b (ms)")
    ap.add_argument("--import-rows", type=int, default=100000)
    ap.add_argument("--out", default=None, help="JSON file (default bench/results/<time>.json)")
    ap.add_argument("--no-build", action="store_true")
    args = ap.parse_args()

    if args.quick:
        args.sizes = "1000"
        args.runs = 1
        args.sustain_seconds = min(args.sustain_seconds, 30)
        args.gui_sizes = "1000"
        args.import_rows = min(args.import_rows, 10000)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    sustain_sizes = [int(s) for s in (args.sustain_sizes or args.sizes).split(",") if s]
    gui_sizes = [int(s) for s in args.gui_sizes.split(",") if s]
    scenarios = set(args.scenarios.split(","))
    backends = [b for b in args.backends.split(",") if b]
    original_runs = args.original_runs if args.original_runs is not None else args.runs
    have_fping = shutil.which("fping") is not None
    if not have_fping:
        log("fping is not installed: fping figures and the fping backend are skipped "
            "(apt-get install fping)")
        backends = [b for b in backends if b != "fping"]

    if not args.no_build:
        ensure_build(need_gui="e" in scenarios)
    if not PINGTOOL.exists():
        sys.exit(f"{PINGTOOL} is missing: run cmake --preset release && cmake --build --preset release")

    workdir = Path(tempfile.mkdtemp(prefix="pingtool-bench-"))
    atexit.register(shutil.rmtree, workdir, True)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(130))

    results = {
        "meta": {
            "date_utc": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
            "host": platform.node(),
            "kernel": platform.release(),
            "cpu": next((line.split(":", 1)[1].strip()
                         for line in Path("/proc/cpuinfo").read_text().splitlines()
                         if line.startswith("model name")), ""),
            "cores": os.cpu_count(),
            "git": subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty"],
                                  capture_output=True, text=True).stdout.strip(),
            "fping": subprocess.run(["fping", "-v"], capture_output=True, text=True).stdout.strip()
            if have_fping else None,
            "args": vars(args),
        }
    }

    templates = {}

    def loop_template(n):
        if n not in templates:
            path = workdir / f"loop-{n}.sqlite"
            make_database(path, loopback_addresses(n))
            addr = workdir / f"loop-{n}.txt"
            addr.write_text("\n".join(loopback_addresses(n)) + "\n")
            templates[n] = (path, addr)
        return templates[n]

    if "a" in scenarios or "b" in scenarios:
        results["check_once"] = []
        for n in sizes:
            template, addr_file = loop_template(n)
            row = {"n": n, "variants": {}, "ratios": {}}
            if "a" in scenarios:
                for b in backends:
                    row["variants"][f"pingtool {b}"] = check_once(template, n, b, args.runs,
                                                                 workdir, n)
            if "b" in scenarios:
                if have_fping:
                    row["variants"]["fping (one process)"] = fping_once(
                        addr_file, n, args.runs, workdir, args.fping_interval, n)
                o_runs = original_runs
                if n > 1000 and args.original_runs_above_1000 is not None:
                    o_runs = args.original_runs_above_1000
                if n <= args.original_max_n and o_runs > 0:
                    row["variants"]["original (64 threads)"] = original_once(
                        addr_file, n, o_runs, workdir)
            v = row["variants"]

            def ratio(a, b):
                if a in v and b in v and v[a].get("wall_s") and v[b].get("wall_s"):
                    return v[a]["wall_s"]["median"] / v[b]["wall_s"]["median"]
                return None

            for b in backends:
                row["ratios"][f"pingtool {b} / fping (wall)"] = ratio(f"pingtool {b}",
                                                                      "fping (one process)")
                row["ratios"][f"original / pingtool {b} (wall)"] = ratio(
                    "original (64 threads)", f"pingtool {b}")
            results["check_once"].append(row)

    if "d" in scenarios:
        results["check_once_silent"] = []
        try:
            with SilentNamespace() as ns:
                log(f"namespace {ns.ns}: {SILENT_NET}.0.0/16 routed via {ns.host_if}, dropped inside")
                for n in sizes:
                    silent = n // 10
                    addrs = loopback_addresses(n - silent) + silent_addresses(silent)
                    path = workdir / f"silent-{n}.sqlite"
                    make_database(path, addrs)
                    row = {"n": n, "silent": silent, "variants": {}, "ratios": {}}
                    for b in backends:
                        row["variants"][f"pingtool {b} 10% silent"] = check_once(
                            path, n, b, args.runs, workdir, n - silent)
                    results["check_once_silent"].append(row)
        except (PermissionError, RuntimeError, subprocess.CalledProcessError) as e:
            log(f"scenario d skipped: {e}")
            results["check_once_silent"].append(
                {"n": 0, "variants": {"10% silent": {"skipped": str(e)}}})

    if "c" in scenarios:
        results["sustained"] = []
        for n in sustain_sizes:
            template, _ = loop_template(n)
            for b in backends:
                for run in range(args.sustain_runs):
                    results["sustained"].append({"n": n, "backend": b, "run": run + 1,
                                                 "result": sustained(template, n, b,
                                                                     args.sustain_seconds,
                                                                     workdir)})

    if "e" in scenarios:
        results["gui"] = []
        if not GUILATENCY.exists():
            results["gui"].append({"skipped": f"{GUILATENCY} was not built"})
        for n in gui_sizes if GUILATENCY.exists() else []:
            template, _ = loop_template(n)
            for b in backends:
                results["gui"].append({"n": n, "backend": b,
                                       "result": gui_latency(template, n, b, args.runs, workdir)})

    if "f" in scenarios:
        r = csv_import(args.import_rows, args.runs, workdir)
        r["rows"] = args.import_rows
        results["csv_import"] = r
        if "skipped" in r:
            log("scenario f skipped:", r["skipped"])

    print_table(results)
    out = Path(args.out) if args.out else ROOT / "bench" / "results" / (
        datetime.datetime.now().strftime("%Y%m%d-%H%M%S") + ("-quick" if args.quick else "") + ".json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=1, default=str) + "\n")
    print(f"\nJSON: {out}")


if __name__ == "__main__":
    main()
