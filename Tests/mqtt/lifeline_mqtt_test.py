#!/usr/bin/env python3
# Copyright 2025 The Oasis Authors. Licensed under the Apache License, Version 2.0.
"""End-to-end test of the lifeline's MQTT path (issue 18): `mosquitto_pub` → Debian's mosquitto → `oasis serve`.

Starts mosquitto on 127.0.0.1 with a free port, a throwaway config and a password file (no system service), and
`oasis serve` subscribed to it (lifelineMQTTURL with the broker's user and password, lifelineMQTTToken a gateway
account's API token), on SQLite and — when OASIS_TEST_POSTGRES_URL is set — on a fresh database of that PostgreSQL.
On each store:

  1. the registry through the API (a gas main and a manhole, three sensors with thresholds);
  2. `mosquitto_pub -q 1` of a JSON batch whose gas reading (30 %LEL, level II from 25) was taken 7.5 minutes ago:
     the alert is level II (orange); the escalator, finding it unacknowledged for more than the 5 minutes of
     `lifeline_escalation_minutes`, raises it one tier (the alert's age is 1.5 tiers: district, not city);
     acknowledged and dispatched it files a case for the owner unit due 30 minutes after the dispatch;
  3. a poison message (not line protocol) is logged with its line and acknowledged, and the bare number after it
     (`3.5` on oasis/lifeline/MH-LVL) still becomes a level II alert;
  4. Oasis stopped, a line-protocol reading published with QoS 1 while it is down, Oasis started again: the reading
     arrives (persistent session) and opens its alert; the poison is not delivered a second time.

Every wait is bounded (20 s; 35 s for the escalation, whose round is 15 s) and fails with what was awaited.
Without mosquitto the test is skipped with the reason, and fails instead under OASIS_FORBID_SKIPS=1.

    python3 Tests/mqtt/lifeline_mqtt_test.py --binary .build/debug/oasis

The last line printed is always `N passed, N failed` (a skip prints `0 passed, 0 failed` after the reason).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "e2e"))

# The browser test's gas main and manhole (GeoJSON) and their owner unit.
from lifeline_day_test import ASSETS, UNIT  # noqa: E402

WAIT = 20.0
ESCALATION_WAIT = 35.0
PG_BIN = "/usr/lib/postgresql/15/bin"

# Level IV from 10, III from 20, II from 25, I from 50 %LEL; the manhole's water level IV from 1 m … I from 4 m.
SENSORS = (
    "code,quantity,unit,asset,rules\n"
    'GM-CH4,gas_concentration,%LEL,GM-1,"[{""kind"":""threshold"",""direction"":""above"",'
    '""limits"":{""4"":10,""3"":20,""2"":25,""1"":50},""hysteresis"":2}]"\n'
    'MH-LVL,level,m,MH-1,"[{""kind"":""threshold"",""direction"":""above"",""limits"":{""4"":1,""3"":2,""2"":3,""1"":4},""hysteresis"":0.1}]"\n'
    'MH-LVL-B,level,m,MH-1,"[{""kind"":""threshold"",""direction"":""above"",""limits"":{""4"":1,""3"":2,""2"":3,""1"":4},""hysteresis"":0.1}]"\n'
)


def log(message: str) -> None:
    print(f"[mqtt] {message}", flush=True)


class Results:
    def __init__(self) -> None:
        self.passed = 0
        self.failed = 0

    def check(self, name: str, ok: bool, detail: str = "") -> bool:
        if ok:
            self.passed += 1
            log(f"PASS {name}")
        else:
            self.failed += 1
            log(f"FAIL {name}{': ' + detail if detail else ''}")
        return ok


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(what: str, probe, timeout: float = WAIT, pause: float = 0.5):
    """The first truthy value of `probe()`; raises naming `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    last_error = None
    while time.monotonic() < deadline:
        try:
            value = probe()
            if value:
                return value
        except (OSError, ValueError, KeyError) as error:
            last_error = error
        time.sleep(pause)
    raise TimeoutError(f"{what}: not within {timeout:.0f} s" + (f" (last error: {last_error})" if last_error else ""))


def iso(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def parse_time(text: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


class Broker:
    """mosquitto on a free loopback port with its own config, password file and log."""

    def __init__(self, work: str) -> None:
        self.port = free_port()
        self.log_path = os.path.join(work, "mosquitto.log")
        self.user, self.password = "oasis", "mq-" + secrets.token_hex(6)
        self.publisher, self.publisher_password = "gateway", "pub-" + secrets.token_hex(6)
        passwords = os.path.join(work, "mosquitto.passwd")
        for user, password in ((self.user, self.password), (self.publisher, self.publisher_password)):
            args = ["mosquitto_passwd", "-b", passwords, user, password]
            if not os.path.exists(passwords):
                args.insert(1, "-c")
            subprocess.run(args, check=True, capture_output=True, timeout=30)
        os.chmod(passwords, 0o600)
        config = os.path.join(work, "mosquitto.conf")
        with open(config, "w") as f:
            f.write(
                # `user`: run as whoever runs the test (as root mosquitto would switch to `mosquitto`, who cannot read the
                # throwaway directory).
                f"user {pwd.getpwuid(os.geteuid()).pw_name}\n"
                f"listener {self.port} 127.0.0.1\nallow_anonymous false\npassword_file {passwords}\npersistence false\n"
                # A log file is written line by line (stdout is buffered); `all` names every packet it receives.
                f"log_dest file {self.log_path}\nlog_type all\n"
            )
        self.config, self.out_path = config, os.path.join(work, "mosquitto.out")
        self.start()

    def start(self) -> None:
        with open(self.out_path, "ab") as out:
            self.proc = subprocess.Popen([mosquitto_binary(), "-c", self.config], stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        wait_for("mosquitto listening", self._listening)

    def _listening(self) -> bool:
        if self.proc.poll() is not None:
            raise RuntimeError(f"mosquitto exited with {self.proc.returncode}: {self.log()[-600:]}")
        with socket.socket() as s:
            s.settimeout(0.5)
            return s.connect_ex(("127.0.0.1", self.port)) == 0

    def log(self) -> str:
        if not os.path.exists(self.log_path):
            return ""
        with open(self.log_path, encoding="utf-8", errors="replace") as f:
            return f.read()

    @property
    def url(self) -> str:
        return f"mqtt://{self.user}:{self.password}@127.0.0.1:{self.port}"

    def publish(self, topic: str, message: str) -> None:
        """mosquitto_pub with QoS 1: it returns once the broker acknowledged (stored) the message."""
        done = subprocess.run(
            ["mosquitto_pub", "-h", "127.0.0.1", "-p", str(self.port), "-u", self.publisher, "-P", self.publisher_password,
             "-q", "1", "-t", topic, "-m", message],
            capture_output=True, text=True, timeout=20, check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"mosquitto_pub exited {done.returncode}: {done.stderr.strip()}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()


class Oasis:
    """`oasis serve` on one store, started and stopped as an operator would; each run logs to its own file."""

    def __init__(self, binary: str, work: str, database: str, postgres: bool) -> None:
        self.binary, self.work, self.database, self.postgres = binary, work, database, postgres
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.password = "admin-" + secrets.token_urlsafe(10)
        self.proc: subprocess.Popen | None = None
        self.runs = 0
        self.log_path = ""

    def env(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("OASIS_") or k in ("OASIS_FORBID_SKIPS",)}
        env["OASIS_ADMIN_PASSWORD"] = self.password
        env.update(extra or {})
        return env

    def start(self, extra: dict[str, str] | None = None) -> None:
        self.runs += 1
        self.log_path = os.path.join(self.work, f"oasis-{self.runs}.log")
        args = [self.binary, "serve", "--host", "127.0.0.1", "--port", str(self.port), "--database", self.database, "--log-level", "info"]
        if self.postgres:
            args.append("--demo")
        with open(self.log_path, "wb") as out:
            self.proc = subprocess.Popen(args, env=self.env(extra), stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                         start_new_session=True, cwd=self.work)
        wait_for("oasis /readyz", self._ready, timeout=120)

    def _ready(self) -> bool:
        if self.proc and self.proc.poll() is not None:
            raise RuntimeError(f"oasis exited with {self.proc.returncode}: {self.log()[-1500:]}")
        try:
            with urllib.request.urlopen(self.base + "/readyz", timeout=2) as response:
                return response.status == 200
        except (urllib.error.URLError, OSError):
            return False

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                log("oasis did not stop 20 s after SIGTERM; killing it")
                self.proc.kill()
                self.proc.wait(timeout=10)

    def log(self) -> str:
        with open(self.log_path, encoding="utf-8", errors="replace") as f:
            return f.read()

    def cli(self, args: list[str], stdin: str | None = None) -> str:
        done = subprocess.run([self.binary, *args, "--database", self.database], input=stdin, capture_output=True, text=True,
                              env=self.env(), timeout=120, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"oasis {' '.join(args)} exited {done.returncode}: {done.stderr.strip()[:400]}")
        return done.stdout

    def user_token(self, username: str, role: str) -> str:
        self.cli(["user", "create", "--username", username, "--role", role, "--region", "650100", "--password-stdin"],
                 stdin="pw-" + secrets.token_urlsafe(12) + "\n")
        return json.loads(self.cli(["user", "token", "--username", username, "--name", "mqtt-test", "--json"]))["token"]

    def api(self, method: str, path: str, token: str, body: str | None = None, content_type: str = "application/json"):
        data = body.encode() if body is not None else (b"" if method != "GET" else None)
        request = urllib.request.Request(self.base + path, data=data, method=method,
                                         headers={"Authorization": f"Bearer {token}", "Content-Type": content_type})
        try:
            with urllib.request.urlopen(request, timeout=15) as response:
                return response.status, json.loads(response.read() or b"null")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(errors="replace")

    def alert(self, token: str, sensor: str):
        status, body = self.api("GET", "/api/v1/lifeline/alerts", token)
        if status != 200:
            raise ValueError(f"GET alerts: {status} {body}")
        return next((a for a in body["items"] if a["sensor"] == sensor), None)


def scenario(results: Results, binary: str, broker: Broker, work: str, database: str, store: str) -> None:
    oasis = Oasis(binary, work, database, postgres=store == "PostgreSQL")
    try:
        # First start: migration and the demo (with its register of units); then the accounts with the CLI.
        oasis.start()
        oasis.stop()
        gateway = oasis.user_token("mqtt-gateway", "analyst")
        duty = oasis.user_token("mqtt-duty", "dispatcher")
        mqtt = {"OASIS_LIFELINE_MQTT_URL": broker.url, "OASIS_LIFELINE_MQTT_TOKEN": gateway,
                "OASIS_LIFELINE_MQTT_CLIENT_ID": f"oasis-test-{store.lower()}-{secrets.token_hex(3)}"}
        oasis.start(mqtt)
        results.check(f"{store}: subscribed to oasis/lifeline/#",
                      bool(wait_for("the subscriber's 'subscribed' line", lambda: "lifeline MQTT: subscribed" in oasis.log())))

        status, body = oasis.api("PUT", "/api/v1/lifeline/assets?region=650100", gateway, json.dumps(ASSETS, ensure_ascii=False),
                                 "application/geo+json")
        results.check(f"{store}: assets registered through the API", status == 200, f"{status} {body}")
        status, body = oasis.api("PUT", "/api/v1/lifeline/sensors", gateway, SENSORS, "text/csv")
        results.check(f"{store}: sensors registered through the API", status == 200, f"{status} {body}")

        # 2. A JSON batch through the broker: 30 %LEL taken 7.5 minutes ago.
        taken = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(minutes=7.5)
        broker.publish("oasis/lifeline/GM-1", json.dumps({"readings": [{"sensor": "GM-CH4", "time": iso(taken), "value": 30}]}))
        alert = wait_for("the GM-CH4 alert", lambda: oasis.alert(duty, "GM-CH4"))
        results.check(f"{store}: the published reading is a level II alert", alert["level"] == 2 and alert["lastValue"] == 30, str(alert))
        results.check(f"{store}: the alert belongs to the owner unit", alert["ownerUnit"] == UNIT, str(alert))
        escalated = wait_for("the escalation of the unacknowledged alert",
                             lambda: (a := oasis.alert(duty, "GM-CH4")) and a["escalation"] != 0 and a, timeout=ESCALATION_WAIT)
        results.check(f"{store}: unacknowledged for 7.5 min (tiers of 5 min), it is escalated one tier, to the district",
                      escalated["escalation"] in (1, "district"), str(escalated))
        status, body = oasis.api("POST", f"/api/v1/lifeline/alerts/{alert['id']}/acknowledge", duty)
        results.check(f"{store}: acknowledged", status == 200, f"{status} {body}")
        status, body = oasis.api("POST", f"/api/v1/lifeline/alerts/{alert['id']}/dispatch", duty)
        if results.check(f"{store}: dispatched", status == 200 and body.get("caseID") is not None, f"{status} {body}"):
            _, case = oasis.api("GET", f"/api/v1/cases/{body['caseID']}", duty)
            unit = (case.get("workflow") or {}).get("unit") if isinstance(case, dict) else None
            results.check(f"{store}: the case is for the owner unit", unit == UNIT, str(case)[:400])
            resolve_by = ((case.get("deadlines") or {}).get("resolveBy")) if isinstance(case, dict) else None
            expected = parse_time(body["dispatchedAt"]) + datetime.timedelta(minutes=30)
            results.check(f"{store}: the case is due 30 minutes after the dispatch", resolve_by is not None and parse_time(resolve_by) == expected,
                          f"resolveBy {resolve_by}, expected {iso(expected)}")

        # 3. Poison, then a bare number behind it.
        broker.publish("oasis/lifeline/GM-CH4", "this is not line protocol")
        refused = wait_for("the poison message's log line", lambda: [l for l in oasis.log().splitlines() if "message refused and acknowledged" in l])
        results.check(f"{store}: a bad payload is logged with its line and acknowledged", "line 1" in refused[0], refused[0])
        with urllib.request.urlopen(oasis.base + "/metrics", timeout=10) as response:
            metrics = response.read().decode()
        counted = [line for line in metrics.splitlines() if line.startswith("oasis_lifeline_mqtt_messages_total")]
        results.check(f"{store}: /metrics counts the stored message and the refused one",
                      any('outcome="rejected"' in line and line.endswith(" 1") for line in counted)
                      and any('outcome="stored"' in line and line.endswith(" 1") for line in counted), "\n".join(counted) or metrics[:300])
        broker.publish("oasis/lifeline/MH-LVL", "3.5")
        manhole = wait_for("the MH-LVL alert from the bare number", lambda: oasis.alert(duty, "MH-LVL"))
        results.check(f"{store}: a bare number on oasis/lifeline/MH-LVL is that sensor's reading (level II)",
                      manhole["level"] == 2 and manhole["lastValue"] == 3.5, str(manhole))

        # 4. Published while Oasis is down, delivered after its restart.
        oasis.stop()
        client_id = mqtt["OASIS_LIFELINE_MQTT_CLIENT_ID"]
        said_goodbye = wait_for("mosquitto's note of the DISCONNECT", lambda: f"Received DISCONNECT from {client_id}" in broker.log(), timeout=5)
        results.check(f"{store}: DISCONNECT on shutdown", said_goodbye and "lifeline MQTT: disconnected (shutdown)" in oasis.log(),
                      oasis.log()[-600:])
        taken_ns = time.time_ns() - 60 * 1_000_000_000
        broker.publish("oasis/lifeline/MH-1", f"level,sensor=MH-LVL-B value=4.5 {taken_ns}")
        oasis.start(mqtt)
        late = wait_for("the reading published while Oasis was down", lambda: oasis.alert(duty, "MH-LVL-B"))
        results.check(f"{store}: the QoS 1 reading published while Oasis was down arrives after the restart (level I)",
                      late["level"] == 1 and late["lastValue"] == 4.5, str(late))
        # The broker sent it as QoS 1 and had its PUBACK (after the commit the alert proves).
        acked = wait_for("mosquitto's note of the PUBACK", lambda: broker.log().count(f"Received PUBACK from {client_id}"), timeout=5)
        # Keep-alive 30 s: a PINGREQ every 15 s, and the first run lasted longer than that (the escalation's wait).
        pings = broker.log().count(f"Received PINGREQ from {client_id}")
        results.check(f"{store}: CONNECT with keep-alive 30 and a persistent session; PINGREQ sent",
                      f"as {client_id} (p2, c0, k30, u'{broker.user}')" in broker.log() and pings >= 1, f"{pings} PINGREQs")
        results.check(f"{store}: every QoS 1 message was acknowledged with PUBACK (JSON, poison, number, line protocol: 4)", acked == 4,
                      f"{acked} PUBACKs")
        results.check(f"{store}: the broker kept the session", "sessionPresent: true" in oasis.log() or "sessionPresent=true" in oasis.log(),
                      oasis.log()[-800:])
        results.check(f"{store}: the acknowledged poison is not delivered again", "message refused" not in oasis.log(), oasis.log()[-800:])

        # 5. The broker restarted (without persistence: the session is gone): Oasis reconnects, subscribes again and
        #    takes the next reading.
        broker.stop()
        broker.start()
        wait_for("Oasis subscribed again after the broker's restart", lambda: oasis.log().count("lifeline MQTT: subscribed") >= 2)
        results.check(f"{store}: the lost broker is logged once", oasis.log().count("lifeline MQTT: not connected") == 1,
                      "\n".join(l for l in oasis.log().splitlines() if "lifeline MQTT" in l))
        broker.publish("oasis/lifeline/GM-CH4", "60")
        raised = wait_for("the reading after the broker's restart", lambda: (a := oasis.alert(duty, "GM-CH4")) and a["lastValue"] == 60 and a)
        results.check(f"{store}: after reconnecting, a reading of 60 %LEL raises the dispatched alert to level I", raised["level"] == 1, str(raised))
    except Exception as error:  # noqa: BLE001 - every failure is reported as a failed check with its reason
        results.check(f"{store}: scenario", False, f"{type(error).__name__}: {error}")
        if oasis.log_path and os.path.exists(oasis.log_path):
            log("oasis log (tail):\n" + oasis.log()[-2500:])
    finally:
        oasis.stop()


def mosquitto_binary() -> str | None:
    return shutil.which("mosquitto") or (os.path.exists("/usr/sbin/mosquitto") and "/usr/sbin/mosquitto") or None


def fresh_postgres_database(url: str) -> tuple[str, callable]:
    """A new database on the server of `url` (its role may create databases), and how to drop it."""
    name = "oasis_mqtt_" + secrets.token_hex(4)
    psql = os.path.join(PG_BIN, "psql") if os.path.exists(os.path.join(PG_BIN, "psql")) else "psql"
    subprocess.run([psql, "-X", "-q", "-v", "ON_ERROR_STOP=1", url, "-c", f"CREATE DATABASE {name}"], check=True, capture_output=True, timeout=60)
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit(parts._replace(path="/" + name)), lambda: subprocess.run(
        [psql, "-X", "-q", url, "-c", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"], capture_output=True, timeout=60)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    args = parser.parse_args()
    results = Results()
    missing = [tool for tool, found in (("mosquitto", mosquitto_binary()), ("mosquitto_pub", shutil.which("mosquitto_pub")),
                                        ("mosquitto_passwd", shutil.which("mosquitto_passwd"))) if not found]
    if missing:
        reason = f"{', '.join(missing)} not installed (Debian: apt-get install mosquitto mosquitto-clients)"
        if os.environ.get("OASIS_FORBID_SKIPS") == "1":
            results.check("mosquitto present (OASIS_FORBID_SKIPS=1)", False, reason)
        else:
            log(f"SKIPPED: {reason}")
        print(f"{results.passed} passed, {results.failed} failed")
        return 1 if results.failed else 0
    work = tempfile.mkdtemp(prefix="oasis-mqtt-")
    try:
        broker = Broker(work)
    except (OSError, RuntimeError, TimeoutError, subprocess.SubprocessError) as error:
        results.check("mosquitto starts", False, str(error))
        print(f"{results.passed} passed, {results.failed} failed")
        return 1
    try:
        sqlite_dir = os.path.join(work, "sqlite")
        os.makedirs(sqlite_dir)
        scenario(results, os.path.abspath(args.binary), broker, sqlite_dir, os.path.join(sqlite_dir, "oasis.sqlite"), "SQLite")
        pg_url = os.environ.get("OASIS_TEST_POSTGRES_URL")
        if pg_url:
            pg_dir = os.path.join(work, "postgres")
            os.makedirs(pg_dir)
            database, drop = fresh_postgres_database(pg_url)
            try:
                scenario(results, os.path.abspath(args.binary), broker, pg_dir, database, "PostgreSQL")
            finally:
                drop()
        else:
            log("OASIS_TEST_POSTGRES_URL is not set: PostgreSQL not tried")
    finally:
        broker.stop()
        if results.failed == 0:
            shutil.rmtree(work, ignore_errors=True)
        else:
            log(f"logs kept in {work}")
    print(f"{results.passed} passed, {results.failed} failed")
    return 1 if results.failed else 0


if __name__ == "__main__":
    sys.exit(main())
