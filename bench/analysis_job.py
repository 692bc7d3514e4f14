#!/usr/bin/env python3
"""bench/analysis-job (issue 16): the living-circle access analysis of the 8x8 tiled golden Helsinki graph
(oasis-access-bench --tile 8 --artefact, facility types renamed to GB 50180's) over 20,000 residences, run
  - by the command line: `oasis analyse access --network tiled.oasisnet --database A --record --period 2026
    --region 650103` (process start, loading the artefact, reading the layers, the analysis, recording), and
  - as a background job: `oasis serve` on database B, POST /api/v1/analysis-jobs with the same artefact as the body,
    then the job polled every 0.1 s until it ends (upload, loading, reading, analysis, recording), and the job's
    own started → finished time.
Both stores are seeded the same way (the demo, then the same residences layer). The two must record the same
figures (compared row by row); the ratio job ÷ CLI is printed. Issue 16's goal: within 10 %."""

import argparse
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "Tests", "cluster"))
from oasis_cluster import Server, cli  # noqa: E402

RENAME = "school=primary_school,health=clinic,grocery=market,sports=sports,library=culture,park=playground,shelter_social=elderly_care"
PASSWORD = "bench-admin-password-1"


def residences(nodes_csv, count, path):
    with open(nodes_csv) as f:
        rows = [line.strip().split(",") for line in f.readlines()[1:]]
    rng = random.Random(16)
    chosen = rng.sample(rows, min(count, len(rows)))
    features = [{"type": "Feature", "id": f"r{i}", "geometry": {"type": "Point", "coordinates": [float(r[1]) + 0.00005, float(r[2]) + 0.00005]},
                 "properties": {"population": rng.randint(20, 400), "region_code": "650103"}} for i, r in enumerate(chosen)]
    with open(path, "w") as f:
        json.dump({"type": "FeatureCollection", "features": features}, f)


def store(binary, folder, name, layer):
    """A demo store (seeded by a first start of the server) with the residences layer."""
    db = os.path.join(folder, f"{name}.sqlite")
    env = dict(os.environ, OASIS_ADMIN_PASSWORD=PASSWORD, OASIS_LOG_LEVEL="error", OASIS_ANALYSIS_FOLDER=os.path.join(folder, f"{name}-networks"))
    server = Server(binary, f"seed-{name}", env, ["--database", db, "--demo"], folder)
    assert server.ready() is not None, f"the server for {name} did not start"
    server.stop()
    cli(binary, env, "layers", "import", "residences", layer, "--database", db)
    return db, env


def figures(db):
    with sqlite3.connect(db) as c:
        return sorted(c.execute("SELECT region_code, indicator, period, numerator, denominator FROM analysis_results WHERE analysis = 'access'"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--access-bench", required=True)
    parser.add_argument("--data", required=True, help="the golden helsinki-access folder")
    parser.add_argument("--residences", type=int, default=20000)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    out = args.out
    os.makedirs(out, exist_ok=True)
    artefact = os.path.join(out, "tiled8.oasisnet")
    tiled = os.path.join(out, "tiled8")
    made = subprocess.run([args.access_bench, "--data", args.data, "--tile", "8", "--repetitions", "1", "--export", tiled,
                           "--artefact", artefact, "--rename", RENAME], capture_output=True, text=True, timeout=900)
    assert made.returncode == 0, made.stderr
    network = json.loads(made.stdout.strip().splitlines()[-1])
    layer = os.path.join(out, "residences.geojson")
    residences(os.path.join(tiled, "nodes.csv"), args.residences, layer)

    db_cli, env_cli = store(args.binary, out, "cli", layer)
    db_web, env_web = store(args.binary, out, "web", layer)

    start = time.monotonic()
    done = subprocess.run([args.binary, "analyse", "access", "--network", artefact, "--database", db_cli, "--record", "--period", "2026",
                           "--region", "650103", "--quiet"], env=env_cli, capture_output=True, text=True, timeout=3600)
    cli_seconds = time.monotonic() - start
    assert done.returncode == 0, done.stderr

    server = Server(args.binary, "web", env_web, ["--database", db_web, "--no-demo"], out)
    try:
        assert server.ready() is not None, "the server did not start"
        token = cli(args.binary, env_web, "user", "token", "--username", "admin", "--name", "bench", "--database", db_web)["token"]
        with open(artefact, "rb") as f:
            body = f.read()
        start = time.monotonic()
        request = urllib.request.Request(
            server.url + "/api/v1/analysis-jobs?region=650103&period=2026&analyses=access&fileName=tiled8.oasisnet", data=body, method="POST",
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/octet-stream"})
        with urllib.request.urlopen(request, timeout=600) as response:
            job = json.loads(response.read())
        while True:
            with urllib.request.urlopen(urllib.request.Request(server.url + f"/api/v1/analysis-jobs/{job['id']}",
                                                               headers={"Authorization": f"Bearer {token}"}), timeout=60) as response:
                job = json.loads(response.read())
            if job["state"] not in ("queued", "running"):
                break
            time.sleep(0.1)
        web_seconds = time.monotonic() - start
    finally:
        server.stop()
    assert job["state"] == "succeeded", job
    from datetime import datetime
    own = (datetime.fromisoformat(job["finishedAt"].replace("Z", "+00:00")) - datetime.fromisoformat(job["startedAt"].replace("Z", "+00:00"))).total_seconds()
    same = figures(db_cli) == figures(db_web)
    result = {"nodes": network["nodes"], "edges": network["edges"], "residences": args.residences, "artefactBytes": len(body),
              "cliSeconds": round(cli_seconds, 3), "jobSeconds": round(web_seconds, 3), "jobOwnSeconds": own,
              "ratio": round(web_seconds / cli_seconds, 3), "sameFigures": same, "figures": len(figures(db_web))}
    with open(os.path.join(out, "result.json"), "w") as f:
        json.dump(result, f, indent=1)
    print(f"access analysis, 8x8 tiled Helsinki ({network['nodes']:,} nodes, {network['edges']:,} edges), {args.residences:,} residences, release build")
    print(f"  command line (oasis analyse access --record, whole process): {cli_seconds:8.2f} s")
    print(f"  background job (upload {len(body) / 1e6:.1f} MB → job ended, polled):  {web_seconds:8.2f} s   (the job's own run: {own:.2f} s)")
    print(f"  ratio job ÷ command line: {web_seconds / cli_seconds:.3f}   (goal ≤ 1.10)   same {len(figures(db_web))} figures recorded: {same}")
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
