#!/usr/bin/env python3
# Copyright 2025 The Oasis Authors. Licensed under the Apache License, Version 2.0.
"""Browser end-to-end test of a day on the hotline (issue 14), at desk width (1366 px) and phone width (390 px).

Starts `oasis serve` on a throwaway SQLite database (the Xinjiang demo with its register of units), stops it to
load three areas of Urumqi (city, Tianshan and Saybagh districts) and three users with the CLI (a dispatcher scoped
to 650100, a handler of 天山区城管局, a citizen), starts it again and drives headless Chromium, once per width:

  1. an anonymous visitor opening 接诉即办 lands on the public form; a wrong latitude ("43,79") brings the form
     back with the description kept and the problem beside the field; the citizen picks the place by clicking on
     the map drawn by Oasis and sends; the tracking page shows the code;
  2. the dispatcher scoped to 650100 sees the case in the queue and dispatches it to a unit chosen from the list;
  3. the handler of that unit sees it, accepts it and replies;
  4. the citizen follows the code (typed in capitals with hyphens) and reads the reply; a case number is no code;
  5. the dispatcher verifies the case and records the follow-up call on the case page: satisfied at desk width,
     unsatisfied at phone width — which lowers the satisfaction rate (`oasis cases metrics --by all`);
  6. the signed-in citizen finds the request under "my requests" (desk width only);
  7. the dispatcher opens the grid page: two tall, narrow grids (imported with the CLI) are drawn within 480 px
     of height and the page's table lists both.

Every step checks that nothing overflows the viewport at 390 px (document scrollWidth <= window innerWidth) and
saves a screenshot under the output folder.

    python3 Tests/e2e/hotline_day_test.py --binary .build/debug/oasis [--screenshots DIR]

Needs what web_shell_test.py needs (selenium, chromium, chromium-driver, fonts). The last line printed is always
`N passed, N failed`; the exit code is non-zero on any failure.
"""

from __future__ import annotations

import argparse
import json
import os
import re
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
DESCRIPTION = "小区门口的井盖缺失，晚上有人险些踩空，请尽快处理"
REPLY = "已补装井盖并设置警示标志"
UNIT = "天山区城管局"
USER_PASSWORD = "hotline-" + secrets.token_urlsafe(10)


def square(lon: float, lat: float, half: float) -> list:
    return [[[lon - half, lat - half], [lon + half, lat - half], [lon + half, lat + half], [lon - half, lat + half], [lon - half, lat - half]]]


AREAS = {
    "type": "FeatureCollection",
    "features": [
        {"type": "Feature", "properties": {"adcode": "650100"}, "geometry": {"type": "Polygon", "coordinates": square(87.55, 43.80, 0.25)}},
        {"type": "Feature", "properties": {"adcode": "650102"}, "geometry": {"type": "Polygon", "coordinates": square(87.65, 43.80, 0.06)}},
        {"type": "Feature", "properties": {"adcode": "650103"}, "geometry": {"type": "Polygon", "coordinates": square(87.45, 43.80, 0.06)}},
    ],
}


# Two grids of Tianshan district, tall and narrow (about 2.4 km wide, 22 km high): drawn at their own proportions they
# would make the grid page's map several screens high.
GRIDS = {
    "type": "FeatureCollection",
    "features": [
        {
            "type": "Feature",
            "properties": {"code": f"65010200{n}", "name": f"天山区第{n}网格"},
            "geometry": {"type": "Polygon", "coordinates": [[[lon, 43.70], [lon + 0.03, 43.70], [lon + 0.03, 43.90], [lon, 43.90], [lon, 43.70]]]},
        }
        for n, lon in ((1, 87.60), (2, 87.63))
    ],
}


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
    """First start (migration, demo, admin), then areas and users with the CLI while the server is down."""
    server.start()
    server.stop()
    database = os.path.join(server.workdir, "oasis.sqlite")
    areas = os.path.join(server.workdir, "urumqi-areas.geojson")
    with open(areas, "w", encoding="utf-8") as f:
        json.dump(AREAS, f)
    cli(binary, database, ["region", "areas", areas])
    grids = os.path.join(server.workdir, "tianshan-grids.geojson")
    with open(grids, "w", encoding="utf-8") as f:
        json.dump(GRIDS, f, ensure_ascii=False)
    cli(binary, database, ["grids", "import", grids])
    for name, role, scope in (
        ("ur-dispatcher", "dispatcher", ["--region", "650100"]),
        ("ts-handler", "unit_handler", ["--unit", UNIT]),
        ("citizen-li", "citizen", []),
    ):
        cli(binary, database, ["user", "create", "--username", name, "--role", role, *scope, "--password-stdin"], stdin=USER_PASSWORD + "\n")
    units = cli(binary, database, ["cases", "units", "list", "--json"])
    assert UNIT in units, f"the demo's register holds {UNIT}"
    server.start()


