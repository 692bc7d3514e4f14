#!/usr/bin/env python3
"""Builds the OGC API benchmark's collection from the facilities `oasis network export` wrote: the real OSM
facilities of the extract, repeated on a grid of copies shifted by the extract's size (like the graph tilings of
bench/access) up to --features, as one GeoJSON file for `oasis layers import` and one CSV for PostGIS (COPY)."""
import argparse, csv, json, math

parser = argparse.ArgumentParser()
parser.add_argument("--facilities", required=True, help="facilities.csv from oasis network export")
parser.add_argument("--features", type=int, default=10000)
parser.add_argument("--geojson", required=True)
parser.add_argument("--csv", required=True)
args = parser.parse_args()

rows = list(csv.DictReader(open(args.facilities, newline="", encoding="utf-8")))
if not rows:
    raise SystemExit("no facilities in " + args.facilities)
lons = [float(r["lon"]) for r in rows]
lats = [float(r["lat"]) for r in rows]
width = (max(lons) - min(lons)) * 1.05 or 0.01
height = (max(lats) - min(lats)) * 1.05 or 0.01
copies = math.ceil(args.features / len(rows))
side = math.ceil(math.sqrt(copies))
features, table = [], []
n = 0
for copy in range(copies):
    dx, dy = (copy % side) * width, (copy // side) * height
    for r in rows:
        if n == args.features:
            break
        n += 1
        lon, lat = round(float(r["lon"]) + dx, 7), round(float(r["lat"]) + dy, 7)
        name = r.get("name") or ""
        features.append({"type": "Feature", "id": str(n),
                         "properties": {"type": r["type"], "name": name, "osm_id": r["osm_id"]},
                         "geometry": {"type": "Point", "coordinates": [lon, lat]}})
        table.append([n, r["type"], name, r["osm_id"], f"SRID=4326;POINT({lon} {lat})"])
json.dump({"type": "FeatureCollection", "features": features}, open(args.geojson, "w", encoding="utf-8"), ensure_ascii=False)
with open(args.csv, "w", newline="", encoding="utf-8") as out:
    csv.writer(out).writerows(table)
print(f"{n} features ({len(rows)} OSM facilities × {copies} copies on a {side}×{side} grid)")
