# Copyright 2025 The Oasis Authors. Licensed under the Apache License, Version 2.0.
"""What every Oasis browser test shares: the server under test, headless Chromium, a browser with helpers,
the pass/fail report, the overflow check and screenshots.

A test file defines `scenario(results, server, browser, password)` and ends with

    if __name__ == "__main__":
        sys.exit(oasis_browser.main(__doc__, scenario))

`main` parses `--binary` (the oasis executable), `--screenshots` (a folder; default a new temp folder, kept and
printed) and `--keep`; starts `oasis serve` on a throwaway SQLite database on a free 127.0.0.1 port with `admin`'s
password set; starts headless Chromium; runs the scenario; always stops both; prints `N passed, N failed` last
and returns non-zero on any failure.

Needs: selenium (pip), chromium + chromium-driver + fonts-noto-cjk + fonts-noto-core (Debian).
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.error
import urllib.request
from typing import Callable
from urllib.parse import urlparse

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
WAIT = 15  # seconds for any single browser condition
PHONE_WIDTH = 390  # CSS px: a common phone's viewport width
DESK_WIDTH = 1366  # CSS px: a common office laptop

# --------------------------------------------------------------------------------------------------
# Reporting


def log(msg: str) -> None:
    print(msg, flush=True)


class Results:
    def __init__(self) -> None:
        self.passed: list[str] = []
        self.failed: list[tuple[str, str]] = []

    def run(self, name: str, fn: Callable[[], str | None]) -> bool:
        started = time.monotonic()
        try:
            note = fn()
        except Exception as exc:  # noqa: BLE001 - every failure is a test failure
            detail = f"{type(exc).__name__}: {exc}".strip()
            # Selenium messages carry a long native stack trace; keep the first line (assertions keep all).
            if not isinstance(exc, AssertionError):
                detail = detail.splitlines()[0] if detail else type(exc).__name__
                tb = traceback.extract_tb(exc.__traceback__)
                here = [f for f in tb if not f.filename.endswith("oasis_browser.py")]
                if here:
                    detail += f" ({os.path.basename(here[-1].filename)} line {here[-1].lineno})"
            self.failed.append((name, detail))
            log(f"FAIL  {name}: {detail}")
            return False
        elapsed = time.monotonic() - started
        self.passed.append(name)
        log(f"PASS  {name} ({elapsed:.1f}s){': ' + note if note else ''}")
        return True

    def fail(self, name: str, detail: str) -> None:
        self.failed.append((name, detail))
        log(f"FAIL  {name}: {detail}")


# --------------------------------------------------------------------------------------------------
# The server under test


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http_get(url: str, timeout: float = 2.0) -> tuple[int, bytes]:
    req = urllib.request.Request(url, headers={"Accept": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


class Server:
    def __init__(self, binary: str, workdir: str, password: str, extra_args: list[str] | None = None) -> None:
        self.binary = binary
        self.workdir = workdir
        self.password = password
        self.extra_args = extra_args or []
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = os.path.join(workdir, "server.log")
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 60.0) -> float:
        env = dict(os.environ)
        for var in ("OASIS_DATABASE_URL", "OASIS_HOST", "OASIS_PORT"):
            env.pop(var, None)
        env["OASIS_ADMIN_PASSWORD"] = self.password
        cmd = [
            self.binary, "serve",
            "--host", "127.0.0.1",
            "--port", str(self.port),
            "--database", os.path.join(self.workdir, "oasis.sqlite"),
            "--log-level", "info",
            *self.extra_args,
        ]
        log(f"server: {' '.join(cmd)}")
        log_file = open(self.log_path, "wb")  # noqa: SIM115 - closed with the process
        started = time.monotonic()
        self.proc = subprocess.Popen(
            cmd, cwd=self.workdir, env=env, stdin=subprocess.DEVNULL,
            stdout=log_file, stderr=subprocess.STDOUT, start_new_session=True,
        )
        log_file.close()
        deadline = started + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with code {self.proc.returncode} before it was ready")
            try:
                status, _ = http_get(self.base + "/readyz", timeout=1.0)
                if status == 200:
                    return time.monotonic() - started
            except OSError:
                pass
            time.sleep(0.05)
        raise RuntimeError(f"/readyz did not answer 200 within {timeout:.0f}s")

    def stop(self) -> None:
        proc = self.proc
        if proc is None or proc.poll() is not None:
            return
        try:
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            log("server: no exit 10s after SIGTERM; killing")
            proc.kill()
            proc.wait(timeout=10)
        except ProcessLookupError:
            pass

    def log_tail(self, lines: int = 40) -> str:
        try:
            with open(self.log_path, "rb") as f:
                data = f.read().decode("utf-8", "replace").splitlines()
        except OSError:
            return "(no server log)"
        return "\n".join(data[-lines:])


# --------------------------------------------------------------------------------------------------
# The browser


def make_driver(width: int = 1280, height: int = 900):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    # --no-sandbox: Chromium refuses to start as root without it (CI runs as root).
    # --disable-dev-shm-usage: small /dev/shm in containers crashes tabs otherwise.
    for arg in (
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        f"--window-size={width},{height}", "--no-first-run", "--no-default-browser-check",
        "--disable-extensions", "--disable-background-networking", "--disable-sync",
    ):
        options.add_argument(arg)
    service = Service(CHROMEDRIVER)
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(30)
    return driver


class Browser:
    def __init__(self, driver, base: str, shots: str) -> None:
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support.ui import WebDriverWait

        self.d = driver
        self.base = base
        self.shots = shots
        self.By = By
        self.Wait = WebDriverWait

    def open(self, path: str) -> None:
        self.d.get(self.base + path)

    def css(self, selector: str):
        return self.d.find_elements(self.By.CSS_SELECTOR, selector)

    def one(self, selector: str, what: str | None = None):
        found = self.css(selector)
        assert found, f"{what or selector} not found on {self.path()}"
        return found[0]

    def wait(self, cond: Callable[[], object], what: str, timeout: float = WAIT):
        from selenium.common.exceptions import StaleElementReferenceException, TimeoutException

        # A page that updates itself in place (the event streams) may replace an element between finding and reading
        # it: that try counts as "not yet", as a missing element does, and the condition is asked again.
        try:
            return self.Wait(self.d, timeout, poll_frequency=0.1, ignored_exceptions=(StaleElementReferenceException,)).until(
                lambda _d: cond()
            )
        except TimeoutException:
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what} (at {self.path()})") from None

    def wait_css(self, selector: str, what: str | None = None):
        return self.wait(lambda: (self.css(selector) or [None])[0], what or selector)

    def path(self) -> str:
        try:
            u = urlparse(self.d.current_url)
        except Exception:  # noqa: BLE001
            return "?"
        return u.path + (f"?{u.query}" if u.query else "")

    def html_lang(self) -> str:
        return self.d.find_element(self.By.TAG_NAME, "html").get_attribute("lang") or ""

    def h1_texts(self) -> list[str]:
        return [e.text.strip() for e in self.css("h1")]

    def click(self, element) -> None:
        """Click like a user; if the element exists but is not interactable (e.g. inside a collapsed
        tree), say so and fall back to a script click so the rest of the flow can still be checked."""
        from selenium.common.exceptions import ElementClickInterceptedException, ElementNotInteractableException

        self.d.execute_script("arguments[0].scrollIntoView({block: 'center'});", element)
        try:
            element.click()
        except (ElementNotInteractableException, ElementClickInterceptedException) as exc:
            log(f"      note: native click failed ({type(exc).__name__}); using a script click")
            self.d.execute_script("arguments[0].click();", element)

    def click_and_wait_reload(self, element, what: str) -> None:
        from selenium.webdriver.support import expected_conditions as EC

        html = self.d.find_element(self.By.TAG_NAME, "html")
        self.click(element)
        self.wait(lambda: self.is_stale(EC, html), f"a new page after {what}")
        self.wait(lambda: self.d.execute_script("return document.readyState") == "complete", "page load")

    def is_stale(self, EC, element) -> bool:
        """Whether the page holding `element` has gone. Chromium sometimes reports a node of the old page as
        "does not belong to the document" instead of a stale reference; that means gone as well."""
        from selenium.common.exceptions import WebDriverException

        try:
            return bool(EC.staleness_of(element)(self.d))
        except WebDriverException as exc:
            if "does not belong to the document" in str(exc):
                return True
            raise

    def screenshot(self, name: str) -> str:
        """Saves the viewport as `<screenshots folder>/<name>.png` and returns the path."""
        path = os.path.join(self.shots, f"{name}.png")
        self.d.save_screenshot(path)
        return path

    def viewport(self, width: int, height: int = 844, mobile: bool | None = None) -> None:
        """Emulates a device of this CSS size (a phone when narrower than 600 px unless told)."""
        self.d.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600 if mobile is None else mobile},
        )

    def reset_viewport(self) -> None:
        self.d.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})

    def logged_in(self) -> bool:
        return bool(self.css("#logout"))

    def submit_login(self, username: str, password: str) -> None:
        self.open("/login")
        user = self.wait_css("input#username", "the username field")
        pwd = self.one("input#password", "the password field")
        user.clear()
        user.send_keys(username)
        pwd.clear()
        pwd.send_keys(password)
        self.click_and_wait_reload(self.one("#login-submit", "the login button"), "submitting the login form")


# --------------------------------------------------------------------------------------------------
# Layout checks

# The page must not scroll sideways: document scrollWidth against the window's innerWidth. When it does, the
# elements that reach beyond the window (outside any box made to scroll sideways, e.g. a table's .scroll wrapper)
# are listed, innermost first, so the failure names what to fix.
PAGE_OVERFLOW_JS = r"""
const vw = window.innerWidth;
const sw = document.documentElement.scrollWidth;
if (sw <= vw + 1) return null;
const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).join('.') : '');
const inScroller = el => {
  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
    const o = getComputedStyle(p).overflowX;
    if (o === 'auto' || o === 'scroll' || o === 'hidden') return true;
  }
  return false;
};
const wide = [];
for (const el of document.querySelectorAll('body *')) {
  if (el.getClientRects().length === 0 || inScroller(el)) continue;
  const r = el.getBoundingClientRect();
  if (r.right > vw + 1 || r.left < -1) wide.push(el);
}
const innermost = wide.filter(el => !wide.some(other => other !== el && el.contains(other)));
return {scrollWidth: sw, innerWidth: vw, elements: innermost.slice(0, 10).map(el => {
  const r = el.getBoundingClientRect();
  return `${describe(el)} x ${Math.round(r.left)}..${Math.round(r.right)}`;
})};
"""

# Whether any text leaves its box. Every visible element that holds text directly must lie within the viewport
# and, unless it is inline, its content must fit its own box. Elements inside a container made to scroll sideways
# (wide tables in .scroll) are allowed to be wider: that is their design. SVG is not measured here.
TEXT_OVERFLOW_JS = r"""
const vw = document.documentElement.clientWidth;
const problems = [];
if (document.documentElement.scrollWidth > vw + 1)
  problems.push(`the page scrolls sideways: scrollWidth ${document.documentElement.scrollWidth} > ${vw}`);
