# Copyright 2025 The Oasis Authors. Licensed under the Apache License, Version 2.0.
"""kill -9 during Open311 intake and during a historical case import, on the embedded SQLite store: every request
Oasis acknowledged and every import it reported done is there after the crash, an interrupted import left nothing
(all or none of its rows), `PRAGMA integrity_check` answers ok and `oasis audit verify` finds the chain intact."""

import concurrent.futures
import os
import random
import sqlite3
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "cluster"))
from oasis_cluster import Server, cli, open311_post  # noqa: E402


def integrity(path):
    with sqlite3.connect(path, timeout=30) as db:
        return db.execute("PRAGMA integrity_check").fetchone()[0]


def audit_intact(binary, env, path):
    try:
        return cli(binary, env, "audit", "verify", "--database", path).get("intact") is True
    except RuntimeError:
        return False


def intake_crashes(checks, binary, env, work, rounds, rng):
    path = os.path.join(work, "intake.sqlite")
    env = dict(env, OASIS_DATABASE_URL=path)
    server = Server(binary, "intake-seed", env, ["--demo"], work)
    ready = server.ready()
    server.stop()
    if not checks.check("the embedded store is seeded for the intake crashes", ready is not None):
        return
    cli(binary, env, "user", "create", "--username", "citizen-crash", "--role", "citizen", "--password-stdin", stdin="crash-citizen-1\n")
    key = cli(binary, env, "user", "token", "--username", "citizen-crash", "--name", "crash")["token"]
    acked, lost, bad_integrity, broken_chain, posts = [], [], [], [], 0
    for n in range(rounds):
        server = Server(binary, f"intake-{n}", env, [], work)
        if server.ready(60) is None:
            checks.check(f"intake round {n}: the server restarts after kill -9", False, server.log_path)
            server.stop()
            return
        stop = threading.Event()
        got = []
        lock = threading.Lock()

        def client(offset):
            i = 0
            while not stop.is_set():
                status, case_id = open311_post(server.url, key, n * 100_000 + offset * 10_000 + i)
                i += 1
                if case_id is not None:
                    with lock:
                        got.append(int(case_id))
                elif status == 0:
                    return

        with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
            futures = [pool.submit(client, k) for k in range(8)]
            time.sleep(rng.uniform(0.3, 1.2))
            server.process.kill()  # SIGKILL, mid-write
            server.process.wait()
            stop.set()
            for f in futures:
                f.result()
        server.log.close()
        posts += len(got)
        acked += got
        with sqlite3.connect(path, timeout=30) as db:
            present = {row[0] for row in db.execute(f"SELECT id FROM cases WHERE id IN ({','.join('?' * len(got))})", got)} if got else set()
        lost += [i for i in got if i not in present]
        result = integrity(path)
        if result != "ok":
            bad_integrity.append((n, result))
        if n % 5 == 4 or n == rounds - 1:
            if not audit_intact(binary, env, path):
                broken_chain.append(n)
    checks.check(f"kill -9 during Open311 intake, {rounds} times: 0 acknowledged requests lost", not lost and posts > 0,
                 f"{posts} acknowledged, {len(lost)} lost" + (f": {lost[:5]}" if lost else ""))
    checks.check("intake crashes: PRAGMA integrity_check ok after every crash", not bad_integrity, f"{bad_integrity[:3]}" if bad_integrity else "")
    checks.check("intake crashes: the audit chain verifies (every 5th crash and the last)", not broken_chain, f"broken after {broken_chain}" if broken_chain else "")
    return posts


MAPPING = """{"name": "crash test", "externalId": "id",
 "createdAt": {"column": "created", "format": "iso8601", "timeZone": "Asia/Shanghai"},
 "category": {"column": "kind", "values": {"lamp": "C0101", "road": "C0601"}, "unmapped": "refuse"},
 "description": "text", "latitude": "lat", "longitude": "lon"}"""


def import_crashes(checks, binary, env, work, rounds, rows, rng):
    path = os.path.join(work, "import.sqlite")
    env = dict(env, OASIS_DATABASE_URL=path)
    mapping = os.path.join(work, "mapping.json")
    with open(mapping, "w") as f:
        f.write(MAPPING)
    cli(binary, env, "migrate")

    def write_file(n):
        name = os.path.join(work, f"cases-{n}.csv")
        with open(name, "w") as f:
            f.write("id,created,kind,text,lat,lon\n")
            for i in range(rows):
                f.write(f"r{n}-{i},2025-0{1 + i % 9}-1{i % 10}T0{i % 10}:15:00+08:00,{'lamp' if i % 3 else 'road'},"
                        f"historical case {i} of round {n},{43.80 + (i % 100) * 0.001:.3f},{87.60 + (i % 70) * 0.001:.3f}\n")
        return name

    def run(n, kill_after):
        name = write_file(n)
        start = time.monotonic()
        process = subprocess.Popen([binary, "cases", "import", name, "--mapping", mapping, "--database", path, "--json"], env=env,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
        try:
            process.wait(timeout=kill_after)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        out, _ = process.communicate()
        os.remove(name)
        return process.returncode, time.monotonic() - start

    code, duration = run("warmup", 120)
    if not checks.check(f"a {rows}-row case import completes untouched", code == 0, f"{duration:.1f} s"):
        return
    done, interrupted, torn, bad_integrity = 0, 0, [], []
    for n in range(rounds):
        code, _ = run(n, rng.uniform(0.05, duration * 1.3))
        with sqlite3.connect(path, timeout=30) as db:
            count = db.execute("SELECT count(*) FROM cases WHERE external_id LIKE ?", (f"r{n}-%",)).fetchone()[0]
        if code == 0:
            done += 1
            if count != rows:
                torn.append((n, "reported done", count))
        else:
            interrupted += 1
            if count not in (0, rows):
                torn.append((n, "killed", count))
        result = integrity(path)
        if result != "ok":
            bad_integrity.append((n, result))
    checks.check(f"kill -9 during a case import, {rounds} times: all or none of each file's {rows} rows, none lost when reported done",
                 not torn, f"{done} completed, {interrupted} killed" + (f"; torn {torn[:3]}" if torn else ""))
    checks.check("import crashes: PRAGMA integrity_check ok after every crash", not bad_integrity, f"{bad_integrity[:3]}" if bad_integrity else "")
    checks.check("import crashes: the audit chain verifies", audit_intact(binary, env, path))
    return done, interrupted
