#!/usr/bin/env python3
"""bench/osm-read's osmium side and table: times osmium on the file (best and median of N process runs), its
process start on an empty PBF, and prints every line with what it decodes and the ratios to Oasis's read at the
same thread count, as measured and with osmium's process start taken off.
Usage: osm_read_compare.py FILE OUT REPETITIONS CORES (OUT holds oasis-1.json, oasis-CORES.json, empty.osm.pbf)."""
import json, os, subprocess, sys, time

path, out, repetitions, cores = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
empty = os.path.join(out, "empty.osm.pbf")
NO_SUCH_KEY = "oasis_bench_no_such_key"
threads = sorted({1, cores})
oasis = {t: json.load(open(os.path.join(out, f"oasis-{t}.json"))) for t in threads}


def timed(command, pool_threads=None):
    env = dict(os.environ)
    if pool_threads is not None:
        env["OSMIUM_POOL_THREADS"] = str(pool_threads)
    times = []
    for _ in range(repetitions):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, check=True, env=env)
        times.append(time.perf_counter() - start)
    times.sort()
    return {"best": times[0], "median": times[len(times) // 2]}


def tags_count(file):
    return ["osmium", "tags-count", "-t", "node", "-t", "way", file, NO_SUCH_KEY]


results = {"version": timed(["osmium", "--version"])}
for t in threads:
    results[f"start{t}"] = timed(tags_count(empty), t)
    results[f"same{t}"] = timed(tags_count(path), t)
default_pool = max(1, cores - 2)
results["catNoMeta"] = timed(["osmium", "cat", path, "-t", "node", "-t", "way", "-f", "opl,add_metadata=false", "-o", "/dev/null", "--overwrite"])
results["catAll"] = timed(["osmium", "cat", path, "-f", "opl", "-o", "/dev/null", "--overwrite"])
results["fileinfo"] = timed(["osmium", "fileinfo", "-e", path])
version = subprocess.run(["osmium", "--version"], capture_output=True, text=True).stdout.splitlines()
meta = subprocess.run(["osmium", "fileinfo", "-e", path], capture_output=True, text=True).stdout
meta_line = next((line.strip() for line in meta.splitlines() if "All objects have following metadata" in line), "")
with open(os.path.join(out, "osmium.json"), "w") as f:
    json.dump({"results": results, "version": version}, f, sort_keys=True)

ms = lambda s: s * 1000
first = oasis[threads[0]]
print()
print(f"{os.path.basename(path)}: {first['bytes']:,} bytes, {first['nodes']:,} nodes, {first['ways']:,} ways, {first['relations']:,} relations "
      f"({meta_line.lower() or 'metadata unknown'}); best / median of {repetitions}; {' / '.join(version[:2])}; "
      f"{time.strftime('%Y-%m-%d', time.gmtime())}; load {open(os.path.join(out, 'load.txt')).read().split('load average:')[-1].strip()}")
print("oasis: in process, from the memory-mapped file to the in-memory extract: nodes (id, position, tags) and ways (id, node")
print("       references, tags); metadata skipped, relations counted but not decoded; no process start in its figure.")
print(f"osmium: one process per run, start included unless said; libosmium decodes on OSMIUM_POOL_THREADS threads (default here "
      f"{default_pool}) beside its reading and main threads.")
header = f"{'reader':78} {'best ms':>8} {'median ms':>10} {'osmium ÷ oasis':>15} {'without start':>14}"
print(header)
print("-" * len(header))


def row(label, r, versus=None, start=None):
    ratio = f"{r['best'] / versus:>15.2f}" if versus else f"{'':>15}"
    net = f"{(r['best'] - start) / versus:>14.2f}" if versus and start is not None else f"{'':>14}"
    print(f"{label:78} {ms(r['best']):>8.1f} {ms(r['median']):>10.1f} {ratio} {net}")


print("Same work: nodes with tags and ways with references and tags, no metadata, relations skipped")
for t in threads:
    o = oasis[t]
    row(f"  oasis PBF read, {t} thread{'s' if t > 1 else ''} (in process)", {"best": o["bestSeconds"], "median": o["medianSeconds"]})
    row(f"  osmium tags-count -t node -t way FILE <a key no object has>, pool {t}", results[f"same{t}"], o["bestSeconds"],
        results[f"start{t}"]["best"])
print("osmium's process start (not reading the file)")
for t in threads:
    row(f"  osmium tags-count -t node -t way on an empty PBF (header only), pool {t}", results[f"start{t}"])
row("  osmium --version", results["version"])
o, start = oasis[threads[-1]], results[f"start{default_pool if default_pool in threads else threads[0]}"]["best"]
print(f"More work than Oasis (osmium's default pool {default_pool}; ratios to oasis on {threads[-1]} threads)")
row("  osmium cat -t node -t way -f opl,add_metadata=false -o /dev/null", results["catNoMeta"], o["bestSeconds"], start)
print(f"{'':4}(decodes metadata all the same, then writes every node and way as text)")
row("  osmium cat -f opl -o /dev/null (all objects with metadata, as text)", results["catAll"], o["bestSeconds"], start)
row("  osmium fileinfo -e (all objects with metadata, counted)", results["fileinfo"], o["bestSeconds"], start)
print("Oasis beyond the read (once, on the extract of the last run)")
print(f"  {'walking network from the extract':76} {ms(o['networkSeconds']):>8.1f} {'':>10} {o['networkNodes']:,} nodes, {o['networkEdges']:,} edges")
print(f"  {'facility classification':76} {ms(o['facilitiesSeconds']):>8.1f} {'':>10} {o['facilities']:,} facilities")
