#!/usr/bin/env python3
# Copyright 2025 The Oasis Authors. Licensed under the Apache License, Version 2.0.
"""bench/soak: issue 15's soak. One release `oasis serve` (on a throwaway PostgreSQL, or on an embedded SQLite file
with --store sqlite), loaded with a hotline mix (bench/soak_mix.lua: one Open311 POST for every three reads):

1. peak: wrk -t2 -c64 for --peak-seconds with no pause, which gives the single-server peak rate;
2. calibration: 15 s at 32 connections with a per-request pause chosen for half the peak, then the pause corrected
   for the latency measured (rate = connections × 1000 / (pause + latency));
3. soak: --minutes at that rate while the server's resident set (VmRSS from /proc) is sampled every 5 s.

The first minute of the soak is warm-up; RSS is "flat" when every later sample lies within 10 % of the sample at
the one-minute mark. Prints the figures and the RSS curve (one line per minute) and keeps wrk's output and the
samples in bench/out/soak-*/. Loopback only, bounded in time."""

import argparse
import json
import os
import statistics
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "Tests", "cluster"))
sys.path.insert(0, os.path.join(ROOT, "bench"))
from oasis_cluster import Server, ThrowawayPostgres, cli, open311_post  # noqa: E402
from two_servers import wrk  # noqa: E402

SOAK_CONNECTIONS = 32


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return None


class RSSSampler(threading.Thread):
    def __init__(self, pid, every=5.0):
        super().__init__(daemon=True)
        self.pid, self.every, self.samples, self.stopping = pid, every, [], threading.Event()

    def run(self):
        started = time.monotonic()
        while not self.stopping.is_set():
            try:
                self.samples.append((time.monotonic() - started, rss_kib(self.pid)))
            except OSError:
                return
            self.stopping.wait(self.every)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True, help="a release build of oasis")
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--peak-seconds", type=int, default=20)
    parser.add_argument("--store", choices=("postgres", "sqlite"), default="postgres")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    out = os.path.join(ROOT, "bench", "out", "soak-" + time.strftime("%Y%m%dT%H%M%SZ", time.gmtime()))
    os.makedirs(out)
    work = tempfile.mkdtemp(prefix="oasis-bench-soak-")
    pg = ThrowawayPostgres() if args.store == "postgres" else None
    server = None
    try:
        env = {k: v for k, v in os.environ.items() if not k.startswith("OASIS_")}
        env.update({"OASIS_DATABASE_URL": pg.url if pg else os.path.join(work, "oasis.sqlite"),
                    "OASIS_ADMIN_PASSWORD": "bench-admin-password-1", "OASIS_LOG_LEVEL": "error",
                    "OASIS_INTAKE_POSTS_PER_MINUTE": "1000000", "OASIS_BCRYPT_COST": "10"})
        server = Server(binary, "server", env, ["--demo"], work)
        assert server.ready() is not None, "the server did not start"
        cli(binary, env, "user", "create", "--username", "bench-app", "--role", "citizen", "--password-stdin", stdin="bench-app-password-1\n")
        key = cli(binary, env, "user", "token", "--username", "bench-app", "--name", "wrk")["token"]
        status, case_id = open311_post(server.url, key, 0)
        assert case_id is not None, f"the first Open311 POST failed ({status})"
        script = os.path.join(ROOT, "bench", "soak_mix.lua")
        wrk_env = dict(os.environ, OASIS_BENCH_KEY=key, OASIS_BENCH_CASE=str(case_id), OASIS_BENCH_DELAY_MS="0")
        wrk(server.url + "/api/v1/regions", 3, os.path.join(out, "warmup.txt"))
        peak = wrk(server.url, args.peak_seconds, os.path.join(out, "peak.txt"), script, wrk_env)
        target = peak["rps"] / 2
        pause = SOAK_CONNECTIONS * 1000 / target
        trial = wrk(server.url, 15, os.path.join(out, "calibration.txt"), script, dict(wrk_env, OASIS_BENCH_DELAY_MS=str(int(pause))),
                    connections=SOAK_CONNECTIONS)
        latency = max(0.0, SOAK_CONNECTIONS * 1000 / max(trial["rps"], 1) - int(pause))
        pause = max(1, round(SOAK_CONNECTIONS * 1000 / target - latency))
        sampler = RSSSampler(server.process.pid)
        sampler.start()
        soak = wrk(server.url, int(args.minutes * 60), os.path.join(out, "soak.txt"), script, dict(wrk_env, OASIS_BENCH_DELAY_MS=str(pause)),
                   connections=SOAK_CONNECTIONS)
        sampler.stopping.set()
        sampler.join()
        alive = server.process.poll() is None
        stored = pg.scalar("SELECT count(*) FROM cases") if pg else None
    finally:
        if server:
            server.stop()
        if pg:
            pg.stop()
    samples = [(t, kib) for t, kib in sampler.samples if kib is not None]
    with open(os.path.join(out, "results.json"), "w") as f:
        json.dump({"peak": peak, "target_rps": target, "pause_ms": pause, "calibration": trial, "soak": soak, "rss_kib": samples}, f, indent=2)
    base = next((kib for t, kib in samples if t >= 60), samples[-1][1])
    later = [kib for t, kib in samples if t >= 60]
    worst = max(later, key=lambda kib: abs(kib - base) / base) if later else base
    flat = all(abs(kib - base) / base <= 0.10 for kib in later)
    print(f"soak on {args.store}: one release server, hotline mix (1 Open311 POST : 3 reads)")
    print(f"  peak      wrk -t2 -c64 -d{args.peak_seconds}s, no pause: {peak['rps']:.0f} req/s, p99 {peak['p99']:.2f} ms, errors {peak['errors']}")
    print(f"  soak      wrk -t2 -c{SOAK_CONNECTIONS} -d{int(args.minutes * 60)}s, pause {pause} ms: {soak['rps']:.0f} req/s "
          f"({soak['rps'] / peak['rps'] * 100:.0f} % of peak), p50 {soak['p50']:.2f} ms, p99 {soak['p99']:.2f} ms, errors {soak['errors']}")
    if stored is not None:
        print(f"  cases stored at the end: {stored}")
    print(f"  server alive at the end: {'yes' if alive else 'NO'}")
    print("  RSS by minute (MiB): " + "  ".join(
        f"{int(t // 60)}:{kib / 1024:.0f}" for t, kib in samples if int(t) % 60 < 5))
    print(f"  RSS at 1 min {base / 1024:.1f} MiB, at the end {samples[-1][1] / 1024:.1f} MiB, median after warm-up "
          f"{statistics.median(later) / 1024 if later else 0:.1f} MiB, furthest sample {worst / 1024:.1f} MiB "
          f"({(worst - base) / base * 100:+.1f} %)")
    print(f"  RSS flat within 10 % after the first minute: {'yes' if flat else 'NO'}")
    print(f"raw output: {out}")
    return 0 if flat and alive and soak["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
