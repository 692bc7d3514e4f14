"""Peers for bench/access: SciPy, pandana and cityseer on the graph and facilities Oasis exported.

Reads DIR/nodes.csv (id,lon,lat), DIR/edges.csv (u,v,length_m), DIR/pois.csv (type,node) and Oasis's
DIR/distances.f64, runs each peer on exactly that graph with each facility at its node (the nearest-node
rule), and prints one JSON object: per peer the preparation and query times (best and median of R) and the
agreement with Oasis (share of node x type pairs within 0.5 %, largest relative difference).
"""
import json, math, sys, time
from importlib.metadata import version

import numpy as np
import pandas as pd

LIMIT = 2000.0


def timed(fn, repetitions):
    times, result = [], None
    for _ in range(repetitions):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    times.sort()
    return times[0], times[len(times) // 2], result


def agreement(oasis, theirs):
    """Share of pairs where both are unreached, or both reached and within 0.5 % (1 cm near zero)."""
    o_fin, t_fin = np.isfinite(oasis), np.isfinite(theirs)
    both = o_fin & t_fin
    diff = np.abs(oasis[both] - theirs[both])
    ok_close = diff <= np.maximum(0.005 * oasis[both], 0.01)
    agree = int(ok_close.sum()) + int((~o_fin & ~t_fin).sum())
    rel = float((diff / np.maximum(oasis[both], 1.0)).max()) if both.any() else 0.0
    return {"agreeShare": agree / oasis.size, "maxRelativeDifference": rel, "maxAbsoluteDifference": float(diff.max()) if both.any() else 0.0,
            "pairs": int(oasis.size)}


def run_scipy(n, edges, pois, types, repetitions):
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import dijkstra
    import scipy
    prep_best, prep_median, graph = timed(lambda: csr_matrix((edges.length_m.values, (edges.u.values, edges.v.values)), shape=(n, n)), repetitions)

    def query():
        out = np.full((len(types), n), np.inf)
        for i, t in enumerate(types):
            nodes = pois.node.values[pois.type.values == t]
            if len(nodes):
                out[i] = dijkstra(graph, directed=False, indices=nodes, min_only=True, limit=LIMIT)
        return out
    q_best, q_median, out = timed(query, repetitions)
    return {"version": scipy.__version__, "prepBest": prep_best, "prepMedian": prep_median, "queryBest": q_best, "queryMedian": q_median}, out


def run_pandana(nodes, edges, pois, types, repetitions):
    import pandana
    present = [t for t in types if (pois.type == t).any()]

    def prep():
        # No precompute(): nearest_pois does not need it, and on 8x8 its per-node range cache outgrows 24 GB.
        net = pandana.Network(nodes.lon, nodes.lat, edges.u, edges.v, edges[["length_m"]], twoway=True)
        for t in present:
            sel = pois[pois.type == t]
            net.set_pois(t, LIMIT, 1, nodes.lon.values[sel.node.values], nodes.lat.values[sel.node.values])
        return net
    prep_best, prep_median, net = timed(prep, 1)

    def query():
        out = np.full((len(types), len(nodes)), np.inf)
        for i, t in enumerate(types):
            if t in present:
                d = np.array(net.nearest_pois(LIMIT, t, num_pois=1).iloc[:, 0].to_numpy(dtype=float), copy=True)
                d[d >= LIMIT] = np.inf  # pandana reports "none within the limit" as the limit itself
                out[i] = d
        return out
    q_best, q_median, out = timed(query, repetitions)
    return {"version": version("pandana"), "prepBest": prep_best, "prepMedian": prep_median,
            "queryBest": q_best, "queryMedian": q_median}, out


def run_cityseer(nodes, edges, pois, types):
    """cityseer computes from each node outward, so one run answers every type; it measures edge lengths from
    geometry, so each edge gets a polyline (straight, or with one bend) whose planar length is the edge's length."""
    import cityseer
    from cityseer import rustalgos
    lat0 = math.radians(float(nodes.lat.mean()))
    k = 6371008.8 * math.pi / 180
    xs = (nodes.lon.values * k * math.cos(lat0)).tolist()
    ys = (nodes.lat.values * k).tolist()

    def prep():
        ns = rustalgos.graph.NetworkStructure()
        for i in range(len(xs)):
            ns.add_street_node(i, xs[i], ys[i], True, 1.0)
        for idx, (u, v, length) in enumerate(zip(edges.u.values.tolist(), edges.v.values.tolist(), edges.length_m.values.tolist())):
            x1, y1, x2, y2 = xs[u], ys[u], xs[v], ys[v]
            d = math.hypot(x2 - x1, y2 - y1)
            if length > d + 1e-6 and d > 0:
                h = math.sqrt((length / 2) ** 2 - (d / 2) ** 2)
                mx, my = (x1 + x2) / 2 - (y2 - y1) / d * h, (y1 + y2) / 2 + (x2 - x1) / d * h
                wkt = f"LINESTRING ({x1} {y1}, {mx} {my}, {x2} {y2})"
            elif d == 0 and length > 0:
                wkt = f"LINESTRING ({x1} {y1}, {x1 + length / 2} {y1}, {x2} {y2})"
            else:
                wkt = f"LINESTRING ({x1} {y1}, {x2} {y2})"
            ns.add_street_edge(u, v, idx, u, v, wkt)
            back = wkt.replace("LINESTRING (", "").rstrip(")").split(", ")
            ns.add_street_edge(v, u, idx, v, u, "LINESTRING (" + ", ".join(reversed(back)) + ")")
        ns.validate()
        ns.build_edge_rtree()
        dm = rustalgos.data.DataMap()
        landuses = {}
        for j, (t, node) in enumerate(zip(pois.type.values.tolist(), pois.node.values.tolist())):
            key = f"{t}-{j}"
            dm.insert(key, f"POINT ({xs[node]} {ys[node]})")
            landuses[key] = t
        dm.assign_data_to_network(ns, 100.0, 6)
        return ns, dm, landuses
    prep_best, prep_median, (ns, dm, landuses) = timed(prep, 1)
    present = [t for t in types if (pois.type == t).any()]

    def query():
        return dm.accessibility(ns, landuses, present, distances=[int(LIMIT)], pbar_disabled=True)
    q_best, q_median, result = timed(query, 1)
    out = np.full((len(types), len(nodes)), np.inf)
    for i, t in enumerate(types):
        if t in present:
            d = np.array(result.result[t].distance[int(LIMIT)], dtype=float, copy=True)
            d[~np.isfinite(d)] = np.inf
            d[d > LIMIT] = np.inf
            out[i] = d
    return {"version": version("cityseer"), "prepBest": prep_best, "prepMedian": prep_median,
            "queryBest": q_best, "queryMedian": q_median}, out


def main():
    folder, types, repetitions, peers = sys.argv[1], sys.argv[2].split(","), int(sys.argv[3]), sys.argv[4].split(",")
    nodes = pd.read_csv(f"{folder}/nodes.csv")
    edges = pd.read_csv(f"{folder}/edges.csv")
    pois = pd.read_csv(f"{folder}/pois.csv")
    n = len(nodes)
    oasis = np.fromfile(f"{folder}/distances.f64", dtype="<f8").reshape(len(types), n)
    report = {}
    for peer in peers:
        try:
            if peer == "scipy":
                info, out = run_scipy(n, edges, pois, types, repetitions)
            elif peer == "pandana":
                info, out = run_pandana(nodes, edges, pois, types, repetitions)
            elif peer == "cityseer":
                info, out = run_cityseer(nodes, edges, pois, types)
            else:
                continue
            info.update(agreement(oasis, out))
            report[peer] = info
        except Exception as error:  # a peer that fails is reported, the others still run
            report[peer] = {"error": f"{type(error).__name__}: {error}"}
        print(f"[bench] {peer} done", file=sys.stderr, flush=True)
    print(json.dumps(report, sort_keys=True))


if __name__ == "__main__":
    main()
