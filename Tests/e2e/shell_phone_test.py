#!/usr/bin/env python3
# Copyright 2025 The Oasis Authors. Licensed under the Apache License, Version 2.0.
"""Browser test of the shell at phone (390 px) and desk (1366 px) width, and of the accounts' password rules.

At 1366 px the module navigation is a bar; at 390 px it collapses into a menu button that opens a list in which every
module is reachable. Every main page (home, a region, the health check, projects, the hotline form, users, the calendar,
the audit log, the value import, living circles) is checked at 390 px in zh-Hans, en and ug: the page never scrolls
sideways, tap targets (navigation links, buttons, selects, inputs) are at least 44 px tall, and chart text is drawn at
11 px or more (font size times the SVG's scale on screen, and the text's bounding box). The health check's score tiles
show whole region names and open the region's check. A user given a one-time password must replace it: the one-time
password and a password used before are refused beside the field; a later change asks for the current password.
Switching the language keeps the page's query.

    python3 Tests/e2e/shell_phone_test.py --binary .build/debug/oasis [--screenshots DIR]

The last line printed is always `N passed, N failed`; screenshots go to the folder printed at the end.
"""

from __future__ import annotations

import json
import os
import sys
from urllib.parse import parse_qs, urlparse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from oasis_browser import DESK_WIDTH, PHONE_WIDTH, Browser, Results, Server, assert_no_overflow, main  # noqa: E402

REGION = "650100"  # 乌鲁木齐市 / Urumqi
LANGUAGES = ("zh-Hans", "en", "ug")
MIN_TAP = 44  # CSS px
MIN_CHART_TEXT = 11  # CSS px

# The main pages and an element each shows when it is ready.
PAGES = (
    ("home", "/", "h1"),
    ("region", f"/regions/{REGION}", "h1"),
    ("health-check", "/evaluation", "h1"),
    ("health-check-region", f"/evaluation/{REGION}", "#evaluation-title"),
    ("projects", "/projects", "h1"),
    ("promotion", "/promotion", "h1"),
    ("hotline-form", "/hotline/new", "form#submit-form"),
    ("users", "/users", "table#users"),
    ("calendar", "/admin/calendars", "h1"),
    ("audit", "/audit", "h1"),
    ("import", "/evaluation/import", "h1"),
    ("living-circles", "/living-circles", "h1"),
)

# Visible controls shorter than 44 px: navigation links, the menu button, buttons, selects and text inputs.
TAP_JS = r"""
const min = arguments[0];
const sel = 'nav a, nav summary, header a, header button, main button, main select, main summary, ' +
  'main input:not([type=hidden]):not([type=checkbox]):not([type=radio])';
const small = [];
for (const el of document.querySelectorAll(sel)) {
  if (el.closest('svg, .visually-hidden, .skip')) continue;
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
  if (r.height < min - 0.5) small.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${(el.textContent || el.value || '').trim().slice(0, 20)}" ${r.height.toFixed(1)} px`);
}
return small.slice(0, 8);
"""

# Chart text as drawn: the font size times the SVG's scale on screen, and the height of the text's box.
CHART_TEXT_JS = r"""
const min = arguments[0];
const small = [];
let checked = 0;
for (const t of document.querySelectorAll('svg text')) {
  const box = t.getBoundingClientRect();
  if (box.width === 0 || !t.textContent.trim()) continue;
  const ctm = t.getScreenCTM();
  const scale = ctm ? Math.hypot(ctm.a, ctm.b) : 1;
  const size = parseFloat(getComputedStyle(t).fontSize) * scale;
  checked += 1;
  if (size < min - 0.01 || box.height < min - 0.01)
    small.push(`"${t.textContent.trim().slice(0, 16)}" drawn at ${size.toFixed(1)} px (box ${box.height.toFixed(1)} px)`);
}
return {checked, small: small.slice(0, 8)};
"""

# The browser's fetch with the page's CSRF token (read from a form on the page): what an admin's page script would do.
FETCH_JS = r"""
const [method, path, body, done] = arguments;
const token = (document.querySelector('input[name=csrf]') || {}).value || '';
fetch(path, {method, headers: {'Content-Type': 'application/json', 'X-CSRF-Token': token}, body: JSON.stringify(body)})
  .then(r => r.text().then(text => done({status: r.status, body: text})))
  .catch(e => done({status: 0, body: String(e)}));
"""


