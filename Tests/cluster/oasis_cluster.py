# Copyright 2025 The Oasis Authors. Licensed under the Apache License, Version 2.0.
"""Shared pieces of the cluster and reliability drivers: a throwaway PostgreSQL, `oasis serve` processes,
nginx in front of them with deploy/nginx-oasis.conf, a webhook that records what the outbox sends, HTTP helpers
and the check list that ends with the plain 'N passed, N failed' line. Standard library only."""

import json
import os
import shutil
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PG_BIN = "/usr/lib/postgresql/15/bin"


class Checks:
    """Named checks; `report` prints the closing line and returns the exit status."""

    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name, ok, detail=""):
        mark = "ok  " if ok else "FAIL"
        print(f"[{mark}] {name}" + (f": {detail}" if detail else ""), flush=True)
        if ok:
            self.passed += 1
        else:
            self.failed += 1
        return ok

    def report(self):
        print(f"{self.passed} passed, {self.failed} failed", flush=True)
        return 0 if self.failed == 0 else 1


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request(method, url, body=None, headers=None, timeout=15):
    """(status, bytes); a refused connection or a timeout is status 0."""
    data = body.encode() if isinstance(body, str) else body
    req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()
    except (urllib.error.URLError, ConnectionError, TimeoutError, socket.timeout, OSError):
        return 0, b""


def wait_until(predicate, timeout, pause=0.2):
    """Seconds it took, or None when `predicate` stayed false for `timeout` seconds."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if predicate():
            return time.monotonic() - start
        time.sleep(pause)
    return None


class ThrowawayPostgres:
    """scripts/pg-throwaway: start, psql, restart (pg_ctl restart of the primary), stop."""

    def __init__(self):
        out = subprocess.run([os.path.join(ROOT, "scripts/pg-throwaway"), "start"], check=True, capture_output=True, text=True).stdout
        self.env = {}
        for line in out.splitlines():
            if line.startswith("export "):
                key, _, value = line[len("export "):].partition("=")
                self.env[key] = value.strip("'")
        self.url = self.env["OASIS_TEST_POSTGRES_URL"]
        self.dir = self.env["PG_THROWAWAY_DIR"]
        self.port = self.env["PG_THROWAWAY_PORT"]

    def _as_pg(self, args):
        prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        return subprocess.run(prefix + args, cwd=self.dir, capture_output=True, text=True, timeout=120)

    def scalar(self, sql):
        out = subprocess.run([f"{PG_BIN}/psql", "-X", "-q", "-t", "-A", self.url, "-c", sql], capture_output=True, text=True, timeout=30)
        return out.stdout.strip()

    def restart(self):
        sock = os.path.join(self.dir, "sock")
        done = self._as_pg([f"{PG_BIN}/pg_ctl", "-D", f"{self.dir}/data", "-l", f"{self.dir}/postgres.log", "-w", "-t", "60",
                            "-m", "fast", "-o", f"-p {self.port} -k {sock}", "restart"])
        return done.returncode == 0

    def stop(self):
        subprocess.run([os.path.join(ROOT, "scripts/pg-throwaway"), "stop", self.dir], capture_output=True)


def unit_command(binary, port, work):
    """deploy/oasis.service's ExecStart and Environment lines, with the binary, the port and /var/lib/oasis replaced."""
    command, env = None, {}
    with open(os.path.join(ROOT, "deploy/oasis.service")) as f:
        for line in f:
            line = line.strip()
            if line.startswith("ExecStart="):
                command = line[len("ExecStart="):].split()
            elif line.startswith("Environment="):
                key, _, value = line[len("Environment="):].partition("=")
                env[key] = value.replace("/var/lib/oasis", work)
    command[0] = binary
    command[command.index("--port") + 1] = str(port)
    return command, env


class Server:
    """One `oasis serve`, its log in `log_dir`; with `unit`, started as deploy/oasis.service starts it."""

    def __init__(self, binary, name, env, args, log_dir, unit=False):
        self.port = free_port()
        self.name = name
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = os.path.join(log_dir, f"{name}.log")
        self.log = open(self.log_path, "wb")
        command = [binary, "serve", "--host", "127.0.0.1", "--port", str(self.port)]
        if unit:
            command, unit_env = unit_command(binary, self.port, log_dir)
            env = dict(env, **unit_env)
        self.command = command + args
        self.process = subprocess.Popen(self.command, env=env, stdout=self.log, stderr=self.log, stdin=subprocess.DEVNULL)

    def ready(self, timeout=120):
        return wait_until(lambda: self.process.poll() is None and request("GET", self.url + "/healthz", timeout=2)[0] == 200, timeout)

    def stop(self, sig=15):
        if self.process.poll() is None:
            self.process.send_signal(sig)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()


