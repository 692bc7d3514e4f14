#!/usr/bin/env python3
"""Prints bench/access's table from its run folder: per graph, per thread count, Oasis and each peer (prep, query
best and median, the query ratio to Oasis at the same thread count, agreement), with what each side did.
Usage: access_report.py OUT "TILES" "THREADS"."""
import glob, json, os, re, sys, time

out, tiles, thread_counts = sys.argv[1], sys.argv[2].split(), [int(t) for t in sys.argv[3].split()]


def read(name):
    path = os.path.join(out, name)
    return open(path).read().split("load average:")[-1].strip() if os.path.exists(path) else "?"


def peers(tile):
    """{(peer, threads): report} from peer-TILE-PEER-THREADS.json (the last line of each is the JSON)."""
    found = {}
    for path in glob.glob(os.path.join(out, f"peer-{tile}-*-*.json")):
        m = re.fullmatch(rf"peer-{tile}-(\w+)-(\d+)\.json", os.path.basename(path))
        lines = open(path).read().strip().splitlines()
        if m and lines:
            found[(m.group(1), int(m.group(2)))] = json.loads(lines[-1]).get(m.group(1), {"error": "no result"})
    return found


print()
print(f"Nearest facility, all nodes × 10 types, limit 2,000 m; best / median of runs (pandana and cityseer prep once; cityseer query once); "
      f"{time.strftime('%Y-%m-%d', time.gmtime())}; load before {read('load-before.txt')}, after {read('load-after.txt')}")
print("oasis: network artefact loaded (prep), then the ten searches on T threads (oasis-access-bench --threads T)")
print("scipy: csgraph multi-source Dijkstra per type, single-threaded (no threads in SciPy's csgraph): one run, shown at every T")
print("pandana: contraction hierarchy + nearest_pois per type, OMP_NUM_THREADS=T; cityseer: accessibility from every node, RAYON_NUM_THREADS=T")
header = (f"{'graph':>16} {'threads':>7} {'tool':9} {'prep s':>9} {'query best s':>13} {'query med s':>12} {'tool ÷ oasis (query)':>21} "
          f"{'agree ≤0.5 %':>13} {'max rel diff':>13}")
print(header)
print("-" * len(header))
for tile in tiles:
    found = peers(tile)
    for threads in thread_counts:
        oasis = json.load(open(os.path.join(out, f"oasis-{tile}-{threads}.json")))
        graph = f"{tile}x{tile} {oasis['nodes']:,} n" if threads == thread_counts[0] else ""
        speedup = ""
        if threads != thread_counts[0]:
            single = json.load(open(os.path.join(out, f"oasis-{tile}-{thread_counts[0]}.json")))
            speedup = f"{single['queryBestSeconds'] / oasis['queryBestSeconds']:.2f}× its {thread_counts[0]}-thread query"
        print(f"{graph:>16} {threads:>7} {'oasis':9} {oasis['prepBestSeconds']:>9.4f} {oasis['queryBestSeconds']:>13.4f} "
              f"{oasis['queryMedianSeconds']:>12.4f} {speedup:>21}")
        for name in ("scipy", "pandana", "cityseer"):
            p = found.get((name, 1 if name == "scipy" else threads))
            if p is None:
                continue
            label = name if name != "scipy" or threads == 1 else "scipy (1)"
            if "error" in p:
                print(f"{'':>16} {threads:>7} {label:9} failed: {p['error']}")
                continue
            ratio = p["queryBest"] / oasis["queryBestSeconds"]
            print(f"{'':>16} {threads:>7} {label:9} {p['prepBest']:>9.4f} {p['queryBest']:>13.4f} {p['queryMedian']:>12.4f} {ratio:>21.1f} "
                  f"{100 * p['agreeShare']:>12.2f}% {p['maxRelativeDifference']:>13.2e}")
print(f"\nraw outputs: {out}")
