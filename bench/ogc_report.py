#!/usr/bin/env python3
"""Prints bench/ogc's tables from the raw outputs in its run folder: the varied-URL comparison with pygeoapi
(each ratio with what each side did), Oasis's items ÷ healthz ratio, and the kept-page line (Oasis only)."""
import argparse, json, os, re, time

parser = argparse.ArgumentParser()
parser.add_argument("out")
parser.add_argument("--duration", type=int, required=True)
parser.add_argument("--threads", type=int, required=True)
parser.add_argument("--connections", type=int, required=True)
parser.add_argument("--workers", type=int, required=True)
args = parser.parse_args()
out = args.out
QUERIES = ("limit=10", "limit=100", "limit=10 bbox", "limit=100 bbox")


def read(name):
    path = os.path.join(out, name)
    return open(path, encoding="utf-8").read().strip() if os.path.exists(path) else "?"


def wrk(name):
    text = open(os.path.join(out, f"wrk-{name}.txt")).read()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    m = re.search(r"99%\s+([\d.]+)(us|ms|s)", text)
    p99 = float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    errors = re.search(r"Socket errors: (.*)", text)
    return {"rps": rps, "p99": p99, "non2xx": int(bad.group(1)) if bad else 0, "socket": errors.group(1) if errors else ""}


def samples(server, index):
    rows = []
    for line in open(os.path.join(out, f"{server}-samples-{index}.jsonl"), encoding="utf-8"):
        line = line.strip()
        doc = json.loads(line) if line else {}
        rows.append((doc.get("numberMatched"), len(doc.get("features", []))))
    return rows


def compare(oasis, peer, field):
    equal = sum(1 for o, p in zip(oasis, peer) if o[field] == p[field])
    return f"{oasis[0][field]} / {peer[0][field]} ({equal} of {len(oasis)} equal)"


def problems(o, p):
    notes = [f"non-2xx {o['non2xx']} / {p['non2xx']}"] if o["non2xx"] or p["non2xx"] else []
    notes += [f"socket errors: {s}" for s in (o["socket"], p["socket"]) if s]
    return f" ({'; '.join(notes)})" if notes else ""


paths = json.loads(read("paths.json"))
lists = paths["lists"]
setting = f"wrk -t{args.threads} -c{args.connections} -d{args.duration}s after a 3 s warm-up, every run through bench/ogc_paths.lua"
print()
print(f"OGC API — Features items pages, {paths['features']:,} features; {setting}; {time.strftime('%Y-%m-%d', time.gmtime())}")
print(f"load before: {read('load-before.txt')}")
print(f"load after:  {read('load-after.txt')}")
print(f"Oasis: embedded SQLite store, the public layer answered from its in-memory copy; every request a different URL "
      f"(offset varied, and the bbox for the bbox queries), no URL repeated within about {min(l['paths'] for l in lists) // args.threads:,} "
      f"requests, so no page Oasis keeps (at most 1,024 per layer) is used again.")
print(f"pygeoapi: {read('pygeoapi-version.txt')}, {args.workers} sync workers, PostgreSQL provider on {read('postgis-version.txt')} "
      f"(GiST index on the points); the same URL lists in the same order.")
print()
print("| query (every request a different URL) | URLs in the list | Oasis req/s | Oasis p99 ms | pygeoapi req/s | pygeoapi p99 ms "
      "| Oasis ÷ pygeoapi | numberMatched, first of 3 samples (Oasis / pygeoapi) | returned |")
print("|---|---|---|---|---|---|---|---|---|")
for i, query in enumerate(QUERIES):
    o, p = wrk(f"oasis-varied-{i}"), wrk(f"pygeoapi-varied-{i}")
    os_, ps = samples("oasis", i), samples("pygeoapi", i)
    print(f"| {query}, varied offset{' and bbox' if lists[i]['bbox'] else ''} | {lists[i]['distinct']:,} | {o['rps']:,.0f} | {o['p99']:.1f} "
          f"| {p['rps']:,.1f} | {p['p99']:.1f} | {o['rps'] / p['rps']:.0f}× | {compare(os_, ps, 0)} | {compare(os_, ps, 1)}{problems(o, p)} |")
items, before, after = wrk("oasis-varied-0"), wrk("oasis-healthz-before"), wrk("oasis-healthz-after")
health = (before["rps"] + after["rps"]) / 2
print()
print(f"Oasis items limit=10, varied offset ÷ Oasis /healthz, the same server in the same run with the same wrk settings and "
      f"script, healthz measured just before and just after the items: {items['rps'] / health:.2f} ({items['rps']:,.0f} ÷ {health:,.0f} req/s, "
      f"the mean of {before['rps']:,.0f} and {after['rps']:,.0f}; healthz p99 {before['p99']:.1f} and {after['p99']:.1f} ms; target ≥ 0.7)")
print()
print("Kept page — Oasis only: ONE URL asked again and again (what bench/ogc measured before issue 19); after the first "
      "request Oasis answers from the page it kept. Not a comparison with pygeoapi, which keeps nothing.")
print()
print("| query (one URL repeated) | URL | Oasis req/s | Oasis p99 ms | kept ÷ varied |")
print("|---|---|---|---|---|")
for i, query in enumerate(QUERIES):
    k, v = wrk(f"oasis-fixed-{i}"), wrk(f"oasis-varied-{i}")
    bad = f" (non-2xx {k['non2xx']})" if k["non2xx"] else ""
    print(f"| {query}, kept page | `{lists[i]['fixed']}` | {k['rps']:,.0f} | {k['p99']:.1f} | {k['rps'] / v['rps']:.2f}{bad} |")
