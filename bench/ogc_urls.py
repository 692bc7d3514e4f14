#!/usr/bin/env python3
"""Writes the request paths bench/ogc sends with wrk (through bench/ogc_paths.lua), one file per server and
query, one path per line, so that both servers get exactly the same requests in the same order.

Varied lists (what the comparison uses):
  * without bbox: every offset from 0 to features − limit once, in a strided order (offset = i × step mod M, step
    coprime with M, near 0.618 M), so consecutive requests ask for pages far apart;
  * with bbox: --count distinct requests, each a box half the extent wide and high at a random place inside the extent
    (one of 32 × 32 places) and a random offset within the features that box matches (counted here), so every
    page is full.
wrk's threads start evenly spread over a list, so the same path comes back only after about len / threads
requests: far more than the 1,024 pages Oasis keeps per layer, so no varied request is answered from a kept page.

Fixed lists (the "kept page" line, what the old script measured): one path, repeated, with the middle quarter of
the extent as the box and no offset. /healthz: one path.

Prints the fixed box and one JSON line per query describing the lists (count, distinct paths)."""
import argparse, bisect, json, math, os, random

parser = argparse.ArgumentParser()
parser.add_argument("--geojson", required=True, help="the collection bench/ogc imported")
parser.add_argument("--out", required=True, help="folder for the path lists")
parser.add_argument("--count", type=int, default=20000, help="requests in each bbox list")
parser.add_argument("--seed", type=int, default=19)
args = parser.parse_args()

points = sorted(tuple(f["geometry"]["coordinates"][:2]) for f in json.load(open(args.geojson, encoding="utf-8"))["features"])
xs = [p[0] for p in points]
x0, x1 = xs[0], xs[-1]
y0, y1 = min(p[1] for p in points), max(p[1] for p in points)
width, height = x1 - x0, y1 - y0
total = len(points)

PREFIX = {"oasis": "/ogc/collections/facilities/items?", "pygeoapi": "/collections/facilities/items?f=json&"}
LIMITS = (10, 100, 10, 100)
WITH_BBOX = (False, False, True, True)


def box_text(box):
    return ",".join(f"{v:.6f}" for v in box)


def matched(box):
    """Points inside the box, edges included (as both servers count a point on the edge)."""
    lo, hi = bisect.bisect_left(xs, box[0]), bisect.bisect_right(xs, box[2])
    return sum(1 for p in points[lo:hi] if box[1] <= p[1] <= box[3])


def strided(m):
    """0..m−1 in an order that jumps about 0.618 m at each step (a permutation: the step is coprime with m)."""
    step = max(1, round(m * 0.6180339887))
    while math.gcd(step, m) != 1:
        step += 1
    return [(i * step) % m for i in range(m)]


rng = random.Random(args.seed)
places = 32
boxes = []
for gx in range(places):
    for gy in range(places):
        left, bottom = x0 + gx / (places - 1) * width / 2, y0 + gy / (places - 1) * height / 2
        box = tuple(float(f"{v:.6f}") for v in (left, bottom, left + width / 2, bottom + height / 2))
        boxes.append((box, matched(box)))
middle = tuple(float(f"{v:.6f}") for v in (x0 + width / 4, y0 + height / 4, x0 + 3 * width / 4, y0 + 3 * height / 4))

os.makedirs(args.out, exist_ok=True)
summary = []
for index, (limit, with_bbox) in enumerate(zip(LIMITS, WITH_BBOX)):
    if with_bbox:
        queries, seen = [], set()
        while len(queries) < args.count:  # distinct paths: a repeat is drawn again
            box, count = rng.choice(boxes)
            query = f"limit={limit}&offset={rng.randint(0, max(0, count - limit))}&bbox={box_text(box)}"
            if query not in seen:
                seen.add(query)
                queries.append(query)
    else:
        queries = [f"limit={limit}&offset={offset}" for offset in strided(total - limit + 1)]
    fixed = f"limit={limit}" + (f"&bbox={box_text(middle)}" if with_bbox else "")
    for server, prefix in PREFIX.items():
        with open(os.path.join(args.out, f"{server}-varied-{index}.txt"), "w") as f:
            f.writelines(prefix + q + "\n" for q in queries)
        with open(os.path.join(args.out, f"{server}-fixed-{index}.txt"), "w") as f:
            f.write(prefix + fixed + "\n")
    summary.append({"query": index, "limit": limit, "bbox": with_bbox, "paths": len(queries), "distinct": len(set(queries)),
                    "fixed": fixed})
with open(os.path.join(args.out, "healthz.txt"), "w") as f:
    f.write("/healthz\n")
counts = sorted(c for _, c in boxes)
print(json.dumps({"features": total, "middleBox": box_text(middle), "boxMatchedMin": counts[0], "boxMatchedMax": counts[-1],
                  "lists": summary}))