const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '') + ' "' + (el.textContent || '').trim().slice(0, 30) + '"';
const inScroller = el => {
  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
    const o = getComputedStyle(p).overflowX;
    if (o === 'auto' || o === 'scroll' || o === 'hidden') return true;
  }
  return false;
};
for (const el of document.querySelectorAll('body *')) {
  if (!(el instanceof HTMLElement) || el.closest('.skip, .visually-hidden, svg')) continue;
  const ownText = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
  if (!ownText || el.getClientRects().length === 0 || inScroller(el)) continue;
  const r = el.getBoundingClientRect();
  if (r.left < -1 || r.right > vw + 1) problems.push(`${describe(el)} spans x ${Math.round(r.left)}..${Math.round(r.right)} of ${vw}`);
  const display = getComputedStyle(el).display;
  if (display !== 'inline' && !['SELECT', 'INPUT', 'TEXTAREA'].includes(el.tagName) && el.scrollWidth > el.clientWidth + 1)
    problems.push(`${describe(el)}: content ${el.scrollWidth} px wider than its box ${el.clientWidth} px`);
}
return problems.slice(0, 8);
"""


def assert_no_overflow(driver, where: str = "") -> None:
    """Fails when the page is wider than the window (document scrollWidth > innerWidth), naming the elements that
    reach beyond it."""
    found = driver.execute_script(PAGE_OVERFLOW_JS)
    if found:
        place = f"{where}: " if where else ""
        raise AssertionError(
            f"{place}the page scrolls sideways (scrollWidth {found['scrollWidth']} > innerWidth {found['innerWidth']}): "
            + "; ".join(found["elements"])
        )


def text_overflow_problems(driver) -> list[str]:
    """Text that leaves the viewport or its own box (see TEXT_OVERFLOW_JS)."""
    return driver.execute_script(TEXT_OVERFLOW_JS)


# --------------------------------------------------------------------------------------------------
# Running a test file


DRIVERS: list = []


def finish(results: Results, server: Server | None = None) -> int:
    if results.failed and server is not None and server.proc is not None:
        log("---- last lines of the server log ----")
        log(server.log_tail())
        log("--------------------------------------")
    if results.failed:
        log("failures:")
        for name, detail in results.failed:
            log(f"  - {name}: {detail}")
    sys.stderr.flush()
    print(f"{len(results.passed)} passed, {len(results.failed)} failed", flush=True)
    return 1 if results.failed else 0


Scenario = Callable[[Results, Server, Browser, str], None]


def run_all(results: Results, server: Server, shots: str, password: str, scenario: Scenario) -> None:
    try:
        took = server.start()
        log(f"server: ready on {server.base} after {took:.2f}s")
    except Exception as exc:  # noqa: BLE001
        results.fail("server starts and /readyz answers 200", str(exc))
        return
    try:
        driver = make_driver()
    except Exception as exc:  # noqa: BLE001
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        results.fail("headless chromium starts", f"{type(exc).__name__}: {first}")
        return
    DRIVERS.append(driver)
    scenario(results, server, Browser(driver, server.base, shots), password)


def main(doc: str | None, scenario: Scenario) -> int:
    parser = argparse.ArgumentParser(description=(doc or "Oasis browser test").strip().splitlines()[0])
    parser.add_argument("--binary", default=".build/debug/oasis", help="the oasis executable")
    parser.add_argument("--screenshots", help="folder for screenshots (default: a new temp folder, kept)")
    parser.add_argument("--keep", action="store_true", help="keep the server's temp dir (DB and log)")
    args = parser.parse_args()

    results = Results()

    # SIGTERM (e.g. CI timeout) should still run the cleanup below.
    def on_term(signum, _frame):
        raise KeyboardInterrupt(f"signal {signum}")

    signal.signal(signal.SIGTERM, on_term)

    binary = os.path.abspath(args.binary)
    if not (os.path.isfile(binary) and os.access(binary, os.X_OK)):
        results.fail("setup", f"no executable at {binary} (build it first: swift build)")
        return finish(results)
    for path in (CHROMIUM, CHROMEDRIVER):
        if not os.path.exists(path):
            results.fail("setup", f"{path} missing (apt-get install chromium chromium-driver)")
            return finish(results)
    try:
        import selenium  # noqa: F401
    except ImportError:
        results.fail("setup", "python module selenium missing (pip install selenium, or run scripts/test)")
        return finish(results)

    workdir = tempfile.mkdtemp(prefix="oasis-e2e-")
    shots = args.screenshots or tempfile.mkdtemp(prefix="oasis-e2e-shots-")
    os.makedirs(shots, exist_ok=True)
    password = "e2e-" + secrets.token_urlsafe(12)
    server = Server(binary, workdir, password)
    try:
        run_all(results, server, shots, password, scenario)
    except KeyboardInterrupt as exc:
        results.fail("interrupted", str(exc) or "KeyboardInterrupt")
    finally:
        # Always: browser down, server down (SIGTERM, then SIGKILL after 10 s).
        for quit_driver in DRIVERS:
            try:
                quit_driver.quit()
            except Exception:  # noqa: BLE001
                pass
        server.stop()
    log(f"screenshots: {shots}")
    if args.keep or results.failed:
        log(f"server dir (DB, server.log) kept: {workdir}")
    else:
        shutil.rmtree(workdir, ignore_errors=True)
    return finish(results, server)
