# Copyright 2025 The Oasis Authors. Licensed under the Apache License, Version 2.0.
"""A corpus of bad files sent to every route that takes a file or a document (CSV, XLSX, JSON, GeoJSON, Open311
forms) and to the CLI readers of OSM (XML, PBF) and historical cases (CSV): every one must be refused with a 4xx
(or a CLI error exit) that carries a message, never a 5xx or a crash, and nothing may be written (every table's row
count unchanged; no output file). No route or command reads InfluxDB line protocol, so there is none to send."""

import io
import json
import os
import random
import sqlite3
import subprocess
import zipfile

from oasis_cluster import request

# UTF-16 (with its byte-order mark 0xFF 0xFE) is neither UTF-8 nor GB18030, the two encodings CSV imports read.
UTF16_CSV = "地区,指标,期间,数值\n650000,人均公园面积,2024,12.5\n".encode("utf-16")


def xlsx(sheet_xml, drop=None):
    """A small XLSX package; `drop` leaves one part out."""
    parts = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet_xml,
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            if name != drop:
                z.writestr(name, text)
    return out.getvalue()


def sheet(rows):
    cells = "".join(
        f'<row r="{r + 1}">' + "".join(f'<c r="{chr(65 + c)}{r + 1}" t="inlineStr"><is><t>{v}</t></is></c>' for c, v in enumerate(row)) + "</row>"
        for r, row in enumerate(rows))
    return f'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{cells}</sheetData></worksheet>'


def zip_bomb():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b"<" + b"\0" * (64 * 1024 * 1024))
        z.writestr("[Content_Types].xml", "<Types/>")
    return out.getvalue()


def corpus(rng):
    garbage = bytes(rng.getrandbits(8) for _ in range(4096))
    values_header = "region,indicator,period,value,source\n"
    table = [
        ("empty", b""),
        ("binary garbage", garbage),
        ("UTF-16, neither UTF-8 nor GB18030", UTF16_CSV),
        ("NUL bytes", b"region,indicator,period,value\n650000,\0\0\0,2024,1\n"),
        ("unterminated quote", (values_header + '650000,"green_space_per_person,2024,1,x\n').encode()),
        ("ragged rows", (values_header + "650000,green_space_per_person\n650000,a,b,c,d,e,f,g\n").encode()),
        ("one 2 MB field", (values_header + "650000," + "x" * (2 * 1024 * 1024) + ",2024,1,s\n").encode()),
        ("number out of range", (values_header + "650000,green_space_per_person,2024,1e400,s\n").encode()),
        ("formula as region", (values_header + "=cmd|' /C calc'!A0,green_space_per_person,2024,1,s\n").encode()),
    ]
    xlsx_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    books = [
        ("XLSX: random bytes", garbage),
        ("XLSX: zip header then garbage", b"PK\x03\x04" + garbage),
        ("XLSX: no worksheet part", xlsx(sheet([["region", "indicator"]]), drop="xl/worksheets/sheet1.xml")),
        ("XLSX: malformed sheet XML", xlsx("<worksheet><sheetData><row><c><v>1</v></row>")),
        ("XLSX: truncated package", xlsx(sheet([["region", "indicator", "period", "value"], ["650000", "x", "2024", "1"]]))[:300]),
        ("XLSX: 64 MB sheet compressed small", zip_bomb()),
        ("XLSX: bad values", xlsx(sheet([["region", "indicator", "period", "value", "source"], ["999999", "no_such", "20x4", "abc", "s"]]))),
    ]
    json_docs = [
        ("JSON: empty", b""),
        ("JSON: truncated", b'{"timeZone": "Asia/Shanghai", "years": [{"year": 2027,'),
        ("JSON: nested 100000 deep", b"[" * 100_000 + b"]" * 100_000),
        ("JSON: top-level array", b"[1, 2, 3]"),
        ("JSON: null", b"null"),
        ("JSON: invalid UTF-8", b'{"name": "\xff\xfe\xfd"}'),
        ("JSON: wrong types", b'{"name": 5, "version": [], "categories": "all", "years": {}, "timeZone": 1}'),
        ("JSON: huge number", b'{"year": 1e999999, "years": [{"year": 99999999999999999999999}]}'),
        ("JSON: binary garbage", garbage),
    ]
    geojson = [
        ("GeoJSON: not a FeatureCollection", b'{"type": "Topology"}'),
        ("GeoJSON: unclosed ring", b'{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"a"},'
         b'"geometry":{"type":"Polygon","coordinates":[[[87.6,43.8],[87.7,43.8],[87.7,43.9]]]}}]}'),
        ("GeoJSON: latitude 91", b'{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},'
         b'"geometry":{"type":"Point","coordinates":[87.6,91]}}]}'),
        ("GeoJSON: text coordinates", b'{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},'
         b'"geometry":{"type":"Point","coordinates":["east","north"]}}]}'),
        ("GeoJSON: unknown geometry", b'{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},'
         b'"geometry":{"type":"Circle","coordinates":[87.6,43.8]}}]}'),
        ("GeoJSON: good feature then a bad one", b'{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"ok"},'
         b'"geometry":{"type":"Point","coordinates":[87.6,43.8]}},{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[87.6]}}]}'),
        ("GeoJSON: truncated", b'{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[87.6,'),
    ]
    forms = [
        ("Open311: no service_code", "lat=43.8&long=87.6"),
        ("Open311: latitude not a number", "service_code=C0101&lat=north&long=87.6"),
        ("Open311: latitude 1e400", "service_code=C0101&lat=1e400&long=87.6"),
        ("Open311: bad percent-encoding", "service_code=C0101&lat=43.8&long=87.6&description=%zz%"),
        ("Open311: unknown service", "service_code=NOPE&lat=43.8&long=87.6"),
        ("Open311: no location", "service_code=C0101&description=somewhere"),
    ]
    sends = []
    for route in ("/api/v1/indicator-values/import", "/api/v1/projects/import"):
        sends += [("POST", route, "text/csv", name, body) for name, body in table]
        sends += [("POST", route, xlsx_type, name, body) for name, body in books]
    sends += [("POST", "/api/v1/regions/import", "text/csv", name, body) for name, body in table]
    for method, route in (("PUT", "/api/v1/calendars"), ("PUT", "/api/v1/case-categories"), ("POST", "/api/v1/frameworks"),
                          ("POST", "/api/v1/policies"), ("POST", "/api/v1/cases"), ("POST", "/api/v1/plans")):
        sends += [(method, route, "application/json", name, body) for name, body in json_docs]
    sends += [("PUT", "/api/v1/layers/facilities", "application/geo+json", name, body) for name, body in geojson + json_docs]
    sends += [("POST", "/open311/v2/requests.json", "application/x-www-form-urlencoded", name, body) for name, body in forms]
    return sends