def fits(b: Browser, width: int, what: str) -> str:
    """At phone width nothing may make the page wider than the window."""
    sizes = b.d.execute_script("return [document.documentElement.scrollWidth, window.innerWidth];")
    if width <= 400:
        assert sizes[0] <= sizes[1], f"{what}: the page is {sizes[0]} px wide in a {sizes[1]} px window"
        assert_no_overflow(b.d, what)
    return f"{sizes[0]}/{sizes[1]} px"


def sign_in(b: Browser, username: str) -> None:
    if b.logged_in():
        sign_out(b)
    b.submit_login(username, USER_PASSWORD)
    assert b.logged_in(), f"{username} is signed in (at {b.path()})"


def sign_out(b: Browser) -> None:
    button = b.css("#logout")
    if not button:
        return
    if not button[0].is_displayed():
        toggles = b.css("nav.modules button, .menu-toggle, #menu-toggle")
        if toggles:
            b.click(toggles[0])
    b.click_and_wait_reload(button[0], "signing out")


def scenario(results: Results, b: Browser, width: int, state: dict) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.support.ui import Select

    tag = f"{width}px"
    # A phone is emulated as one (touch, mobile viewport); the desk is a plain window of that width.
    b.viewport(width, 844 if width < 600 else 900)

    def shot(name: str) -> None:
        b.screenshot(f"{tag}-{name}")

    def anonymous_form() -> str:
        sign_out(b)
        b.open("/hotline?lang=zh-Hans")
        b.wait(lambda: b.path().startswith("/hotline/new"), "the public form after opening 接诉即办 anonymously")
        assert b.css("#report-problem"), "the header offers 反映问题"
        category = Select(b.one("#category"))
        assert category.first_selected_option.get_attribute("value") == "", "no category is chosen for the citizen"
        shot("1-form")
        return fits(b, width, "the public form")

    def wrong_latitude() -> str:
        Select(b.one("#category")).select_by_value("C0101")
        b.one("#description").send_keys(DESCRIPTION)
        b.one("#latitude").send_keys("43,79")
        b.one("#longitude").send_keys("87.65")
        b.click_and_wait_reload(b.one("#submit-case"), "sending the form with a wrong latitude")
        error = b.wait_css("#latitude-error", "the problem beside the latitude")
        assert "43.79" in error.text, f"the problem says how to write it: {error.text!r}"
        assert b.one("#description").get_attribute("value") == DESCRIPTION, "the description is kept"
        assert b.one("#latitude").get_attribute("value") == "43,79", "the latitude is kept as typed"
        assert Select(b.one("#category")).first_selected_option.get_attribute("value") == "C0101", "the category is kept"
        shot("2-form-problem")
        return fits(b, width, "the form with its problem")

    def pick_on_map() -> str:
        area = b.one('#pick-map path[data-code="650102"]', "Tianshan District on the map")
        b.d.execute_script("arguments[0].scrollIntoView({block: 'center'});", area)
        ActionChains(b.d).move_to_element(area).click().perform()
        b.wait(lambda: b.one("#latitude").get_attribute("value") not in ("", "43,79"), "coordinates from the map click")
        lat = float(b.one("#latitude").get_attribute("value"))
        lon = float(b.one("#longitude").get_attribute("value"))
        assert 43.74 <= lat <= 43.86 and 87.59 <= lon <= 87.71, f"the click lands in Tianshan District: {lat}, {lon}"
        assert b.one("#pick-marker").get_attribute("visibility") == "visible", "the marker shows the place"
        assert Select(b.one("#region")).first_selected_option.get_attribute("value") == "650102", "the district follows the map"
        shot("3-map-picked")
        note = fits(b, width, "the form with the map")
        b.click_and_wait_reload(b.one("#submit-case"), "sending the report")
        b.wait(lambda: b.path().startswith("/hotline/track?code="), "the tracking page after sending")
        code = b.one("#tracking-code").text.strip()
        assert re.fullmatch(r"[0-9a-z]{4}(-[0-9a-z]{4}){3}", code), f"a code of 16 characters in groups: {code!r}"
        assert code.replace("-", "") in b.one("#created-note").text.replace("-", ""), "the note repeats the code"
        state["code"] = code
        shot("4-tracking-code")
        return f"{lat:.4f}, {lon:.4f}; code {code}; {note} ; {fits(b, width, 'the tracking page')}"

    def dispatcher() -> str:
        sign_in(b, "ur-dispatcher")
        b.open("/hotline?lang=zh-Hans")
        links = b.css("#case-queue a[href^='/hotline/cases/']")
        assert links, "the Urumqi dispatcher's queue shows the case"
        shot("5-dispatcher-queue")
        note = fits(b, width, "the dispatcher's queue")
        b.click_and_wait_reload(links[0], "opening the case")
        state["case"] = b.path().rsplit("/", 1)[-1]
        unit = Select(b.one("#dispatch-text", "the unit list"))
        values = [o.get_attribute("value") for o in unit.options]
        assert UNIT in values and values[0] == "", f"units come from the register: {values[:5]}"
        unit.select_by_value(UNIT)
        shot("6-dispatch-choice")
        b.click_and_wait_reload(b.one("#step-dispatch button[type=submit]"), "dispatching")
        assert UNIT in b.one("#case-unit").text, "the case now names the unit"
        shot("7-dispatched")
        return note + " ; " + fits(b, width, "the dispatched case")

    def grid_page() -> str:
        sign_in(b, "ur-dispatcher")
        b.open("/grids?lang=zh-Hans")
        rows = [r.get_attribute("data-grid") for r in b.css("#grid-figures tbody tr")]
        assert rows == ["650102001", "650102002"], f"the grid page lists both grids: {rows}"
        box = b.d.execute_script(
            "var r = document.querySelector('#grid-map svg').getBoundingClientRect(); return [r.width, r.height, window.innerWidth];"
        )
        assert 0 < box[1] <= 480, f"the map of two tall grids stays within 480 px high: {box[1]:.0f} px"
        assert box[0] <= box[2], f"the map fits the window: {box[0]:.0f} px in {box[2]} px"
        shot("7b-grids")
        return f"map {box[0]:.0f}×{box[1]:.0f} px ; " + fits(b, width, "the grid page")

    def handler() -> str:
        sign_in(b, "ts-handler")
        b.open("/hotline?lang=zh-Hans")
        link = b.css(f"#case-queue a[href='/hotline/cases/{state['case']}']")
        assert link, "the unit's handler sees the case"
        shot("8-handler-queue")
        note = fits(b, width, "the handler's queue")
        b.click_and_wait_reload(link[0], "opening the case")
        b.click_and_wait_reload(b.one("#step-accept button[type=submit]"), "accepting")
        b.one("#report_back-text").send_keys(REPLY)
        shot("9-reply")
        b.click_and_wait_reload(b.one("#step-report_back button[type=submit]"), "replying")
        assert REPLY in b.one("#case-history").text, "the reply is in the history"
        note += " ; " + fits(b, width, "the replied case")
        sign_out(b)
        return note

    def citizen_reads_reply() -> str:
        b.open("/hotline/new?lang=en")
        field = b.one("#track-code")
        field.send_keys(state["code"].upper())
        b.click_and_wait_reload(b.one("#track-form button[type=submit]"), "following the code")
        reply = b.wait_css("#case-reply", "the unit's reply")
        assert REPLY in reply.text, f"the reply is shown: {reply.text!r}"
        assert "ts-handler" not in b.d.page_source, "the public page does not say who"
        shot("10-reply-by-code")
        note = fits(b, width, "the tracking page with the reply")
        b.open(f"/hotline/track?code={state['case']}&lang=en")
        assert b.css("#track-missing") and not b.css("blockquote#case-reply"), "a case number reveals nothing"
        shot("11-number-is-no-code")
        return note + " ; " + fits(b, width, "the refused number")

    def satisfaction() -> float | None:
        rows = json.loads(cli(state["binary"], state["database"], ["cases", "metrics", "--by", "all", "--json"]))
        return rows[0]["metrics"].get("satisfactionRate") if rows else None

    def follow_up() -> str:
        sign_in(b, "ur-dispatcher")
        b.open(f"/hotline/cases/{state['case']}?lang=zh-Hans")
        b.click_and_wait_reload(b.one("#step-verify_pass button[type=submit]"), "verifying")
        before = satisfaction()
        satisfied = width > 400
        Select(b.one("#follow_up-reached", "the follow-up form")).select_by_value("yes")
        Select(b.one("#follow_up-responded")).select_by_value("yes")
        Select(b.one("#follow_up-resolved")).select_by_value("yes" if satisfied else "no")
        Select(b.one("#follow_up-satisfaction")).select_by_value("satisfied" if satisfied else "unsatisfied")
        words = "修得很好" if satisfied else "井盖还是松的"
        b.one("#follow_up-words").send_keys(words)
        shot("12-follow-up")
        note = fits(b, width, "the follow-up form")
        b.click_and_wait_reload(b.one("#step-follow_up button[type=submit]"), "recording the follow-up call")
        assert "已回访" in b.one("#case-status").text, f"the case is followed up: {b.one('#case-status').text!r}"
        assert words in b.one("#case-history").text, "the citizen's words are in the history"
        after = satisfaction()
        if satisfied:
            assert after is not None and after > 0, f"a satisfied visit counts: {before} -> {after}"
        else:
            assert before is not None and after is not None and after < before, f"an unsatisfied visit lowers the rate: {before} -> {after}"
        sign_out(b)
        return f"satisfaction {before} -> {after} ; {note}"

    def my_requests() -> str:
        sign_in(b, "citizen-li")
        b.open("/hotline/new?lang=ug")
        assert b.d.find_element(b.By.TAG_NAME, "html").get_attribute("dir") == "rtl"
        Select(b.one("#category")).select_by_value("C0101")
        b.one("#description").send_keys("يول چىرىغى يانمايدۇ")
        Select(b.one("#region")).select_by_value("650103")
        b.click_and_wait_reload(b.one("#submit-case"), "sending as a signed-in citizen")
        code = b.one("#tracking-code").text.strip().replace("-", "")
        b.open("/hotline/mine?lang=ug")
        assert b.css(f"#mine-list a[href='/hotline/track?code={code}']"), "my requests list the new one"
        shot("13-my-requests")
        note = fits(b, width, "my requests")
        sign_out(b)
        return note

    results.run(f"{tag}: 接诉即办 sends an anonymous visitor to the public form, no category chosen", anonymous_form)
    results.run(f"{tag}: a wrong latitude comes back beside its field, the description kept", wrong_latitude)
    results.run(f"{tag}: the citizen picks the place on the map and gets a tracking code", pick_on_map)
    if "code" not in state:
        return
    results.run(f"{tag}: the dispatcher scoped to 650100 sees the case and dispatches it to a unit from the list", dispatcher)
    results.run(f"{tag}: the grid page draws two tall grids within one screen and lists their figures", grid_page)
    results.run(f"{tag}: the unit's handler sees the case, accepts it and replies", handler)
    results.run(f"{tag}: the citizen reads the reply by code; a case number reveals nothing", citizen_reads_reply)
    results.run(f"{tag}: the dispatcher verifies and records the follow-up call on the page; the satisfaction rate follows", follow_up)
    if width > 400:
        results.run(f"{tag}: a signed-in citizen finds the request under my requests (Uyghur)", my_requests)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=".build/debug/oasis", help="the oasis executable")
    parser.add_argument("--screenshots", help="dir for screenshots (default: a new temp dir, kept)")
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

    workdir = tempfile.mkdtemp(prefix="oasis-e2e-hotline-")
    shots = args.screenshots or tempfile.mkdtemp(prefix="oasis-e2e-hotline-shots-")
    os.makedirs(shots, exist_ok=True)
    server = Server(binary, workdir, "e2e-" + secrets.token_urlsafe(12))
    driver = None
    try:
        try:
            prepare(binary, server)
        except Exception as exc:  # noqa: BLE001
            results.fail("server, areas and users ready", f"{type(exc).__name__}: {exc}")
            return finish(results, server)
        try:
            driver = make_driver()
        except Exception as exc:  # noqa: BLE001
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
            results.fail("headless chromium starts", f"{type(exc).__name__}: {first}")
            return finish(results, server)
        for width in WIDTHS:
            state = {"binary": binary, "database": os.path.join(workdir, "oasis.sqlite")}
            scenario(results, Browser(driver, server.base, shots), width, state)
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
