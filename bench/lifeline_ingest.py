#!/usr/bin/env python3
# Copyright 2025 The Oasis Authors. Licensed under the Apache License, Version 2.0.
"""The lifeline ingest benchmark's work (run by bench/lifeline-ingest, which builds Oasis and starts PostgreSQL).

The readings: N sensors (gas concentration, %LEL) on N/10 point assets in Tianshan district, one reading per sensor
and second, time-major (what a gateway sends: every sensor's reading of one second, then the next second), ending
at the start of the run. Values hover around 6 %LEL; one sensor in 50 climbs above 25 %LEL (level II) for 30 s
every 10 minutes, so the rules open, update and clear alerts during the run. Every side takes exactly the same
readings in the same batches; Oasis's readings are checked by counting its table afterwards.
"""
import argparse
import http.client
import json
import math
import os
import random
import shutil
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.parse

UNIT = "天山区城管局"
REGION = "650102"


def log(message):
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Readings:
    """The readings, as (sensor index, epoch ms, value) batches, and their line-protocol and CSV forms."""

    def __init__(self, sensors, total, batch):
        self.sensors = sensors
        seconds = max(1, total // sensors)
        self.start_ms = (int(time.time()) - seconds - 60) * 1000
        rng = random.Random(20261203)
        base = [5.0 + rng.random() * 2 for _ in range(sensors)]
        rows = []
        for second in range(seconds):
            at = self.start_ms + second * 1000
            for sensor in range(sensors):
                value = base[sensor] + 0.4 * math.sin(second / 30 + sensor) + rng.random() * 0.2
                if sensor % 50 == 0 and (second % 600) < 30:
                    value = 28.0 + (second % 600) * 0.1
                rows.append((sensor, at, round(value, 3)))
        self.batches = [rows[i:i + batch] for i in range(0, len(rows), batch)]
        self.count = len(rows)
        self.line_bodies = [
            "\n".join(f"ch4,sensor=S{s:05d} value={v} {at}" for (s, at, v) in chunk).encode() for chunk in self.batches
        ]
        self.csv_bodies = ["".join(f"{s + 1},{at},{v}\n" for (s, at, v) in chunk) for chunk in self.batches]

    def registry(self):
        features = []
        for asset in range((self.sensors + 9) // 10):
            lon, lat = 87.60 + (asset % 40) * 0.001, 43.78 + (asset // 40) * 0.001
            features.append({
                "type": "Feature",
                "properties": {"code": f"A{asset:04d}", "name": f"燃气调压箱 {asset}", "kind": "gas_adjacent_space",
                               "ownerUnit": UNIT, "region": REGION},
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
            })
        rules = json.dumps([{"kind": "threshold", "direction": "above", "limits": {"4": 10, "3": 20, "2": 25, "1": 50},
                             "hysteresis": 2}])
        quoted = rules.replace('"', '""')
        lines = ["code,quantity,unit,asset,rules"]
        lines += [f'S{s:05d},gas_concentration,%LEL,A{s // 10:04d},"{quoted}"' for s in range(self.sensors)]
        return json.dumps({"type": "FeatureCollection", "features": features}).encode(), ("\n".join(lines) + "\n").encode()


class Server:
    """`oasis serve` on a store, with an analyst's API token for the gateway."""

    def __init__(self, binary, database, out, name):
        self.binary, self.database, self.name = binary, database, name
        self.port = free_port()
        env = dict(os.environ, OASIS_ADMIN_PASSWORD="bench-admin-password", OASIS_SEED_DEMO="true")
        self.log_file = open(os.path.join(out, f"serve-{name}.log"), "w")
        subprocess.run([binary, "migrate", "--database", database], check=True, stdout=subprocess.DEVNULL)
        self.process = subprocess.Popen(
            [binary, "serve", "--database", database, "--port", str(self.port), "--log-level", "warning"],
            env=env, stdout=self.log_file, stderr=subprocess.STDOUT)
        self.wait_ready()
        subprocess.run([binary, "user", "create", "--username", "bench-gateway", "--role", "analyst", "--database", database],
                       check=True, stdout=subprocess.DEVNULL)
        printed = subprocess.run([binary, "user", "token", "--username", "bench-gateway", "--name", "gateway", "--database", database],
                                 check=True, capture_output=True, text=True).stdout
        self.token = next(word for word in printed.split() if word.startswith("oas_"))
        # The duty officer who follows the live stream (read_cases).
        subprocess.run([binary, "user", "create", "--username", "bench-duty", "--role", "dispatcher", "--database", database],
                       check=True, stdout=subprocess.DEVNULL)
        printed = subprocess.run([binary, "user", "token", "--username", "bench-duty", "--name", "stream", "--database", database],
                                 check=True, capture_output=True, text=True).stdout
        self.duty_token = next(word for word in printed.split() if word.startswith("oas_"))

    def wait_ready(self):
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                connection.request("GET", "/readyz")
                if connection.getresponse().status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.1)
        raise SystemExit(f"bench: oasis serve ({self.name}) was not ready in 60 s; see serve-{self.name}.log")

    def request(self, method, path, body=None, content_type=None, connection=None):
        connection = connection or http.client.HTTPConnection("127.0.0.1", self.port, timeout=600)
        headers = {"Authorization": f"Bearer {self.token}"}
        if content_type:
            headers["Content-Type"] = content_type
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        data = response.read()
        if response.status >= 300:
            raise SystemExit(f"bench: {method} {path} → {response.status}: {data[:400]!r}")
        return json.loads(data) if data else None

    def rss_kib(self):
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)
        self.log_file.close()


def register(server, readings):
    assets, sensors = readings.registry()
    server.request("PUT", "/api/v1/lifeline/assets", assets, "application/geo+json")
    server.request("PUT", "/api/v1/lifeline/sensors", sensors, "text/csv")


def post_all(server, bodies, clients=2):
    """POSTs the batches over `clients` keep-alive connections, in order per connection; returns seconds, summaries."""
    summaries = [None] * len(bodies)
    errors = []

    def worker(offset):
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=600)
        for index in range(offset, len(bodies), clients):
            while True:
                headers = {"Authorization": f"Bearer {server.token}", "Content-Type": "text/plain"}
                connection.request("POST", "/api/v1/lifeline/write?precision=ms", body=bodies[index], headers=headers)
                response = connection.getresponse()
                data = response.read()
                if response.status == 503:
                    time.sleep(float(response.getheader("Retry-After", "1")))
                    continue
                if response.status != 200:
                    errors.append(f"batch {index}: {response.status} {data[:300]!r}")
                    return
                summaries[index] = json.loads(data)
                break

    threads = [threading.Thread(target=worker, args=(offset,)) for offset in range(clients)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - start
    if errors:
        raise SystemExit("bench: " + "; ".join(errors[:3]))
    return seconds, summaries


def oasis_side(binary, database, out, name, readings, count_rows, gateways):
    server = Server(binary, database, out, name)
    try:
        register(server, readings)
        # The demo the server seeds holds readings of its own (a day of three sensors): count from here.
        before = count_rows()
        seconds, summaries = post_all(server, readings.line_bodies, gateways)
        stored = sum(s["stored"] for s in summaries)
        changes = sum(s["alertChanges"] for s in summaries)
        rss = server.rss_kib()
    finally:
        server.stop()
    counted = count_rows() - before
    if counted != readings.count:
        raise SystemExit(f"bench: Oasis ({name}) stored {counted} new readings, expected {readings.count}")
    log(f"Oasis {name}: {readings.count} readings in {seconds:.2f} s, {changes} alert changes, RSS {rss // 1024} MiB")
    return {"seconds": seconds, "stored": stored, "alertChanges": changes, "rssMiB": rss // 1024,
            "readingsPerSecond": readings.count / seconds}


def sqlite_ceiling(path, readings, per_commit=1):
    """The same batches into a bare table, `per_commit` batches in each transaction (one: a commit per batch, as a
    gateway's batch arrives; more: what Oasis's group commit can do when that many gateways' batches wait together)."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA cache_size = -65536")  # Oasis's writer keeps 64 MiB too
    connection.execute("CREATE TABLE readings (sensor_id BIGINT NOT NULL, at BIGINT NOT NULL, value DOUBLE PRECISION NOT NULL, "
                       "PRIMARY KEY (sensor_id, at)) WITHOUT ROWID")
    start = time.perf_counter()
    for first in range(0, len(readings.batches), per_commit):
        connection.execute("BEGIN")
        for chunk in readings.batches[first:first + per_commit]:
            # In key order, as Oasis writes each batch (sorted on the request, before it waits for the writer).
            connection.executemany("INSERT INTO readings VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                                   sorted((s + 1, at, v) for (s, at, v) in chunk))
        connection.execute("COMMIT")
    seconds = time.perf_counter() - start
    counted = connection.execute("SELECT COUNT(*) FROM readings").fetchone()[0]
    connection.close()
    assert counted == readings.count, counted
    log(f"sqlite3 bare table, {per_commit} batch(es) per commit: {seconds:.2f} s")
    return {"seconds": seconds, "readingsPerSecond": readings.count / seconds, "sqlite": sqlite3.sqlite_version,
            "batchesPerCommit": per_commit}


def postgres_copy(psql, url, readings):
    def run(sql, stdin=None):
        return subprocess.run([psql, url, "-v", "ON_ERROR_STOP=1", "-qAt", "-c", sql], input=stdin, check=True,
                              capture_output=True, text=True).stdout.strip()

    run("DROP TABLE IF EXISTS bench_readings; CREATE TABLE bench_readings (sensor_id BIGINT NOT NULL, at BIGINT NOT NULL, "
        "value DOUBLE PRECISION NOT NULL, PRIMARY KEY (sensor_id, at))")
    # One psql session reads every batch's COPY from standard input, each batch its own transaction.
    script = "".join("COPY bench_readings FROM STDIN WITH (FORMAT csv);\n" + body + "\\.\n" for body in readings.csv_bodies)
    start = time.perf_counter()
    subprocess.run([psql, url, "-v", "ON_ERROR_STOP=1", "-q", "-f", "-"], input=script, check=True, capture_output=True,
                   text=True)
    seconds = time.perf_counter() - start
    counted = int(run("SELECT COUNT(*) FROM bench_readings"))
    assert counted == readings.count, counted
    log(f"PostgreSQL COPY: {seconds:.2f} s")
    return {"seconds": seconds, "readingsPerSecond": readings.count / seconds, "server": run("SHOW server_version")}


def stream_latency(binary, database, out, readings, gateways, interval=0.05):
    """Under the ingest load of the run (every batch, over `gateways` connections), posts one reading that crosses
    level II on a quiet sensor every `interval` seconds on a connection of its own; the delay is from sending that
    reading to the event naming its sensor arriving on GET /api/v1/lifeline/events. Also reports the load's rate."""
    server = Server(binary, database, out, "stream")
    try:
        register(server, readings)
        probe = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
        probe.request("GET", "/api/v1/lifeline/events", headers={"Authorization": f"Bearer {server.duty_token}", "Accept": "text/event-stream"})
        response = probe.getresponse()
        if response.status == 404:
            log("no live stream in this build (GET /api/v1/lifeline/events → 404); latency not measured")
            return None
        if response.status != 200:
            raise SystemExit(f"bench: the live stream answered {response.status}")
        arrivals = {}
        done = threading.Event()

        def reader():
            buffer = b""
            while not done.is_set():
                try:
                    chunk = response.read1(65536)
                except OSError:
                    return
                if not chunk:
                    return
                buffer += chunk
                while b"\n\n" in buffer:
                    event, buffer = buffer.split(b"\n\n", 1)
                    now = time.perf_counter()
                    for line in event.split(b"\n"):
                        if line.startswith(b"data:"):
                            try:
                                data = json.loads(line[5:])
                            except ValueError:
                                continue
                            sensor = data.get("sensor")
                            if isinstance(sensor, str) and sensor.startswith("S") and sensor not in arrivals:
                                arrivals[sensor] = now

        thread = threading.Thread(target=reader, daemon=True)
        thread.start()
        sent = {}
        acked = {}
        load = {}
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=600)
        quiet = [s for s in range(readings.sensors) if s % 50 != 0]
        last_ms = readings.start_ms + (readings.count // readings.sensors) * 1000

        def background():
            load["seconds"], _ = post_all(server, readings.line_bodies, gateways)

        loader = threading.Thread(target=background, daemon=True)
        loader.start()
        time.sleep(0.5)  # the load is under way
        headers = {"Authorization": f"Bearer {server.token}", "Content-Type": "text/plain"}
        while loader.is_alive() and quiet:
            code = f"S{quiet.pop(0):05d}"
            line = f"ch4,sensor={code} value=30 {last_ms + 500}".encode()
            sent[code] = time.perf_counter()
            connection.request("POST", "/api/v1/lifeline/write?precision=ms", body=line, headers=headers)
            connection.getresponse().read()
            acked[code] = time.perf_counter()
            time.sleep(interval)
        loader.join()
        # Probes sent after the load ended measure an idle server: only those sent under load count.
        deadline = time.time() + 10
        while time.time() < deadline and len(arrivals) < len(sent):
            time.sleep(0.05)
        done.set()
        delays = sorted((arrivals[c] - sent[c]) * 1000 for c in sent if c in arrivals)
        acks = sorted((acked[c] - sent[c]) * 1000 for c in acked)
    finally:
        server.stop()
    if not delays:
        raise SystemExit("bench: no threshold event arrived on the live stream")
    p = lambda q: delays[min(len(delays) - 1, int(round(q * (len(delays) - 1))))]
    result = {"samples": len(delays), "missing": len(sent) - len(delays), "p50ms": p(0.5), "p99ms": p(0.99), "maxms": delays[-1],
              "gateways": gateways, "loadReadingsPerSecond": readings.count / load["seconds"],
              "ackP50ms": acks[len(acks) // 2], "ackP99ms": acks[min(len(acks) - 1, int(round(0.99 * (len(acks) - 1))))]}
    log(f"live stream: {result}")
    return result


def soak(binary, database, out, readings, minutes, rate=20_000):
    """Feeds about `rate` readings/s of fresh readings for `minutes` and samples VmRSS every 10 s. Each round gives
    every sensor one reading; rounds are spaced sensors/rate seconds apart in data time, so data time keeps pace
    with the clock (starting 10 minutes back) and every reading is new."""
    server = Server(binary, database, out, "soak")
    samples = []
    try:
        register(server, readings)
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=600)
        headers = {"Authorization": f"Bearer {server.token}", "Content-Type": "text/plain"}
        rounds_per_batch = max(1, len(readings.batches[0]) // readings.sensors)
        step_ms = max(1, readings.sensors * 1000 // rate)
        data_ms = (int(time.time()) - 600) * 1000
        start = time.time()
        next_sample = start
        while time.time() - start < minutes * 60:
            t0 = time.time()
            lines = []
            for _ in range(rounds_per_batch):
                data_ms += step_ms
                lines += [f"ch4,sensor=S{s:05d} value={5 + (s % 7) * 0.1 + (data_ms % 997) / 5000:.3f} {data_ms}"
                          for s in range(readings.sensors)]
            connection.request("POST", "/api/v1/lifeline/write?precision=ms", body="\n".join(lines).encode(), headers=headers)
            response = connection.getresponse()
            data = response.read()
            if response.status != 200:
                raise SystemExit(f"bench: soak batch → {response.status}: {data[:300]!r}")
            if time.time() >= next_sample:
                samples.append({"second": round(time.time() - start), "rssMiB": server.rss_kib() // 1024})
                next_sample += 10
            time.sleep(max(0, rounds_per_batch * step_ms / 1000 - (time.time() - t0)))
    finally:
        server.stop()
    first = next((s["rssMiB"] for s in samples if s["second"] >= 60), samples[0]["rssMiB"])
    last = samples[-1]["rssMiB"]
    result = {"minutes": minutes, "rate": rate, "rssAfterMinute1MiB": first, "rssEndMiB": last,
              "growthPercent": round((last - first) * 100 / first, 1), "samples": samples}
    log(f"soak: RSS {first} → {last} MiB")
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--postgres", required=True)
    parser.add_argument("--psql", default="psql")
    parser.add_argument("--sensors", type=int, default=2000)
    parser.add_argument("--readings", type=int, default=2_000_000)
    parser.add_argument("--batch", type=int, default=10_000)
    parser.add_argument("--soak", type=float, default=0)
    parser.add_argument("--gateways", type=int, default=4, help="connections the batches are posted over at once")
    parser.add_argument("--only", choices=["stream", "soak"], help="run only this phase (for a rerun)")
    args = parser.parse_args()

    log(f"generating {args.readings} readings of {args.sensors} sensors in batches of {args.batch}")
    readings = Readings(args.sensors, args.readings, args.batch)
    results = {"readings": readings.count, "sensors": args.sensors, "batch": args.batch, "gateways": args.gateways}
    if args.only:
        if args.only == "stream":
            results["stream"] = stream_latency(args.binary, os.path.join(args.out, "stream.sqlite"), args.out, readings, args.gateways)
        else:
            results["soak"] = soak(args.binary, os.path.join(args.out, "soak.sqlite"), args.out, readings, args.soak or 10)
        print(json.dumps({k: v for k, v in results.items() if k in ("stream", "soak")}, indent=2))
        return

    def quiesce():
        """Each timed side starts on a quiet disk: what the sides before it wrote is flushed first, so that it does not
        compete with the next side's syncs. (The live stream is measured before the PostgreSQL sides: the checkpoint
        after their 4,000,000 rows would otherwise run under it, and only a superuser may ask for it early.)"""
        os.sync()
        time.sleep(2)

    sqlite_path = os.path.join(args.out, "oasis.sqlite")
    quiesce()
    results["oasisSQLite"] = oasis_side(
        args.binary, sqlite_path, args.out, "sqlite", readings,
        lambda: sqlite3.connect(sqlite_path).execute("SELECT COUNT(*) FROM lifeline_readings").fetchone()[0], args.gateways)
    quiesce()
    results["sqliteCeiling"] = sqlite_ceiling(os.path.join(args.out, "ceiling.sqlite"), readings)
    quiesce()
    results["sqliteCeilingGrouped"] = sqlite_ceiling(os.path.join(args.out, "ceiling-grouped.sqlite"), readings, args.gateways)

    quiesce()
    results["stream"] = stream_latency(args.binary, os.path.join(args.out, "stream.sqlite"), args.out, readings, args.gateways)

    def pg_count():
        out = subprocess.run([args.psql, args.postgres, "-qAt", "-c", "SELECT COUNT(*) FROM lifeline_readings"],
                             check=True, capture_output=True, text=True).stdout
        return int(out.strip())

    quiesce()
    results["oasisPostgres"] = oasis_side(args.binary, args.postgres, args.out, "postgres", readings, pg_count, args.gateways)
    quiesce()
    results["postgresCopy"] = postgres_copy(args.psql, args.postgres, readings)
    if args.soak > 0:
        results["soak"] = soak(args.binary, os.path.join(args.out, "soak.sqlite"), args.out, readings, args.soak)

    with open(os.path.join(args.out, "results.json"), "w") as file:
        json.dump(results, file, indent=2)

    o, c, g = results["oasisSQLite"], results["sqliteCeiling"], results["sqliteCeilingGrouped"]
    op, pc = results["oasisPostgres"], results["postgresCopy"]
    rows = [
        ("Oasis, SQLite: HTTP line protocol, rollups, rules", o["readingsPerSecond"], o["seconds"], ""),
        (f"sqlite3 {c['sqlite']}: bare table, sorted, 1 batch per commit", c["readingsPerSecond"], c["seconds"],
         f"Oasis/ceiling {o['readingsPerSecond'] / c['readingsPerSecond']:.2f}"),
        (f"sqlite3 {g['sqlite']}: bare table, sorted, {g['batchesPerCommit']} batches per commit", g["readingsPerSecond"], g["seconds"],
         f"Oasis/ceiling {o['readingsPerSecond'] / g['readingsPerSecond']:.2f}"),
        ("Oasis, PostgreSQL 15: HTTP line protocol, rollups, rules", op["readingsPerSecond"], op["seconds"], ""),
        ("PostgreSQL COPY: bare table, same key, same batches", pc["readingsPerSecond"], pc["seconds"],
         f"Oasis/COPY {op['readingsPerSecond'] / pc['readingsPerSecond']:.2f}"),
    ]
    print(f"\nLifeline ingest: {readings.count:,} readings of {args.sensors:,} sensors, batches of {args.batch:,} "
          f"over {args.gateways} gateway connections, durable (SQLite WAL synchronous=FULL; PostgreSQL fsync on)\n")
    print(f"{'side':58} {'readings/s':>12} {'seconds':>8}  ratio")
    for name, rate, seconds, ratio in rows:
        print(f"{name:58} {rate:12,.0f} {seconds:8.2f}  {ratio}")
    print(f"\nalert changes found by the rules: SQLite {o['alertChanges']}, PostgreSQL {op['alertChanges']}")
    if results["stream"]:
        s = results["stream"]
        print(f"threshold → event on the live stream under the load ({s['gateways']} gateways, "
              f"{s['loadReadingsPerSecond']:,.0f} readings/s meanwhile): p50 {s['p50ms']:.1f} ms, p99 {s['p99ms']:.1f} ms, "
              f"max {s['maxms']:.1f} ms ({s['samples']} samples, {s['missing']} missing); the crossing reading's POST "
              f"acknowledged (durable): p50 {s['ackP50ms']:.1f} ms, p99 {s['ackP99ms']:.1f} ms")
    if "soak" in results:
        s = results["soak"]
        print(f"soak {s['minutes']} min at {s['rate']:,}/s: RSS {s['rssAfterMinute1MiB']} MiB after minute 1 → "
              f"{s['rssEndMiB']} MiB at the end ({s['growthPercent']:+.1f} %)")
    print(f"\nraw figures: {os.path.join(args.out, 'results.json')}")


if __name__ == "__main__":
    main()
