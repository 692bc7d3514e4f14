#!/usr/bin/env python3
# Copyright 2025 The Oasis Authors. Licensed under the Apache License, Version 2.0.
"""Browser end-to-end test of the lifeline page (issue 18), at desk width (1366 px) and phone width (390 px).

Starts `oasis serve` on a throwaway SQLite database (the Xinjiang demo with its register of units), stops it to load
a gas main and a manhole (GeoJSON), two sensors (CSV) and a gas-concentration series (CSV: 9, 12, 21, 30 %LEL a
minute apart, which opens a level II alert) and a dispatcher scoped to 650100 with the CLI, starts it again and
drives headless Chromium, once per width:

  1. the dispatcher opens 城市生命线 from the navigation: the alert queue shows the level II (orange) alert with
     确认 and 派遣, the assets table the main with its length;
  2. the alert is acknowledged elsewhere (the API, from the same session): the open page hears it on the event stream,
     shows its banner and refreshes the queue without a reload;
  3. dispatches it: the row links the case filed for the owner unit;
  4. the case page shows the owner unit.

Every step checks that nothing overflows the viewport at 390 px and saves a screenshot.

    python3 Tests/e2e/lifeline_day_test.py --binary .build/debug/oasis [--screenshots DIR]

The last line printed is always `N passed, N failed`; the exit code is non-zero on any failure.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from oasis_browser import (  # noqa: E402 - what every browser test shares
    CHROMEDRIVER,
    CHROMIUM,
    Browser,
    Results,
    Server,
    assert_no_overflow,
    finish,
    log,
    make_driver,
)

WIDTHS = (1366, 390)
UNIT = "乌鲁木齐市水务局"
USER_PASSWORD = "lifeline-" + secrets.token_urlsafe(10)

ASSETS = {
    "type": "FeatureCollection",
    "features": [
        {
            "type": "Feature",
            "properties": {"code": "GM-1", "name": "燃气中压干管 1 段", "kind": "gas_main", "ownerUnit": UNIT, "region": "650100"},
            "geometry": {"type": "LineString", "coordinates": [[87.6, 43.8], [87.6, 43.81], [87.61, 43.81]]},
        },
        {
            "type": "Feature",
            "properties": {"code": "MH-1", "name": "窨井 1", "kind": "manhole", "ownerUnit": UNIT, "region": "650100"},
            "geometry": {"type": "Point", "coordinates": [87.62, 43.82]},
        },
    ],
}

SENSORS = (
    "code,quantity,unit,asset,rules\n"
    'GM-CH4,gas_concentration,%LEL,GM-1,"[{""kind"":""threshold"",""direction"":""above"",'
    '""limits"":{""4"":10,""3"":20,""2"":25,""1"":50},""hysteresis"":2}]"\n'
    "MH-LVL,level,m,MH-1,\n"
)


def cli(binary: str, database: str, args: list[str], stdin: str | None = None) -> str:
    env = dict(os.environ)
    env.pop("OASIS_DATABASE_URL", None)
    done = subprocess.run(
        [binary, *args, "--database", database], input=stdin, capture_output=True, text=True, env=env, timeout=120, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"oasis {' '.join(args)} exited {done.returncode}: {done.stderr.strip()[:400]}")
    return done.stdout


def prepare(binary: str, server: Server) -> None:
    """First start (migration, demo, admin), then the registry, readings and a dispatcher with the CLI."""
    server.start()
    server.stop()
    database = os.path.join(server.workdir, "oasis.sqlite")
    assets = os.path.join(server.workdir, "assets.geojson")
    sensors = os.path.join(server.workdir, "sensors.csv")
    readings = os.path.join(server.workdir, "readings.csv")
    with open(assets, "w", encoding="utf-8") as f:
        json.dump(ASSETS, f, ensure_ascii=False)
    with open(sensors, "w", encoding="utf-8") as f:
        f.write(SENSORS)
    start = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0) - datetime.timedelta(minutes=10)
    with open(readings, "w", encoding="utf-8") as f:
        f.write("sensor,time,value\n")
        for minute, value in enumerate((9, 12, 21, 30)):
            stamp = (start + datetime.timedelta(minutes=minute)).strftime("%Y-%m-%dT%H:%M:%SZ")
            f.write(f"GM-CH4,{stamp},{value}\n")
    cli(binary, database, ["lifeline", "assets", "import", assets])
    cli(binary, database, ["lifeline", "sensors", "import", sensors])
    out = cli(binary, database, ["lifeline", "readings", "import", readings, "--json"])
    assert json.loads(out)["alertChanges"] == 3, f"blue, yellow, orange: {out}"
    cli(
        binary, database, ["user", "create", "--username", "ur-duty", "--role", "dispatcher", "--region", "650100", "--password-stdin"],
        stdin=USER_PASSWORD + "\n",
    )
    server.start()


def fits(b: Browser, width: int, what: str) -> str:
    sizes = b.d.execute_script("return [document.documentElement.scrollWidth, window.innerWidth];")
    if width <= 400:
        assert sizes[0] <= sizes[1], f"{what}: the page is {sizes[0]} px wide in a {sizes[1]} px window"
        assert_no_overflow(b.d, what)
    return f"{sizes[0]}/{sizes[1]} px"


def scenario(results: Results, b: Browser, width: int) -> None:
    tag = f"{width}px"
    b.viewport(width, 844 if width < 600 else 900)

    def shot(name: str) -> None:
        b.screenshot(f"lifeline-{tag}-{name}")

    def queue() -> str:
        if not b.logged_in():
            b.submit_login("ur-duty", USER_PASSWORD)
        b.open("/lifeline?lang=zh-Hans")
        rows = b.css("#alert-queue tbody tr")
        assert len(rows) == 1, f"one alert in the queue: {len(rows)}"
        text = rows[0].text
        # The level as Chinese emergency plans write it: the Roman numeral Ⅱ (U+2161) and its colour.
        assert "Ⅱ级（橙色）" in text and "GM-CH4" in text, f"the level II (orange) alert on GM-CH4: {text!r}"
        buttons = [button.text for button in rows[0].find_elements("css selector", "button")]
        if width > 400:
            assert buttons == ["确认", "派遣"], f"the open alert offers 确认 and 派遣: {buttons}"
        shot("1-queue")
        return fits(b, width, "the alert queue")

    def live_update() -> str:
        # Another officer acknowledges the alert (through the API, with this session): the open page hears it on the
        # event stream, shows the banner and refreshes the queue in place, without a reload.
        b.open("/lifeline?lang=zh-Hans")
        b.wait(lambda: b.d.execute_script("return document.body.getAttribute('data-lifeline-live');") == "open", "the event stream opened")
        alert = b.one("#alert-queue tbody tr").get_attribute("id").split("-")[1]
        b.d.execute_script(
            "window.oasisStayed = true;"
            "fetch('/api/v1/lifeline/alerts/' + arguments[0] + '/acknowledge', {method: 'POST', credentials: 'same-origin',"
            " headers: {'X-CSRF-Token': document.querySelector('input[name=csrf]').value}});",
            alert,
        )
        b.wait(lambda: b.one("#lifeline-live").is_displayed(), "the banner")
        b.wait(lambda: "已确认" in b.one("#alert-queue tbody tr").text, "the refreshed row")
        assert b.d.execute_script("return window.oasisStayed === true;"), "the page updated in place"
        shot("1b-live")
        return b.one("#lifeline-live").text

    def acknowledge_and_dispatch() -> str:
        row = b.one("#alert-queue tbody tr")
        button = [x for x in row.find_elements("css selector", "button") if x.text == "确认" or x.get_attribute("textContent") == "确认"]
        if button:
            b.click_and_wait_reload(button[0], "acknowledging")
        row = b.one("#alert-queue tbody tr")
        dispatch = [x for x in row.find_elements("css selector", "button") if x.get_attribute("textContent") == "派遣"]
        assert dispatch, "an acknowledged alert offers 派遣"
        b.click_and_wait_reload(dispatch[0], "dispatching")
        links = b.css("#alert-queue a[href^='/hotline/cases/']")
        assert links, "the dispatched alert links its case"
        shot("2-dispatched")
        note = fits(b, width, "the queue after dispatching")
        b.click_and_wait_reload(links[0], "opening the case")
        unit = b.one("#case-unit").text
        assert UNIT in unit, f"the case went to the owner unit: {unit!r}"
        shot("3-case")
        return note

    if width == WIDTHS[0]:
        results.run(f"{tag}: the dispatcher sees the orange alert and the assets", queue)
        results.run(f"{tag}: an acknowledgement elsewhere arrives on the event stream and refreshes the queue", live_update)
        results.run(f"{tag}: acknowledge, dispatch, and the case is the owner unit's", acknowledge_and_dispatch)
    else:
        def phone() -> str:
            b.open("/lifeline?lang=zh-Hans")
            assert b.css("#alert-queue"), "the queue shows at phone width"
            assert b.css("#asset-table") == [], "a dispatcher does not read the registry"
            shot("4-phone")
            return fits(b, width, "the lifeline page at phone width")

        results.run(f"{tag}: the lifeline page fits a phone", phone)


def main() -> int:
    parser = argparse.ArgumentParser(description="Browser test of the lifeline page")
    parser.add_argument("--binary", default=".build/debug/oasis", help="the oasis executable")
    parser.add_argument("--screenshots", help="folder for screenshots (default: a new temp folder, kept)")
    parser.add_argument("--keep", action="store_true", help="keep the server's temp dir (DB and log)")
    args = parser.parse_args()
    results = Results()

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

    workdir = tempfile.mkdtemp(prefix="oasis-e2e-lifeline-")
    shots = args.screenshots or tempfile.mkdtemp(prefix="oasis-e2e-lifeline-shots-")
    os.makedirs(shots, exist_ok=True)
    server = Server(binary, workdir, "e2e-" + secrets.token_urlsafe(12))
    driver = None
    try:
        try:
            prepare(binary, server)
        except Exception as exc:  # noqa: BLE001
            results.fail("server, registry, readings and users ready", f"{type(exc).__name__}: {exc}")
            return finish(results, server)
        try:
            driver = make_driver()
        except Exception as exc:  # noqa: BLE001
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
            results.fail("headless chromium starts", f"{type(exc).__name__}: {first}")
            return finish(results, server)
        for width in WIDTHS:
            scenario(results, Browser(driver, server.base, shots), width)
    except KeyboardInterrupt as exc:
        results.fail("interrupted", str(exc) or "KeyboardInterrupt")
    finally:
        if driver is not None:
            try:
                driver.quit()
            except Exception:  # noqa: BLE001
                pass
        server.stop()
    log(f"screenshots: {shots}")
    if args.keep or results.failed:
        log(f"server dir (DB, server.log) kept: {workdir}")
    else:
        shutil.rmtree(workdir, ignore_errors=True)
    return finish(results, server)


if __name__ == "__main__":
    sys.exit(main())
