#!/usr/bin/env python3
# Copyright 2025 The Oasis Authors. Licensed under the Apache License, Version 2.0.
"""Browser end-to-end test of the Oasis web shell.

Starts `oasis serve` on a throwaway SQLite database on a free 127.0.0.1 port, then drives headless
Chromium through Selenium like a person would: log in (wrong password first), look at the region
tree, switch language, open a region, switch back, open the home page, the hotline form and a health check in
Uyghur at phone width (right to left, no overflow, no missing glyph), log out.

    python3 Tests/e2e/web_shell_test.py --binary .build/debug/oasis

Needs: selenium (pip), chromium + chromium-driver + fonts-noto-cjk + fonts-noto-core (Debian). scripts/test installs
them. The last line printed is always `N passed, N failed`; the exit code is non-zero on any failure.
Screenshots are kept in a temp dir whose path is printed.
"""

from __future__ import annotations

import json
import os
import sys
from urllib.parse import urlparse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from oasis_browser import PHONE_WIDTH, Browser, Results, Server, http_get, main, text_overflow_problems  # noqa: E402

REGION = "650100"  # 乌鲁木齐市 / Urumqi


ERROR_SELECTORS = (
    "[role=alert]", ".error", ".errors", ".alert", ".flash", ".notice-error", ".form-error",
    "#login-error", "#error", "[data-error]", "[aria-invalid=true]",
)
ERROR_WORDS = ("invalid", "incorrect", "wrong", "failed", "错误", "无效", "不正确", "失败")


# --------------------------------------------------------------------------------------------------
# Uyghur: right to left, no overflow at phone width, no missing glyphs

# Every letter of the Uyghur Arabic-script alphabet (with the hamza carrier ئ, which starts a word that begins
# with a vowel), the Arabic comma, semicolon and question mark and the guillemets the translations use.
UYGHUR_SAMPLE = "ئا ئە ب پ ت ج چ خ د ر ز ژ س ش غ ف ق ك گ ڭ ل م ن ھ ئو ئۇ ئۆ ئۈ ۋ ئې ئى ي ، ؛ ؟ « »"

# Whether any Uyghur character falls back to the missing-glyph box. Method: a canvas draws text through the
# same font matching as the page (the page's own font-family list, then the system's fallback fonts), and a
# character that no font covers is drawn as the first font's .notdef glyph — the same box for every such
# character. So each character is drawn alone with the page's computed font-family and its pixels compared
# with those of two unassigned code points (U+0378, U+0379), which no font can cover. The two must match each
# other (proving that missing characters all draw the same, so equality detects one); a Uyghur letter whose
# pixels equal them is a missing glyph. The characters checked are UYGHUR_SAMPLE plus every Arabic-script
# character in the page's text.
GLYPH_JS = r"""
const sample = arguments[0];
const family = getComputedStyle(document.body).fontFamily;
const canvas = document.createElement('canvas');
canvas.width = 96; canvas.height = 64;
const ctx = canvas.getContext('2d', {willReadFrequently: true});
const draw = ch => {
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  ctx.font = `40px ${family}`;
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#000';
  ctx.fillText(ch, 20, 32);
  return Array.from(ctx.getImageData(0, 0, canvas.width, canvas.height).data.filter((_, i) => i % 4 === 3)).join(',');
};
const tofu = draw('\u0378');
if (draw('\u0379') !== tofu) return {error: 'two unassigned code points drew differently; the method does not hold here'};
const arabic = /[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
const chars = new Set([...sample.replace(/\s/g, '')]);
for (const ch of document.body.innerText) if (arabic.test(ch)) chars.add(ch);
const missing = [...chars].filter(ch => draw(ch) === tofu);
return {family, checked: chars.size, missing: missing.map(ch => ch + ' U+' + ch.codePointAt(0).toString(16).toUpperCase().padStart(4, '0'))};
"""


# --------------------------------------------------------------------------------------------------
# The scenario