class Nginx:
    """Debian's nginx, unprivileged, with its own prefix, serving deploy/nginx-oasis.conf on a loopback port with the
    example's upstream addresses replaced by the servers'."""

    def __init__(self, upstreams, work):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.prefix = os.path.join(work, "nginx")
        os.makedirs(os.path.join(self.prefix, "tmp"), exist_ok=True)
        with open(os.path.join(ROOT, "deploy/nginx-oasis.conf")) as f:
            site = f.read()
        site = site.replace("listen 80;", f"listen 127.0.0.1:{self.port};").replace("listen [::]:80;", "")
        servers = "\n".join(f"    server 127.0.0.1:{port} max_fails=3 fail_timeout=5s;" for port in upstreams)
        site = site.replace("    server 127.0.0.1:8080 max_fails=3 fail_timeout=5s;\n    server 127.0.0.1:8081 max_fails=3 fail_timeout=5s;", servers)
        with open(os.path.join(self.prefix, "oasis-site.conf"), "w") as f:
            f.write(site)
        p = self.prefix
        with open(os.path.join(p, "nginx.conf"), "w") as f:
            f.write(f"""worker_processes 1;
pid {p}/nginx.pid;
error_log {p}/error.log warn;
daemon off;
events {{ worker_connections 1024; }}
http {{
    access_log {p}/access.log;
    client_body_temp_path {p}/tmp/body;
    proxy_temp_path {p}/tmp/proxy;
    fastcgi_temp_path {p}/tmp/fastcgi;
    uwsgi_temp_path {p}/tmp/uwsgi;
    scgi_temp_path {p}/tmp/scgi;
    include {p}/oasis-site.conf;
}}
""")
        prefix_cmd = []
        if os.geteuid() == 0:
            # Unprivileged: nginx runs as nobody, in a prefix nobody owns.
            shutil.chown(work, "nobody")
            for dirpath, dirnames, filenames in os.walk(self.prefix):
                for name in dirnames + filenames:
                    shutil.chown(os.path.join(dirpath, name), "nobody")
            shutil.chown(self.prefix, "nobody")
            prefix_cmd = ["runuser", "-u", "nobody", "--"]
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        test = subprocess.run(prefix_cmd + [nginx, "-t", "-p", p, "-e", f"{p}/error.log", "-c", f"{p}/nginx.conf"], capture_output=True, text=True)
        self.config_ok = test.returncode == 0
        self.config_message = (test.stderr or test.stdout).strip().splitlines()[-1] if (test.stderr or test.stdout).strip() else ""
        self.process = subprocess.Popen(prefix_cmd + [nginx, "-p", p, "-e", f"{p}/error.log", "-c", f"{p}/nginx.conf"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)

    def ready(self, timeout=30):
        return wait_until(lambda: request("GET", self.url + "/healthz", timeout=2)[0] == 200, timeout)

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()


class Webhook:
    """Records every message the outbox posts (the notification transport's receiver)."""

    def __init__(self):
        self.messages = []
        lock = threading.Lock()
        messages = self.messages

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                with lock:
                    messages.append(json.loads(body))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self):
        self.server.shutdown()


def cli(binary, env, *args, stdin=None):
    """Runs an `oasis` command with `--json` and returns its decoded output."""
    out = subprocess.run([binary, *args, "--json"], env=env, input=stdin, capture_output=True, text=True, timeout=120)
    if out.returncode != 0:
        raise RuntimeError(f"oasis {' '.join(args)} failed ({out.returncode}): {out.stderr.strip()}")
    return json.loads(out.stdout)


def open311_post(base, api_key, index):
    """An Open311 request (a broken streetlight near Ürümqi's centre, moved a little each time): (status, id or None)."""
    form = urllib.parse.urlencode({
        "api_key": api_key, "service_code": "C0101", "lat": f"{43.8256 + (index % 50) * 0.0001:.6f}", "long": "87.6168",
        "email": f"citizen{index}@example.org", "description": f"cluster test request {index}",
    })
    status, body = request("POST", base + "/open311/v2/requests.json", form, {"Content-Type": "application/x-www-form-urlencoded"})
    if status not in (200, 201):
        return status, None
    try:
        return status, json.loads(body)[0]["service_request_id"]
    except (ValueError, KeyError, IndexError, TypeError):
        return status, None


def open311_found(base, case_id):
    status, body = request("GET", f"{base}/open311/v2/requests/{case_id}.json")
    if status != 200:
        return False
    try:
        return str(json.loads(body)[0]["service_request_id"]) == str(case_id)
    except (ValueError, KeyError, IndexError, TypeError):
        return False
