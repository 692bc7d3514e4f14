#!/usr/bin/env python3
# Copyright 2025 The Oasis Authors. Licensed under the Apache License, Version 2.0.
"""Browser end-to-end test of a planner's and an official's working day.

At 1366 px and at 390 px (a phone): a planner (analyst role, scope Urumqi) first submits the new-project form with
mistakes and sees each error beside its field in Chinese with what was typed kept, then creates the project with a
site drawn by clicking on the region map, moves it to its next stage and enters a progress report; an official
(supervisor role) filters the problem ledger by region and severity and exports the filtered rows as CSV and XLSX.
Every step checks that nothing overflows the viewport (document scrollWidth <= window innerWidth) and saves a
screenshot.

    python3 Tests/e2e/planner_day_test.py --binary .build/debug/oasis

Reuses the server and browser helpers of oasis_browser.py. The last line printed is always `N passed, N failed`.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from oasis_browser import (  # noqa: E402 - the shared module is found through the path set above
    CHROMEDRIVER,
    CHROMIUM,
    DESK_WIDTH,
    PHONE_WIDTH,
    Browser,
    Results,
    Server,
    assert_no_overflow,
    finish,
    log,
    make_driver,
)

WIDTHS = (DESK_WIDTH, PHONE_WIDTH)
DISTRICT = "650102"  # 天山区, inside Urumqi (650100)
# A small square outline for the district, so that the project form has a map to draw the site on.
OUTLINE = {
    "type": "FeatureCollection",
    "features": [{
        "type": "Feature", "properties": {"adcode": DISTRICT},
        "geometry": {"type": "Polygon", "coordinates": [[[87.60, 43.76], [87.70, 43.76], [87.70, 43.84], [87.60, 43.84], [87.60, 43.76]]]},
    }],
}
NO_OVERFLOW_JS = "return [document.documentElement.scrollWidth, window.innerWidth];"


def cli(binary: str, database: str, args: list[str], stdin: str | None = None) -> str:
    done = subprocess.run(
        [binary, *args, "--database", database], input=(stdin or "").encode(), capture_output=True, timeout=300, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"oasis {' '.join(args)} failed: {done.stderr.decode(errors='replace')[-400:]}")
    return done.stdout.decode(errors="replace")


def scenario(results: Results, server: Server, b: Browser, width: int, passwords: dict[str, str]) -> None:
    tag = f"{width}px"
    code = f"XJ-E2E-{width}"

    def no_overflow(step: str) -> None:
        b.screenshot(f"{width}-{step}")
        scroll, inner = b.d.execute_script(NO_OVERFLOW_JS)
        assert scroll <= inner, f"{step}: the page is {scroll} px wide in a {inner} px window"
        assert_no_overflow(b.d, step)

    def field_error(name: str) -> str:
        error = b.one(f"#{name}-error", f"the error of {name}")
        field = b.one(f"#{name}")
        # Beside its field: in the same .field box, and named by the input's aria-describedby.
        box = error.find_element(b.By.XPATH, "..")
        assert field in box.find_elements(b.By.CSS_SELECTOR, "input, select, textarea"), f"the error of {name} is not beside its field"
        assert field.get_attribute("aria-describedby") == f"{name}-error", f"{name} does not point at its error"
        return error.text.strip()

    def login(user: str) -> None:
        b.d.delete_all_cookies()
        b.submit_login(user, passwords[user])
        b.wait(lambda: b.logged_in(), f"{user} signed in")
        # Headless Chromium asks for English; these officials work in Chinese (the language switch keeps it).
        b.open("/?lang=zh-Hans")
        b.wait(lambda: b.html_lang() == "zh-Hans", "the page in Chinese")

    def form_error_keeps_input() -> str:
        login("planner")
        b.open("/projects/new")
        b.wait_css("#project-form", "the project form")
        b.one("#code").send_keys(code)
        b.one("#budgetFiscal").send_keys("一千二")
        b.one("#plannedStart").send_keys("2026-02-30")
        b.d.execute_script(f"document.getElementById('region').value = '{DISTRICT}';")
        b.d.execute_script("document.getElementById('type').value = 'shelter';")
        b.click_and_wait_reload(b.one("#project-save"), "submitting the form with mistakes")
        assert b.css("#project-form"), "the form is not shown again"
        assert field_error("nameZh").endswith("此项必填。"), f"nameZh error: {field_error('nameZh')!r}"
        assert "请填写数字" in field_error("budgetFiscal"), field_error("budgetFiscal")
        assert "YYYY-MM-DD" in field_error("plannedStart"), field_error("plannedStart")
        assert b.one("#code").get_attribute("value") == code, "the typed code is lost"
        assert b.one("#budgetFiscal").get_attribute("value") == "一千二", "the typed budget is lost"
        assert b.one("#region").get_attribute("value") == DISTRICT, "the chosen region is lost"
        assert b.html_lang() == "zh-Hans", f"page language {b.html_lang()}"
        no_overflow("1-form-errors")
        return "errors beside nameZh, budgetFiscal, plannedStart"

    def create_project() -> str:
        name = b.one("#nameZh")
        name.clear()
        name.send_keys("红山应急避难场所")
        for field, value in (("budgetFiscal", "1200"), ("plannedStart", "2026-03-01"), ("plannedEnd", "2026-11-30"), ("measures", "23")):
            box = b.one(f"#{field}")
            box.clear()
            box.send_keys(value)
        site_map = b.wait_css("#site-map", "the region map to draw the site on")
        b.d.execute_script("arguments[0].scrollIntoView({block: 'center'});", site_map)
        size = site_map.size
        from selenium.webdriver.common.action_chains import ActionChains

        for fx, fy in ((0.3, 0.3), (0.7, 0.3), (0.5, 0.7)):
            ActionChains(b.d).move_to_element_with_offset(
                site_map, int(size["width"] * (fx - 0.5)), int(size["height"] * (fy - 0.5))).click().perform()
        site = json.loads(b.one("#site").get_attribute("value") or "{}")
        assert site.get("type") == "Polygon" and len(site["coordinates"][0]) == 4, f"drawn site {site}"
        for lon, lat in site["coordinates"][0]:
            assert 87.59 <= lon <= 87.71 and 43.75 <= lat <= 43.85, f"a drawn corner {lon}, {lat} lies off the district"
        no_overflow("2-site-drawn")
        b.click_and_wait_reload(b.one("#project-save"), "saving the project")
        title = b.wait_css("#project-title", "the project page").text
        assert code in title, f"project page title {title!r}"
        assert b.one("#project-stage").text.strip() == "储备", b.one("#project-stage").text
        no_overflow("3-project")
        return title

    def move_stage() -> str:
        b.d.execute_script("document.getElementById('stage').value = 'preparation';")
        b.click_and_wait_reload(b.one("#stage-submit"), "moving the project a stage")
        stage = b.wait_css("#project-stage", "the project stage").text.strip()
        assert stage == "前期", f"stage after the move: {stage!r}"
        no_overflow("4-stage")
        return stage

    def progress_report() -> str:
        b.one("#reportedOn").send_keys("2026-05-31")
        b.one("#percent").send_keys("30")
        b.one("#narrative").send_keys("场地平整完成")
        b.click_and_wait_reload(b.one("#report-submit"), "entering a progress report")
        reports = b.wait_css("#progress-reports", "the reports").text
        assert "场地平整完成" in reports and "30 %" in reports, f"reports: {reports[:120]!r}"
        no_overflow("5-report")
        return reports.splitlines()[0][:60]

    def official_filters_ledger() -> str:
        login("official")
        b.open("/evaluation/problems")
        b.wait_css("#ledger-filters", "the ledger filters")
        total_before = b.one("#ledger-summary").text
        b.d.execute_script("document.getElementById('region').value = '650100';")
        b.d.execute_script("document.getElementById('severity').value = 'high';")
        b.click_and_wait_reload(b.one("#ledger-filter"), "filtering the ledger")
        rows = b.css("#problems tbody tr")
        regions = {r.get_attribute("data-region") for r in rows}
        assert all(code.startswith("6501") for code in regions), f"rows outside Urumqi: {regions}"
        severities = {r.find_elements(b.By.TAG_NAME, "td")[3].text for r in rows}
        assert severities <= {"高"}, f"severities shown: {severities}"
        no_overflow("6-ledger")
        return f"{total_before} → {b.one('#ledger-summary').text} ({len(rows)} rows)"

    def official_exports() -> str:
        csv_href = b.one("#ledger-export-csv").get_attribute("href")
        xlsx_href = b.one("#ledger-export-xlsx").get_attribute("href")
        assert "region=650100" in csv_href and "severity=high" in csv_href, csv_href
        fetched = b.d.execute_async_script(
            """const done = arguments[arguments.length - 1];
            Promise.all([fetch(arguments[0]), fetch(arguments[1])]).then(async ([c, x]) => {
              const text = await c.text(); const bytes = new Uint8Array(await x.arrayBuffer());
              done([c.status, c.headers.get('content-type'), text, x.status, bytes[0], bytes[1]]);
            }).catch(e => done(['error', String(e)]));""", csv_href, xlsx_href)
        assert fetched[0] == 200 and "text/csv" in fetched[1], f"CSV export: {fetched[:2]}"
        lines = [line for line in fetched[2].split("\r\n") if line]
        shown = len(b.css("#problems tbody tr"))
        assert len(lines) - 1 >= shown and lines[0].lstrip("\ufeff").startswith("编号,区划代码,区划"), f"CSV head {lines[:1]}"
        assert all(",高," in line for line in lines[1:]), "a CSV row is not of high severity"
        assert fetched[3] == 200 and bytes(fetched[4:6]) == b"PK", f"XLSX export: {fetched[3:]}"
        no_overflow("7-export")
        return f"{len(lines) - 1} CSV rows"

    results.run(f"[{tag}] a refused project form keeps the input and shows errors beside the fields in Chinese", form_error_keeps_input)
    results.run(f"[{tag}] the planner creates a project with a site drawn on the map", create_project)
    results.run(f"[{tag}] the planner moves the project to its next stage", move_stage)
    results.run(f"[{tag}] the planner enters a progress report", progress_report)
    results.run(f"[{tag}] the official filters the ledger by region and severity", official_filters_ledger)
    results.run(f"[{tag}] the official exports the filtered ledger as CSV and XLSX", official_exports)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=".build/debug/oasis", help="the oasis executable")
    parser.add_argument("--screenshots", help="dir for screenshots (default: the test's output folder under a new temp dir)")
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

    workdir = tempfile.mkdtemp(prefix="oasis-e2e-planner-")
    shots = args.screenshots or tempfile.mkdtemp(prefix="oasis-e2e-planner-shots-")
    os.makedirs(shots, exist_ok=True)
    passwords = {"admin": "e2e-" + secrets.token_urlsafe(12), "planner": "plan-" + secrets.token_urlsafe(12),
                 "official": "look-" + secrets.token_urlsafe(12)}
    # Three users sign in and two are created from the command line: a low bcrypt cost keeps a debug build quick.
    os.environ.setdefault("OASIS_BCRYPT_COST", "6")
    server = Server(binary, workdir, passwords["admin"])
    drivers = []
    try:
        took = server.start()
        log(f"server: ready on {server.base} after {took:.2f}s")
        database = os.path.join(workdir, "oasis.sqlite")
        outline = os.path.join(workdir, "outline.geojson")
        with open(outline, "w", encoding="utf-8") as f:
            json.dump(OUTLINE, f)
        cli(binary, database, ["region", "areas", outline])
        cli(binary, database, ["user", "create", "--username", "planner", "--role", "analyst", "--region", "650100", "--password-stdin"],
            passwords["planner"])
        cli(binary, database, ["user", "create", "--username", "official", "--role", "supervisor", "--password-stdin"], passwords["official"])
        for width in WIDTHS:
            driver = make_driver(width, 900)
            drivers.append(driver)
            # The window's outer size includes no chrome in headless mode; make the viewport itself the width.
            inner = driver.execute_script("return window.innerWidth;")
            if inner != width:
                driver.set_window_size(width + (width - inner), 900)
            scenario(results, server, Browser(driver, server.base, shots), width, passwords)
    except KeyboardInterrupt as exc:
        results.fail("interrupted", str(exc) or "KeyboardInterrupt")
    except Exception as exc:  # noqa: BLE001 - a setup failure is a test failure
        results.fail("setup", f"{type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc).strip() else ''}")
    finally:
        for driver in drivers:
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