def scenario(results: Results, server: Server, b: Browser, password: str) -> None:
    By = b.By

    def api() -> str:
        status, body = http_get(server.base + "/healthz")
        assert status == 200, f"/healthz answered {status}"
        assert json.loads(body).get("status") == "ok", f"/healthz body {body[:200]!r}"
        status, body = http_get(server.base + "/api/v1/regions")
        assert status == 200, f"/api/v1/regions answered {status}"
        items = json.loads(body).get("items")
        assert isinstance(items, list) and items, "/api/v1/regions has no items"
        codes = {i.get("code") for i in items}
        assert {"650000", REGION} <= codes, f"seed regions missing; got {sorted(codes)[:10]}"
        return f"{len(items)} regions"

    def login_form() -> str:
        b.open("/login")
        b.wait_css("input#username", "the username field")
        pwd = b.one("input#password")
        assert pwd.get_attribute("type") == "password", "password input is not type=password"
        hidden = [e for e in b.css("form input[type=hidden]") if (e.get_attribute("value") or "").strip()]
        assert hidden, "no hidden (CSRF) input with a value in the login form"
        b.one("#login-submit")
        assert not b.logged_in(), "a #logout control is shown before logging in"
        return f"lang={b.html_lang()}"

    def wrong_password() -> str:
        b.submit_login("admin", password + "-wrong")
        assert not b.logged_in(), "wrong password shows #logout: logged in?"
        assert b.css("input#password"), f"the login form is not shown again after a wrong password (at {b.path()})"
        indicator = None
        for sel in ERROR_SELECTORS:
            shown = [e for e in b.css(sel) if e.is_displayed() and e.text.strip()]
            if shown:
                indicator = f"{sel}: {shown[0].text.strip()[:60]!r}"
                break
        if indicator is None:
            body = b.d.find_element(By.TAG_NAME, "body").text.lower()
            words = [w for w in ERROR_WORDS if w in body]
            if words:
                indicator = f"text mentions {words[0]!r}"
        assert indicator, "no visible error message after a wrong password"
        # And the session really is anonymous.
        b.open("/")
        assert not b.logged_in(), "after a wrong password, / shows #logout"
        return indicator

    def login() -> str:
        b.submit_login("admin", password)
        b.wait(lambda: urlparse(b.d.current_url).path == "/", "the redirect to /")
        b.wait_css(f"a.region-link[data-code='{REGION}']", f"the region link for {REGION}")
        assert b.logged_in(), "no #logout control on the home page after logging in"
        b.screenshot("1-home")
        return f"lang={b.html_lang()}"

    def switch_to_english() -> str:
        b.open("/")
        link = b.wait_css("#lang-switch a[hreflang='en']", "the English link in #lang-switch")
        b.click_and_wait_reload(link, "choosing English")
        b.wait(lambda: b.html_lang() == "en", "<html lang=en>")
        heads = b.h1_texts()
        assert any("Oasis" in h for h in heads), f"home <h1> does not contain 'Oasis': {heads}"
        assert b.logged_in(), "switching language logged us out"
        return f"h1={heads}"

    def open_region_in_english() -> str:
        b.open("/")  # no ?lang: the cookie must keep English
        link = b.wait_css(f"a.region-link[data-code='{REGION}']", f"the region link for {REGION}")
        b.click_and_wait_reload(link, f"clicking region {REGION}")
        b.wait(lambda: urlparse(b.d.current_url).path == f"/regions/{REGION}", f"/regions/{REGION}")
        assert b.html_lang() == "en", f"language not kept across pages: html lang={b.html_lang()!r}"
        heads = b.h1_texts()
        assert any("Urumqi" in h for h in heads), f"<h1> does not contain 'Urumqi': {heads}"
        table = b.one("table#census", "the census table")
        rows = table.find_elements(By.CSS_SELECTOR, "tr")
        b.screenshot("2-region-en")
        return f"h1={heads}, census rows={len(rows)}"

    def back_to_chinese() -> str:
        b.open(f"/regions/{REGION}")
        link = b.wait_css("#lang-switch a[hreflang='zh-Hans']", "the 中文 link in #lang-switch")
        b.click_and_wait_reload(link, "choosing 中文")
        b.wait(lambda: b.html_lang() == "zh-Hans", "<html lang=zh-Hans>")
        heads = b.h1_texts()
        assert any("乌鲁木齐" in h for h in heads), f"<h1> does not contain 乌鲁木齐: {heads}"
        b.one("table#census", "the census table")
        b.screenshot("3-region-zh")
        b.open("/")
        heads = b.h1_texts()
        assert any("绿洲" in h for h in heads), f"Chinese home <h1> does not contain 绿洲: {heads}"
        return f"home h1={heads}"

    def health_check() -> str:
        # The health check: ranking with the tile map, a region's check with charts, the printable report.
        b.open("/evaluation")
        b.wait_css("table#ranking", "the ranking table on /evaluation")
        b.one("svg", "the tile map")
        link = b.wait_css(f"#ranking a[href^='/evaluation/{REGION}']", "the ranking link to 650100")
        b.click_and_wait_reload(link, "opening 650100's health check")
        b.wait_css("#evaluation-title", "the health-check title")
        overall = b.one("#overall").text
        assert overall and overall != "—", f"no overall score: {overall!r}"
        rows = b.css("table#indicators tbody tr")
        assert len(rows) >= 50, f"only {len(rows)} indicator rows"
        b.one("#sample-note", "the demo-sample notice")
        b.screenshot("5-health-check")
        report = b.one("#report-link", "the printable report link")
        b.click_and_wait_reload(report, "opening the report")
        b.wait_css("table#indicator-table", "the report's indicator table")
        charts = b.css("svg")
        assert len(charts) >= 4, f"the report has {len(charts)} charts"
        b.screenshot("6-report")
        return f"overall={overall}, {len(rows)} indicators, {len(charts)} charts in the report"

    def uyghur() -> str:
        # The home page, the public hotline form and a health-check page in Uyghur at phone width.
        b.viewport(PHONE_WIDTH)
        notes = []
        try:
            b.open("/")
            link = b.wait_css("#lang-switch a[hreflang='ug']", "the ئۇيغۇرچە link in #lang-switch")
            assert link.text.strip() == "ئۇيغۇرچە", f"the Uyghur link reads {link.text!r}"
            b.click_and_wait_reload(link, "choosing ئۇيغۇرچە")
            for path, ready in (("/", "h1"), ("/hotline/new", "form#submit-form"), (f"/evaluation/{REGION}", "#evaluation-title")):
                b.open(path)
                b.wait_css(ready, f"{ready} on {path}")
                html = b.d.find_element(By.TAG_NAME, "html")
                assert html.get_attribute("lang") == "ug", f"{path}: html lang={html.get_attribute('lang')!r}"
                assert html.get_attribute("dir") == "rtl", f"{path}: html dir={html.get_attribute('dir')!r}"
                direction = b.d.execute_script("return getComputedStyle(document.body).direction")
                assert direction == "rtl", f"{path}: body direction is {direction}"
                # Mirrored: the brand sits at the right edge of the header, the first module at the right of the navigation.
                brand = b.d.execute_script(
                    "const r = document.querySelector('.brand').getBoundingClientRect(); return [r.left, r.right, document.documentElement.clientWidth];"
                )
                assert brand[1] > brand[2] - 40, f"{path}: the brand is not at the right edge (x {brand[0]:.0f}..{brand[1]:.0f} of {brand[2]})"
                overflow = text_overflow_problems(b.d)
                assert not overflow, f"{path}: text overflows at {PHONE_WIDTH} px: {overflow}"
                glyphs = b.d.execute_script(GLYPH_JS, UYGHUR_SAMPLE)
                assert "error" not in glyphs, f"{path}: {glyphs.get('error')}"
                assert not glyphs["missing"], f"{path}: missing glyphs {glyphs['missing']} with font-family {glyphs['family']}"
                b.screenshot("7-ug" + path.replace("/", "-").rstrip("-"))
                notes.append(f"{path}: {glyphs['checked']} chars")
            heads = b.h1_texts()
            assert heads, "no <h1> on the Uyghur health-check page"
            # The goal chart is mirrored: each goal's label stands to the right of its bar, and the score scale
            # runs from right (0) to left (100).
            chart = b.d.execute_script(
                """
                const svg = document.querySelector('svg[direction="rtl"]');
                if (!svg) { return {error: 'no mirrored chart'}; }
                const rect = svg.querySelector('rect[height="16"]');
                const texts = [...svg.querySelectorAll('text')];
                const label = texts.find(t => t.getAttribute('text-anchor') === 'end' && t.getAttribute('y') === String(Number(rect.getAttribute('y')) + 12) + '.0');
                const zero = texts.find(t => t.textContent === '0'), hundred = texts.find(t => t.textContent === '100');
                const box = e => e.getBoundingClientRect();
                return {barRight: box(rect).right, labelLeft: label ? box(label).left : null, zero: box(zero).left, hundred: box(hundred).left};
                """
            )
            assert "error" not in chart, f"health check in Uyghur: {chart.get('error')}"
            assert chart["labelLeft"] is not None and chart["labelLeft"] >= chart["barRight"] - 1, f"the goal label is not right of its bar: {chart}"
            assert chart["zero"] > chart["hundred"], f"the score scale is not mirrored: {chart}"
            notes.append("goal chart mirrored")
        finally:
            b.reset_viewport()
        return "; ".join(notes)

    def logout() -> str:
        b.open("/")
        control = b.wait_css("#logout", "the #logout control")
        b.click_and_wait_reload(control, "logging out")
        b.wait(lambda: not b.logged_in(), "#logout to disappear")
        b.wait(
            lambda: b.css("input#username") or b.css("a[href$='/login'], a[href*='/login?'], a[href='login']"),
            "a login form or login link",
        )
        b.screenshot("4-logged-out")
        b.open("/")
        assert not b.logged_in(), "after logging out, / still shows #logout"
        return f"at {b.path()}"

    results.run("api: /healthz and /api/v1/regions", api)
    results.run("login page has form, CSRF field and no logout", login_form)
    results.run("wrong password shows an error and does not log in", wrong_password)
    if not results.run("admin logs in, lands on / with region 650100", login):
        # Everything after needs a session; say so instead of failing in confusing ways.
        for name in ("switch to English", "open region in English", "switch back to Chinese", "health check", "Uyghur", "log out"):
            results.fail(name, "skipped: login failed")
        return
    results.run("switch to English: html[lang=en], h1 has 'Oasis'", switch_to_english)
    results.run("open region 650100 in English: h1 'Urumqi', table#census", open_region_in_english)
    results.run("switch back to Chinese: h1 has 乌鲁木齐", back_to_chinese)
    results.run("health check: ranking, region check, printable report", health_check)
    results.run("Uyghur at 390 px: dir=rtl, mirrored, no overflow, no missing glyph (home, hotline form, health check)", uyghur)
    results.run("log out: login shown, no #logout", logout)


# --------------------------------------------------------------------------------------------------


if __name__ == "__main__":
    sys.exit(main(__doc__, scenario))
