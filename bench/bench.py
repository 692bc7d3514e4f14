#!/usr/bin/env python3
# Copyright 2025 The Oasis Authors. Licensed under the Apache License, Version 2.0.
"""Measure `oasis serve` per store: cold start, peak RSS, and wrk throughput/latency.

Usually run through bench/run, which builds the release binary and starts a throwaway PostgreSQL.
Standard library only. Loopback only; every step has a time limit.

For each store (sqlite, postgres):
  * cold start: exec `oasis serve` on a fresh, empty database and poll GET /readyz every 10 ms;
    the time from just before exec to the first 200 (median of --cold-runs runs, each on a new DB);
  * peak RSS: VmHWM from /proc/PID/status of the last run's server, read after startup and load;
  * wrk -t2 -c64 -d<duration>s --latency against /healthz, then /api/v1/regions.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from urllib.parse import urlparse, urlunparse

ENDPOINTS = (("healthz", "/healthz"), ("regions", "/api/v1/regions"))


def log(msg: str) -> None:
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------------------------------
# Databases


class SQLiteDB:
    name = "sqlite"

    def __init__(self) -> None:
        self.dirs: list[str] = []

    def fresh(self, run: int) -> str:
        d = tempfile.mkdtemp(prefix=f"oasis-bench-sqlite-{run}-")
        self.dirs.append(d)
        return os.path.join(d, "oasis.sqlite")

    def cleanup(self) -> None:
        for d in self.dirs:
            shutil.rmtree(d, ignore_errors=True)


class PostgresDB:
    """A new, empty database per run, created in the throwaway cluster behind `url`."""

    name = "postgres"

    def __init__(self, url: str) -> None:
        self.url = url
        u = urlparse(url)
        self.admin_url = urlunparse(u._replace(path="/postgres"))
        self.created: list[str] = []

    def psql(self, sql: str) -> None:
        subprocess.run(
            ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", self.admin_url, "-c", sql],
            check=True, timeout=60, stdout=subprocess.DEVNULL,
            env={**os.environ, "PGOPTIONS": "-c client_min_messages=warning"},
        )

    def fresh(self, run: int) -> str:
        name = f"oasis_bench_{os.getpid()}_{run}"
        self.psql(f"DROP DATABASE IF EXISTS {name}")
        self.psql(f"CREATE DATABASE {name} ENCODING 'UTF8' TEMPLATE template0")
        self.created.append(name)
        return urlunparse(urlparse(self.url)._replace(path=f"/{name}"))

    def cleanup(self) -> None:
        for name in self.created:
            try:
                self.psql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            except (subprocess.SubprocessError, OSError):
                pass


# --------------------------------------------------------------------------------------------------
# Server


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get_status(port: int, path: str, timeout: float = 0.5) -> int | None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path)
        resp = conn.getresponse()
        resp.read()
        return resp.status
    except OSError:
        return None
    finally:
        conn.close()


def proc_kib(pid: int, field: str) -> int | None:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


class Server:
    def __init__(self, binary: str, database: str, log_path: str, log_level: str) -> None:
        self.port = free_port()
        self.binary = binary
        self.database = database
        self.log_path = log_path
        self.log_level = log_level
        self.proc: subprocess.Popen[bytes] | None = None

    def start_and_time(self, timeout: float) -> float:
        env = dict(os.environ)
        for var in ("OASIS_DATABASE_URL", "OASIS_HOST", "OASIS_PORT"):
            env.pop(var, None)
        env["OASIS_ADMIN_PASSWORD"] = "bench-" + os.urandom(6).hex()
        cmd = [self.binary, "serve", "--host", "127.0.0.1", "--port", str(self.port),
               "--database", self.database, "--log-level", self.log_level]
        out = open(self.log_path, "wb")  # noqa: SIM115
        t0 = time.perf_counter()
        self.proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                                     start_new_session=True, env=env)
        out.close()
        deadline = t0 + timeout
        while True:
            if get_status(self.port, "/readyz", timeout=0.5) == 200:
                return time.perf_counter() - t0
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode} before ready; see {self.log_path}")
            if time.perf_counter() > deadline:
                raise RuntimeError(f"not ready after {timeout:.0f}s; see {self.log_path}")
            time.sleep(0.01)

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def hwm_mib(self) -> float | None:
        if not self.alive():
            return None
        kib = proc_kib(self.proc.pid, "VmHWM")
        return None if kib is None else kib / 1024.0

    def stop(self) -> None:
        if not self.alive():
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)


# --------------------------------------------------------------------------------------------------
# wrk

_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}


def _ms(text: str) -> float | None:
    m = re.fullmatch(r"([0-9.]+)(us|ms|s|m|h)", text.strip())
    return float(m.group(1)) * _UNITS_MS[m.group(2)] if m else None


def parse_wrk(out: str) -> dict:
    res: dict = {}
    m = re.search(r"^Requests/sec:\s+([0-9.]+)", out, re.M)
    res["rps"] = float(m.group(1)) if m else None
    for pct in ("50", "75", "90", "99"):
        m = re.search(rf"^\s+{pct}%\s+(\S+)", out, re.M)
        res[f"p{pct}_ms"] = _ms(m.group(1)) if m else None
    m = re.search(r"^\s+(\d+) requests in ([0-9.]+\w+)", out, re.M)
    res["requests"] = int(m.group(1)) if m else None
    m = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    res["non_2xx"] = int(m.group(1)) if m else 0
    m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    res["socket_errors"] = sum(int(x) for x in m.groups()) if m else 0
    return res


def run_wrk(port: int, path: str, duration: int, out_path: str) -> dict:
    cmd = ["wrk", "-t2", "-c64", f"-d{duration}s", "--latency", f"http://127.0.0.1:{port}{path}"]
    log("  " + " ".join(cmd))
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=duration + 60)
    with open(out_path, "w") as f:
        f.write("$ " + " ".join(cmd) + "\n" + proc.stdout + proc.stderr)
    if proc.returncode != 0:
        raise RuntimeError(f"wrk exited {proc.returncode}; see {out_path}")
    res = parse_wrk(proc.stdout)
    if res["rps"] is None:
        raise RuntimeError(f"could not parse wrk output; see {out_path}")
    if res["non_2xx"] or res["socket_errors"]:
        log(f"  warning: {path}: {res['non_2xx']} non-2xx responses, {res['socket_errors']} socket errors")
    return res


# --------------------------------------------------------------------------------------------------


def bench_store(db, args, out_dir: str) -> dict:
    row: dict = {"store": db.name, "cold_runs": []}
    server = None
    try:
        for run in range(1, args.cold_runs + 1):
            database = db.fresh(run)
            server = Server(args.binary, database, os.path.join(out_dir, f"{db.name}-server-{run}.log"),
                            args.log_level)
            secs = server.start_and_time(args.ready_timeout)
            row["cold_runs"].append(secs)
            log(f"{db.name}: cold start run {run}: {secs:.3f}s")
            if run < args.cold_runs:
                server.stop()
        row["cold_start_s"] = statistics.median(row["cold_runs"])
        row["rss_ready_mib"] = server.hwm_mib()
        # Sanity: the endpoints answer 200 before we load them.
        for _, path in ENDPOINTS:
            status = get_status(server.port, path, timeout=5)
            if status != 200:
                raise RuntimeError(f"GET {path} answered {status}")
        for key, path in ENDPOINTS:
            row[key] = run_wrk(server.port, path, args.duration, os.path.join(out_dir, f"{db.name}-{key}-wrk.txt"))
            if not server.alive():
                raise RuntimeError(f"server died during the {path} load")
        row["rss_peak_mib"] = server.hwm_mib()
        h, r = row["healthz"]["rps"], row["regions"]["rps"]
        row["ratio"] = (r / h) if h else None
    except Exception as exc:  # noqa: BLE001 - one store failing should not hide the other
        row["error"] = str(exc)
        log(f"{db.name}: ERROR {exc}")
    finally:
        if server is not None:
            server.stop()
        db.cleanup()
    return row


def fmt(v, spec: str) -> str:
    return "-" if v is None else format(v, spec)


def table(rows: list[dict]) -> str:
    header = ["store", "cold start s", "RSS ready MiB", "RSS peak MiB",
              "healthz req/s", "p50 ms", "p99 ms",
              "regions req/s", "p50 ms", "p99 ms", "regions/healthz"]
    body = []
    for r in rows:
        h, g = r.get("healthz") or {}, r.get("regions") or {}
        body.append([
            r["store"], fmt(r.get("cold_start_s"), ".3f"), fmt(r.get("rss_ready_mib"), ".1f"),
            fmt(r.get("rss_peak_mib"), ".1f"),
            fmt(h.get("rps"), ",.0f"), fmt(h.get("p50_ms"), ".2f"), fmt(h.get("p99_ms"), ".2f"),
            fmt(g.get("rps"), ",.0f"), fmt(g.get("p50_ms"), ".2f"), fmt(g.get("p99_ms"), ".2f"),
            fmt(r.get("ratio"), ".3f"),
        ])
    widths = [max(len(str(x)) for x in col) for col in zip(header, *body)]
    lines = ["  ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(header, widths)))]
    lines.append("  ".join("-" * w for w in widths))
    for row in body:
        lines.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))))
    for r in rows:
        if r.get("error"):
            lines.append(f"{r['store']}: ERROR {r['error']}")
    return "\n".join(lines)


def main() -> int:
    p = argparse.ArgumentParser(description="Oasis server benchmark (see bench/run)")
    p.add_argument("--binary", required=True)
    p.add_argument("--stores", default="sqlite,postgres")
    p.add_argument("--postgres-url", default=os.environ.get("OASIS_TEST_POSTGRES_URL"))
    p.add_argument("--duration", type=int, default=10, help="seconds per wrk run")
    p.add_argument("--cold-runs", type=int, default=3, help="cold starts per store (median reported)")
    p.add_argument("--ready-timeout", type=float, default=60.0)
    p.add_argument("--log-level", default="info")
    p.add_argument("--out", required=True, help="directory for raw outputs")
    args = p.parse_args()
    args.binary = os.path.abspath(args.binary)
    os.makedirs(args.out, exist_ok=True)

    def on_term(signum, _frame):
        raise KeyboardInterrupt(f"signal {signum}")

    signal.signal(signal.SIGTERM, on_term)

    rows = []
    for store in [s.strip() for s in args.stores.split(",") if s.strip()]:
        if store == "sqlite":
            db = SQLiteDB()
        elif store == "postgres":
            if not args.postgres_url:
                rows.append({"store": "postgres", "error": "no --postgres-url / OASIS_TEST_POSTGRES_URL"})
                continue
            db = PostgresDB(args.postgres_url)
        else:
            p.error(f"unknown store {store!r}")
        log(f"== {store}")
        rows.append(bench_store(db, args, args.out))

    with open(os.path.join(args.out, "results.json"), "w") as f:
        json.dump({"binary": args.binary, "duration_s": args.duration, "cold_runs": args.cold_runs,
                   "wrk": "-t2 -c64 --latency", "cpus": os.cpu_count(), "rows": rows}, f, indent=2)
    text = table(rows)
    with open(os.path.join(args.out, "table.txt"), "w") as f:
        f.write(text + "\n")
    print(text, flush=True)
    return 1 if any(r.get("error") for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