def scenario(results: Results, server: Server, b: Browser, password: str) -> None:
    def desk_navigation() -> str:
        b.viewport(DESK_WIDTH, 900)
        b.submit_login("admin", password)
        assert b.logged_in(), f"admin could not sign in (at {b.path()})"
        b.open("/?lang=en")
        bar = [a for a in b.css("nav.modules ul.bar a") if a.is_displayed()]
        assert len(bar) >= 7, f"only {len(bar)} navigation links shown at {DESK_WIDTH} px"
        menu = b.css("nav.modules details.menu summary")
        assert not (menu and menu[0].is_displayed()), f"the menu button is shown at {DESK_WIDTH} px"
        small = b.d.execute_script(TAP_JS, MIN_TAP)
        assert not small, f"tap targets under {MIN_TAP} px at {DESK_WIDTH} px: {small}"
        assert_no_overflow(b.d, f"/ at {DESK_WIDTH} px")
        b.screenshot("desk-en-home")
        return f"{len(bar)} links in the bar"

    def phone_navigation() -> str:
        b.viewport(PHONE_WIDTH)
        b.open("/?lang=zh-Hans")
        assert not [a for a in b.css("nav.modules ul.bar a") if a.is_displayed()], "the navigation bar is shown at 390 px"
        summary = b.wait_css("nav.modules details.menu summary", "the menu button")
        assert summary.is_displayed(), "the menu button is not shown at 390 px"
        height = summary.rect["height"]
        assert height >= MIN_TAP, f"the menu button is {height:.0f} px tall"
        items = b.css("nav.modules details.menu a")
        assert items and not any(a.is_displayed() for a in items), "the menu's links show before it is opened"
        b.click(summary)
        b.wait(lambda: all(a.is_displayed() for a in b.css("nav.modules details.menu a")), "the menu's links to show")
        b.screenshot("phone-zh-Hans-menu-open")
        hrefs = []
        for a in b.css("nav.modules details.menu a"):
            b.d.execute_script("arguments[0].scrollIntoView({block: 'center'})", a)
            r = b.d.execute_script("const r = arguments[0].getBoundingClientRect(); return [r.left, r.right, r.height]", a)
            assert r[0] >= -1 and r[1] <= PHONE_WIDTH + 1, f"menu link {a.text!r} lies outside the window: {r}"
            assert r[2] >= MIN_TAP, f"menu link {a.text!r} is {r[2]:.0f} px tall"
            hrefs.append(a.get_attribute("href"))
        target = next(a for a in b.css("nav.modules details.menu a") if (a.get_attribute("href") or "").endswith("/users"))
        b.click_and_wait_reload(target, "choosing Users in the menu")
        assert b.path() == "/users", f"the menu's Users link led to {b.path()}"
        return f"{len(hrefs)} links reachable"

    def phone_pages(language: str) -> str:
        b.viewport(PHONE_WIDTH)
        b.open(f"/?lang={language}")
        notes = []
        problems = []
        for name, path, ready in PAGES:
            b.open(path)
            b.wait_css(ready, f"{ready} on {path}")
            assert b.html_lang() == language, f"{path}: html lang={b.html_lang()!r}"
            try:
                assert_no_overflow(b.d, path)
            except AssertionError as exc:
                problems.append(str(exc))
            small = b.d.execute_script(TAP_JS, MIN_TAP)
            if small:
                problems.append(f"{path}: tap targets under {MIN_TAP} px: {small}")
            charts = b.d.execute_script(CHART_TEXT_JS, MIN_CHART_TEXT)
            if charts["small"]:
                problems.append(f"{path}: chart text under {MIN_CHART_TEXT} px: {charts['small']}")
            b.screenshot(f"phone-{language}-{name}")
            notes.append(f"{name}" + (f" ({charts['checked']} chart texts)" if charts["checked"] else ""))
        assert not problems, "; ".join(problems)
        return ", ".join(notes)

    def tiles() -> str:
        b.viewport(PHONE_WIDTH)
        b.open("/evaluation?lang=zh-Hans")
        links = b.css("svg a[href^='/evaluation/']")
        assert len(links) >= 10, f"only {len(links)} tiles are links"
        cut = b.d.execute_script(
            r"""
            const cut = [];
            for (const a of document.querySelectorAll('svg a[href^="/evaluation/"]')) {
              const full = a.getAttribute('data-name') || '';
              const shown = (a.querySelector('text.tile-name') || {}).textContent || '';
              if (shown !== full && !(shown.endsWith('…') && full.startsWith(shown.slice(0, -1).trimEnd())))
                cut.push(`${shown} / ${full}`);
            }
            return cut;
            """
        )
        assert not cut, f"tile names cut without an ellipsis: {cut[:5]}"
        names = b.d.execute_script(
            "return [...document.querySelectorAll('svg a[href^=\"/evaluation/\"] text.tile-name')].map(t => t.textContent)"
        )
        assert any("昌吉回族自治州" == n for n in names), f"昌吉回族自治州 is not shown whole: {names}"
        tile = next(a for a in links if (a.get_dom_attribute("href") or "").endswith(REGION))
        b.click_and_wait_reload(tile, f"tapping the {REGION} tile")
        assert b.path() == f"/evaluation/{REGION}", f"the tile led to {b.path()}"
        return f"{len(links)} tiles"

    def api(method: str, path: str, body: object) -> dict:
        return b.d.execute_async_script(FETCH_JS, method, path, body)

    def field_error(field_id: str) -> str:
        found = [e for e in b.css(f"#{field_id}-error") if e.is_displayed()]
        return found[0].text.strip() if found else ""

    def submit_password(new: str, repeat: str | None = None, current: str | None = None) -> None:
        b.wait_css("input#new-password", "the new-password field")
        if current is not None:
            field = b.one("input#current-password", "the current-password field")
            field.clear()
            field.send_keys(current)
        for selector, value in (("input#new-password", new), ("input#repeat-password", new if repeat is None else repeat)):
            field = b.one(selector)
            field.clear()
            field.send_keys(value)
        b.click_and_wait_reload(b.one("#password-submit"), "saving the password")

    def one_time_password() -> str:
        b.viewport(PHONE_WIDTH)
        b.open("/users?lang=en")
        created = api("POST", "/api/v1/users", {"username": "clerk", "role": "analyst", "password": "clerk-first-pass"})
        assert created["status"] == 201, f"creating clerk: {created}"
        clerk = json.loads(created["body"])["id"]
        b.open("/users")
        reset = b.one(f"form[action='/users/{clerk}/password-reset'] button", "clerk's reset button")
        b.click_and_wait_reload(reset, "resetting clerk's password")
        otp = b.wait_css("#one-time-password", "the one-time password").text.strip()
        b.click_and_wait_reload(b.one("#logout"), "signing out")
        b.submit_login("clerk", otp)
        assert b.path() == "/account/password", f"signing in with the one-time password led to {b.path()}"
        assert not b.css("input#current-password"), "the forced change asks for the current password"
        submit_password(otp)
        assert b.path() == "/account/password", f"the one-time password was accepted (at {b.path()})"
        first = field_error("password")
        assert first, "no error beside the password field for the one-time password"
        b.screenshot("phone-en-password-one-time-refused")
        submit_password("clerk-first-pass")
        second = field_error("password")
        assert second, "no error beside the password field for a password used before"
        submit_password("clerk-second-pass")
        assert b.path() == "/", f"a fresh password was not accepted (at {b.path()}): {field_error('password')}"
        return f"refused: {first!r}, {second!r}"

    def voluntary_change() -> str:
        b.open("/account/password?lang=zh-Hans")
        current = b.wait_css("input#current-password", "the current-password field")
        assert current.get_attribute("type") == "password"
        submit_password("clerk-third-pass", current="not-my-password")
        wrong = field_error("current")
        assert wrong, "no error beside the current-password field for a wrong current password"
        b.screenshot("phone-zh-Hans-password-current-wrong")
        submit_password("clerk-first-pass", current="clerk-second-pass")
        reused = field_error("password")
        assert reused, "a password used before was accepted"
        submit_password("clerk-third-pass", current="clerk-second-pass")
        assert b.path() == "/", f"the change with the current password failed (at {b.path()})"
        b.submit_login("clerk", "clerk-third-pass")
        assert b.logged_in(), "the new password does not sign in"
        return f"wrong current: {wrong!r}; reused: {reused!r}"

    def language_keeps_query() -> str:
        b.viewport(DESK_WIDTH, 900)
        b.open("/")
        if b.logged_in():
            b.click_and_wait_reload(b.one("#logout"), "signing out")
        b.submit_login("admin", password)
        b.open("/audit?limit=7&lang=zh-Hans")
        link = b.wait_css("#lang-switch a[hreflang='ug']", "the Uyghur link")
        b.click_and_wait_reload(link, "choosing Uyghur")
        query = parse_qs(urlparse(b.d.current_url).query)
        assert urlparse(b.d.current_url).path == "/audit", f"the switch left the page: {b.path()}"
        assert query.get("limit") == ["7"], f"the switch lost the query: {b.path()}"
        assert query.get("lang") == ["ug"], f"the switch did not ask for ug: {b.path()}"
        assert b.html_lang() == "ug"
        return b.path()

    results.run(f"at {DESK_WIDTH} px: the navigation is a bar, tap targets >= {MIN_TAP} px, no overflow", desk_navigation)
    results.run(f"at {PHONE_WIDTH} px: the navigation is a menu button; opened, every module is reachable", phone_navigation)
    for language in LANGUAGES:
        results.run(
            f"at {PHONE_WIDTH} px in {language}: every main page fits, tap targets >= {MIN_TAP} px, chart text >= {MIN_CHART_TEXT} px",
            lambda language=language: phone_pages(language),
        )
    results.run("score tiles show whole names and open the region's check", tiles)
    results.run("the forced change refuses the one-time password and an earlier password", one_time_password)
    results.run("a later change asks for the current password and refuses an earlier one", voluntary_change)
    results.run("switching the language keeps the page's query", language_keeps_query)


if __name__ == "__main__":
    sys.exit(main(__doc__, scenario))
