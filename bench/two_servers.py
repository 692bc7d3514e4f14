#!/usr/bin/env python3
# Copyright 2025 The Oasis Authors. Licensed under the Apache License, Version 2.0.
"""bench/two-servers: two `oasis serve` (release) on one throwaway PostgreSQL behind nginx (deploy/nginx-oasis.conf,
as in scripts/two-servers-test), wrk at 64 connections through nginx on Open311 POST requests.json (durable
intake) and on a read route (GET /api/v1/regions, and one Open311 request by id), each for --duration seconds after
a warm-up; prints requests/s, p50, p99 and errors (non-2xx and socket errors) per route, next to the same routes on
one server without nginx, and keeps wrk's output in bench/out/two-servers-*/. Issue 15's target: p99 < 25 ms and
0 errors at 64 connections."""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "Tests", "cluster"))
from oasis_cluster import Nginx, Server, ThrowawayPostgres, cli, open311_post  # noqa: E402


def wrk(url, duration, out, script=None, env=None, connections=64):
    args = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency", "--timeout", "5s"]
    if script:
        args += ["-s", script]
    done = subprocess.run(args + [url], capture_output=True, text=True, env=env, timeout=duration + 60)
    with open(out, "w") as f:
        f.write(done.stdout + done.stderr)
    text = done.stdout

    def ms(label):
        m = re.search(label + r"\s+([\d.]+)(us|ms|s)\b", text)
        if not m:
            return None
        value, unit = float(m.group(1)), m.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
    rps = re.search(r"Requests/sec:\s+([\d.]+)", text)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    sockets = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    return {"rps": float(rps.group(1)) if rps else 0.0, "p50": ms("50%"), "p99": ms("99%"),
            "errors": (int(non2xx.group(1)) if non2xx else 0) + (sum(map(int, sockets.groups())) if sockets else 0)}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True, help="a release build of oasis")
    parser.add_argument("--duration", type=int, default=20)
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    out = os.path.join(ROOT, "bench", "out", "two-servers-" + time.strftime("%Y%m%dT%H%M%SZ", time.gmtime()))
    os.makedirs(out)
    work = tempfile.mkdtemp(prefix="oasis-bench-two-")
    pg = ThrowawayPostgres()
    servers, nginx, results = [], None, {}
    try:
        env = {k: v for k, v in os.environ.items() if not k.startswith("OASIS_")}
        env.update({"OASIS_DATABASE_URL": pg.url, "OASIS_ADMIN_PASSWORD": "bench-admin-password-1", "OASIS_LOG_LEVEL": "error",
                    "OASIS_INTAKE_POSTS_PER_MINUTE": "1000000", "OASIS_BCRYPT_COST": "10"})
        servers.append(Server(binary, "server-a", env, ["--demo"], work, unit=True))
        assert servers[0].ready() is not None, "server A did not start"
        servers.append(Server(binary, "server-b", env, ["--no-demo", "--trusted-proxy", "127.0.0.1"], work))
        assert servers[1].ready() is not None, "server B did not start"
        cli(binary, env, "user", "create", "--username", "bench-app", "--role", "citizen", "--password-stdin", stdin="bench-app-password-1\n")
        key = cli(binary, env, "user", "token", "--username", "bench-app", "--name", "wrk")["token"]
        nginx = Nginx([s.port for s in servers], work)
        assert nginx.ready() is not None, "nginx did not start"
        _, case_id = open311_post(nginx.url, key, 0)
        wrk_env = dict(os.environ, OASIS_BENCH_KEY=key)
        post_script = os.path.join(ROOT, "bench", "open311_post.lua")
        for label, base in (("nginx + 2 servers", nginx.url), ("1 server, direct", servers[0].url)):
            # Warm-up, not counted.
            wrk(base + "/api/v1/regions", 3, os.path.join(out, "warmup.txt"))
            slug = "two" if base == nginx.url else "one"
            results[label] = {
                "Open311 POST": wrk(base + "/open311/v2/requests.json", args.duration, os.path.join(out, f"{slug}-post.txt"), post_script, wrk_env),
                "GET /api/v1/regions": wrk(base + "/api/v1/regions", args.duration, os.path.join(out, f"{slug}-regions.txt")),
                "GET Open311 request": wrk(f"{base}/open311/v2/requests/{case_id}.json", args.duration, os.path.join(out, f"{slug}-request.txt")),
            }
        stored = pg.scalar("SELECT count(*) FROM cases")
    finally:
        if nginx:
            nginx.stop()
        for server in servers:
            server.stop()
        pg.stop()
    with open(os.path.join(out, "results.json"), "w") as f:
        json.dump(results, f, indent=2, sort_keys=True)
    print(f"two servers on one PostgreSQL behind nginx, wrk -t2 -c64 -d{args.duration}s ({stored} cases stored)")
    print(f"{'setup':<20} {'route':<22} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
    for label, routes in results.items():
        for route, r in routes.items():
            p50 = f"{r['p50']:.2f}" if r["p50"] is not None else "-"
            p99 = f"{r['p99']:.2f}" if r["p99"] is not None else "-"
            print(f"{label:<20} {route:<22} {r['rps']:>9.0f} {p50:>8} {p99:>8} {r['errors']:>7}")
    print(f"raw output: {out}")


if __name__ == "__main__":
    main()