def row_counts(path):
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        # Sessions and tokens record their last use; everything else must stay exactly as it was.
        return {t: db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def http_corpus(checks, server, db_path, admin, open311_key, rng):
    sends = corpus(rng)
    server_errors, accepted, written, silent = [], [], [], []
    for method, route, content_type, name, body in sends:
        before = row_counts(db_path)
        if route.startswith("/open311"):
            body = f"api_key={open311_key}&{body}".encode()
        status, answer = request(method, server.url + route, body, {"Authorization": f"Bearer {admin}", "Content-Type": content_type}, timeout=60)
        after = row_counts(db_path)
        label = f"{method} {route} [{name}] -> {status}"
        if status == 0 or status >= 500:
            server_errors.append(label)
        elif status < 400:
            accepted.append(label)
        else:
            try:
                document = json.loads(answer)
                message = (document.get("error") or {}).get("message") if isinstance(document, dict) else None
                if not message and isinstance(document, list):  # Open311's error list
                    message = document[0].get("description")
            except (ValueError, AttributeError, IndexError):
                message = None
            if not message:
                silent.append(label)
        changed = {t: (before[t], after.get(t)) for t in before if before[t] != after.get(t)}
        if changed:
            written.append(f"{label}: {changed}")
    checks.check(f"bad-input corpus over HTTP: {len(sends)} bad files and forms, 0 answered 5xx (or no answer)", not server_errors,
                 "; ".join(server_errors[:5]))
    checks.check("bad-input corpus: every one refused with a 4xx", not accepted, "; ".join(accepted[:5]))
    checks.check("bad-input corpus: every refusal carries a message", not silent, "; ".join(silent[:5]))
    checks.check("bad-input corpus: nothing written (every table's row count unchanged)", not written, "; ".join(written[:3]))
    checks.check("the server survived the corpus", server.process.poll() is None)
    return len(sends)


def cli_corpus(checks, binary, env, work, rng):
    garbage = bytes(rng.getrandbits(8) for _ in range(4096))
    osm = [
        ("OSM XML: truncated", "x.osm", b'<?xml version="1.0"?><osm version="0.6"><node id="1" lat="43.8" lon="87.6"/><way id="2"><nd ref='),
        ("OSM XML: latitude 200", "x.osm", b'<?xml version="1.0"?><osm version="0.6"><node id="1" lat="200" lon="87.6"/></osm>'),
        ("OSM XML: not OSM", "x.osm", b"<html><body>not osm</body></html>"),
        ("OSM XML: entity expansion", "x.osm", b'<?xml version="1.0"?><!DOCTYPE osm [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
         b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><osm version="0.6"><node id="1" lat="1" lon="1"><tag k="n" v="&d;&d;&d;"/></node></osm>'),
        ("OSM PBF: garbage", "x.osm.pbf", garbage),
        ("OSM PBF: huge blob header length", "x.osm.pbf", b"\x7f\xff\xff\xff" + garbage[:64]),
        ("OSM PBF: empty", "x.osm.pbf", b""),
    ]
    crashed, silent, leftovers = [], [], []

    def refuse(name, file_name, body, command, run_env):
        """Writes the bad file and runs the command on it: it must end with an error exit that says why."""
        path = os.path.join(work, file_name)
        with open(path, "wb") as f:
            f.write(body)
        done = subprocess.run(command(path), env=run_env, capture_output=True, text=True, timeout=120)
        if done.returncode == 0 or done.returncode < 0 or done.returncode >= 128:
            crashed.append(f"{name}: exit {done.returncode}")
        elif not done.stderr.strip():
            silent.append(name)

    output = os.path.join(work, "out.oasisnet")
    for name, file_name, body in osm:
        refuse(name, file_name, body, lambda path: [binary, "network", "build", path, "--output", output], env)
        if os.path.exists(output):
            leftovers.append(name)
            os.remove(output)
    db = os.path.join(work, "cli-bad.sqlite")
    cli_env = dict(env, OASIS_DATABASE_URL=db)
    subprocess.run([binary, "migrate"], env=cli_env, capture_output=True, timeout=120)
    mapping = os.path.join(work, "bad-mapping.json")
    with open(mapping, "w") as f:
        f.write('{"name": "bad", "externalId": "id", "createdAt": {"column": "created", "format": "iso8601", "timeZone": "Asia/Shanghai"},'
                ' "category": {"column": "kind", "values": {"lamp": "C0101"}, "unmapped": "refuse"}}')
    cases = [
        ("cases CSV: one bad row among good ones", b"id,created,kind\na1,2025-01-01T10:00:00+08:00,lamp\na2,not a date,lamp\n"),
        ("cases CSV: repeated id", b"id,created,kind\na1,2025-01-01T10:00:00+08:00,lamp\na1,2025-01-01T10:00:00+08:00,lamp\n"),
        ("cases CSV: unmapped category", b"id,created,kind\na1,2025-01-01T10:00:00+08:00,flood\n"),
        ("cases CSV: UTF-16", "id,created,kind\n甲,2025-01-01T10:00:00+08:00,lamp\n".encode("utf-16")),
        ("cases CSV: missing column", b"id,created\na1,2025-01-01T10:00:00+08:00\n"),
    ]
    written = []
    for name, body in cases:
        refuse(name, "bad-cases.csv", body, lambda path: [binary, "cases", "import", path, "--mapping", mapping], cli_env)
        with sqlite3.connect(db) as conn:
            if conn.execute("SELECT count(*) FROM cases").fetchone()[0] != 0:
                written.append(name)
    total = len(osm) + len(cases)
    checks.check(f"bad-input corpus on the CLI: {total} bad OSM (XML, PBF) and case files refused with an error exit, no crash", not crashed,
                 "; ".join(crashed[:5]))
    checks.check("CLI corpus: every refusal says why on stderr", not silent, "; ".join(silent))
    checks.check("CLI corpus: no artefact left and no case row written", not leftovers and not written, "; ".join(leftovers + written))
    return total
