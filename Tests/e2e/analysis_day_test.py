#!/usr/bin/env python3
# Copyright 2025 The Oasis Authors. Licensed under the Apache License, Version 2.0.
"""Browser end-to-end test of analyses from the web (issue 16), at desk width (1366 px) and phone width (390 px).

Starts `oasis serve` on a throwaway SQLite database (the Xinjiang demo, whose sample residences, facilities and
shelters lie in Tianshan District around 87.60 E, 43.78 N) and drives headless Chromium as the administrator:

  1. on 生活圈 for Tianshan (650102), chooses an OSM file (a grid of footways over the sample district, written by
     this test) in the analyses form and starts the analysis; the page reloads with the job, follows its progress
     stream and reloads again when it ends: the job's row says 已完成 with both analyses recorded;
  2. the map now has the streets beneath the features, coloured by walking minutes, and the note naming the job;
     the shelters table shows each shelter's residents within reach;
  3. the zoom buttons under the map zoom its viewport (and the whole-map button goes back).

Every step checks that nothing overflows the viewport and saves a screenshot.

    python3 Tests/e2e/analysis_day_test.py --binary .build/debug/oasis [--screenshots DIR]

The last line printed is always `N passed, N failed`; the exit code is non-zero on any failure.
"""

from __future__ import annotations

import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from oasis_browser import DESK_WIDTH, PHONE_WIDTH, Browser, Results, Server, assert_no_overflow, main  # noqa: E402

REGION = "650102"


def grid_osm(path: str) -> None:
    """Footways every 0.00125° east and 0.0009° north over the sample district (87.5985–87.620 E, 43.7785–43.791 N)."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<osm version="0.6" generator="oasis-e2e">']
    ids = {}
    lons = [87.5985 + i * 0.00125 for i in range(18)]
    lats = [43.7785 + j * 0.0009 for j in range(15)]
    for i, lon in enumerate(lons):
        for j, lat in enumerate(lats):
            ids[(i, j)] = len(ids) + 1
            lines.append(f'<node id="{ids[(i, j)]}" lat="{lat:.6f}" lon="{lon:.6f}"/>')
    way = 0
    for j in range(len(lats)):
        way += 1
        lines.append(f'<way id="{way}">' + "".join(f'<nd ref="{ids[(i, j)]}"/>' for i in range(len(lons))) + '<tag k="highway" v="footway"/></way>')
    for i in range(len(lons)):
        way += 1
        lines.append(f'<way id="{way}">' + "".join(f'<nd ref="{ids[(i, j)]}"/>' for j in range(len(lats))) + '<tag k="highway" v="footway"/></way>')
    lines.append("</osm>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def scenario(results: Results, server: Server, b: Browser, password: str) -> None:
    folder = tempfile.mkdtemp(prefix="oasis-e2e-grid-")
    osm = os.path.join(folder, "tianshan-grid.osm")
    grid_osm(osm)
    jobs_before = {"count": 0}

    def sign_in() -> str:
        b.open("/login")
        b.submit_login("admin", password)
        assert b.logged_in(), "not signed in"
        return ""

    def run_from_page(width: int) -> str:
        b.viewport(width, 900 if width > 600 else 844)
        b.open(f"/living-circles?region={REGION}&lang=zh-Hans")
        jobs_before["count"] = len(b.css("tr[data-job]"))
        b.one("#analysis-network", "the network file field").send_keys(osm)
        b.one("#analysis-form button[type=submit]", "the start button").click()
        # The page reloads with the new job, follows its stream and reloads once more when it ends.
        b.wait(lambda: len(b.css("tr[data-job]")) > jobs_before["count"] and b.css("tr[data-job][data-state=succeeded]")
               and b.css("tr[data-job]")[0].get_attribute("data-state") == "succeeded", "the new job to succeed", timeout=90)
        row = b.css("tr[data-job]")[0]
        assert "已完成" in row.text, f"the job's row says {row.text!r}"
        assert "生活圈覆盖率" in row.text and "避难场所" in row.text, f"recorded: {row.text!r}"
        assert_no_overflow(b.d, f"jobs {width}")
        b.d.execute_script("document.getElementById('analysis-jobs').scrollIntoView()")
        b.screenshot(f"analysis-job-{width}")
        return row.text.replace("\n", " ")[:80]

    def streets_on_map(width: int) -> str:
        note = b.one("#streets-note", "the streets note").text
        assert "号分析所用的步行路网" in note, note
        bands = b.css("#living-map g.valued-lines path")
        assert len(bands) >= 2, f"{len(bands)} colour bands of streets"
        within = [cell.text for cell in b.css("#shelter-list tbody tr td:nth-child(6)")]
        assert within and all(text not in ("", "—") for text in within), f"residents within reach: {within}"
        assert_no_overflow(b.d, f"map {width}")
        b.d.execute_script("document.getElementById('living-map').scrollIntoView()")
        b.screenshot(f"analysis-map-{width}")
        return f"{len(bands)} bands; within reach {within}"

    def zoom(width: int) -> str:
        figure = b.one("#living-map")
        viewport = b.one("#living-map svg.map-viewport")
        def view_box() -> str:
            return b.d.execute_script("return arguments[0].getAttribute('viewBox');", viewport)

        before = view_box()
        b.one(".map-zoom .zoom-in", "the zoom-in button").click()
        b.one(".map-zoom .zoom-in").click()
        assert float(figure.get_attribute("data-zoom") or "1") > 2, f"zoom {figure.get_attribute('data-zoom')}"
        assert view_box() != before, "the viewBox did not change"
        b.one(".map-zoom .zoom-reset", "the whole-map button").click()
        assert view_box() == before, f"whole map: {view_box()} != {before}"
        assert_no_overflow(b.d, f"zoom {width}")
        return "zoomed ×2.25 and back"

    results.run("the administrator signs in", sign_in)
    for width in (DESK_WIDTH, PHONE_WIDTH):
        results.run(f"[{width}] an OSM file chosen on the living-circle page runs as a job and the page follows it to 已完成", lambda: run_from_page(width))
        results.run(f"[{width}] the streets lie beneath the map, coloured by minutes; the shelters show the residents within reach", lambda: streets_on_map(width))
        results.run(f"[{width}] the map zooms in and back to the whole map", lambda: zoom(width))


if __name__ == "__main__":
    sys.exit(main(__doc__, scenario))
