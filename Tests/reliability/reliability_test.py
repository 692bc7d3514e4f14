#!/usr/bin/env python3
# Copyright 2025 The Oasis Authors. Licensed under the Apache License, Version 2.0.
"""The reliability suite (issue 15, item 6), bounded for CI: kill -9 during Open311 intake and during a case import
(20 times each), schemathesis over /openapi.json anonymous and authenticated, and a bad-input corpus over HTTP and
the CLI. Prints its figures and ends with 'N passed, N failed'. The role x route x scope matrix is a Swift test
(RoleRouteMatrixTests, ScopeMatrixTests), run by `swift test`.

    python3 Tests/reliability/reliability_test.py --binary .build/debug/oasis [--schemathesis PATH] [--rounds 20]
"""

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "cluster"))
sys.path.insert(0, HERE)
from oasis_cluster import Checks, Server, cli  # noqa: E402
import bad_input_test  # noqa: E402
import crash_test  # noqa: E402

# Operations that would end the fuzzer's own session (its token's user disabled, its password reset or changed, its
# sessions or tokens revoked): fuzzed anonymously and in the Swift tests, left out of the authenticated run so that
# it keeps testing as a signed-in user.
SELF_ENDING = r"^/api/v1/(users/\{id\}/(disable|password-reset|tokens/.*)|me/(password|sessions/revoke-all)|users/\{id\})$"


def schemathesis(checks, tool, server, token, label, max_examples, max_time, work):
    args = [tool, "run", server.url + "/openapi.json", "--url", server.url, "--checks", CHECKS, "--max-examples", str(max_examples),
            "--max-time", str(max_time), "--seed", "15", "--no-color", "--generation-database", "none", "--workers", "1",
            "--request-timeout", "20", "--suppress-health-check", "all", "--phases", "examples,coverage,fuzzing"]
    if token:
        args += ["--header", f"Authorization: Bearer {token}", "--exclude-path-regex", SELF_ENDING]
    start = time.monotonic()
    log = os.path.join(work, f"schemathesis-{label}.log")
    with open(log, "w") as out:
        # In the scratch folder: schemathesis keeps a cache of what it found in its working directory.
        done = subprocess.run(args, stdout=out, stderr=subprocess.STDOUT, timeout=max_time + 120, cwd=work)
    with open(log, errors="replace") as f:
        text = f.read()
    summary = [line.strip() for line in text.splitlines() if re.search(r"\b(passed|failed|errors?)\b.*in [0-9.]+s", line)]
    operations = re.search(r"API Operations:\s*(.*)", text)
    cases = re.search(r"Test cases:\s*(.*)", text)
    detail = f"{(operations.group(1) if operations else '?')}; test cases {(cases.group(1) if cases else '?')}; {time.monotonic() - start:.0f} s"
    ok = checks.check(f"schemathesis {label}: 0 failures ({CHECKS})", done.returncode == 0, detail)
    if not ok:
        print("\n".join(text.splitlines()[-60:]))
    return summary


CHECKS = "not_a_server_error,status_code_conformance,content_type_conformance"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--schemathesis", help="the schemathesis command (without it that part fails)")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--import-rows", type=int, default=20_000)
    parser.add_argument("--max-examples", type=int, default=8)
    parser.add_argument("--max-time", type=int, default=40)
    parser.add_argument("--parts", default="intake,import,corpus,schemathesis", help="which parts to run (comma-separated)")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    checks = Checks()
    rng = random.Random(15)
    work = tempfile.mkdtemp(prefix="oasis-reliability-")
    env = {k: v for k, v in os.environ.items() if not k.startswith("OASIS_")}
    env.update({"OASIS_ADMIN_PASSWORD": "reliability-admin-1", "OASIS_BCRYPT_COST": "4", "OASIS_LOG_LEVEL": "warning",
                "OASIS_INTAKE_POSTS_PER_MINUTE": "1000000"})
    figures = []
    started = time.monotonic()

    parts = set(args.parts.split(","))
    t0 = time.monotonic()
    if "intake" in parts:
        posts = crash_test.intake_crashes(checks, binary, env, work, args.rounds, rng)
        figures.append(f"kill -9 during intake: {args.rounds} crashes, {posts} acknowledged requests checked, {time.monotonic() - t0:.0f} s")
    t0 = time.monotonic()
    outcome = crash_test.import_crashes(checks, binary, env, work, args.rounds, args.import_rows, rng) if "import" in parts else None
    if outcome:
        figures.append(f"kill -9 during case import: {args.rounds} runs of {args.import_rows} rows, {outcome[0]} completed, "
                       f"{outcome[1]} killed, {time.monotonic() - t0:.0f} s")

    path = os.path.join(work, "corpus.sqlite")
    server_env = dict(env, OASIS_DATABASE_URL=path)
    cli(binary, server_env, "migrate")
    server = Server(binary, "corpus", server_env, ["--demo"], work)
    try:
        checks.check("a server on the embedded store for the corpus and schemathesis", server.ready() is not None)
        admin = cli(binary, server_env, "user", "token", "--username", "admin", "--name", "reliability")["token"]
        cli(binary, server_env, "user", "create", "--username", "citizen-corpus", "--role", "citizen", "--password-stdin",
            stdin="corpus-citizen-1\n")
        citizen = cli(binary, server_env, "user", "token", "--username", "citizen-corpus", "--name", "corpus")["token"]
        t0 = time.monotonic()
        if "corpus" in parts:
            sent = bad_input_test.http_corpus(checks, server, path, admin, citizen, rng)
            run = bad_input_test.cli_corpus(checks, binary, env, work, rng)
            figures.append(f"bad-input corpus: {sent} over HTTP, {run} on the CLI, {time.monotonic() - t0:.0f} s")
        if "schemathesis" in parts and checks.check("schemathesis is installed", bool(args.schemathesis), args.schemathesis or "pass --schemathesis"):
            for label, token in (("anonymous", None), ("authenticated (administrator)", admin)):
                t0 = time.monotonic()
                schemathesis(checks, os.path.abspath(args.schemathesis), server, token, label, args.max_examples, args.max_time, work)
                figures.append(f"schemathesis {label}: {time.monotonic() - t0:.0f} s")
        checks.check("the server survived schemathesis", server.process.poll() is None)
    except Exception as error:
        checks.check("the reliability suite ran to its end", False, repr(error))
    finally:
        server.stop()
    print("---- reliability figures ----")
    for line in figures:
        print("  " + line)
    print(f"  total {time.monotonic() - started:.0f} s")
    if checks.failed == 0:
        shutil.rmtree(work, ignore_errors=True)  # kept when something failed: the servers' logs are there
    return checks.report()


if __name__ == "__main__":
    sys.exit(main())
