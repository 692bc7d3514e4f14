#!/usr/bin/env python3
# Copyright 2025 The Oasis Authors. Licensed under the Apache License, Version 2.0.
"""pandana's answer on the golden Helsinki graph, for Tests/OasisRoutingTests/PandanaAgreementTests.swift.

Usage: pandana_nearest.py FOLDER LIMIT TYPE[,TYPE...]
FOLDER holds nodes.csv (id,lon,lat), edges.csv (u,v,length_m) and pois.csv (type,lon,lat,node). Every
facility is placed at the position of its node (the nearest-node rule Oasis uses), so pandana snaps it to
that node. Prints CSV on standard output: `id` and one column per type, the network distance in metres to
the nearest facility of the type, `inf` when none lies within LIMIT metres or the type has no facility.
"""
import os
import sys

import numpy as np
import pandas as pd
import pandana


def main():
    # pandana's C++ core prints its own messages on standard output; keep them on standard error.
    answer = os.fdopen(os.dup(1), "w")
    os.dup2(2, 1)
    folder, limit, types = sys.argv[1], float(sys.argv[2]), sys.argv[3].split(",")
    nodes = pd.read_csv(f"{folder}/nodes.csv")
    edges = pd.read_csv(f"{folder}/edges.csv")
    pois = pd.read_csv(f"{folder}/pois.csv")
    network = pandana.Network(nodes.lon, nodes.lat, edges.u, edges.v, edges[["length_m"]], twoway=True)
    columns = {}
    for name in types:
        at = pois.node.values[pois.type.values == name]
        result = np.full(len(nodes), np.inf)
        if len(at):
            network.set_pois(name, limit, 1, nodes.lon.values[at], nodes.lat.values[at])
            found = network.nearest_pois(limit, name, num_pois=1).iloc[:, 0].to_numpy(dtype=float)
            # pandana writes "nothing within the limit" as the limit itself.
            result = np.where(found >= limit, np.inf, found)
        columns[name] = result
    out = answer
    out.write(",".join(["id"] + types) + "\n")
    for node in range(len(nodes)):
        out.write(",".join([str(node)] + ["inf" if not np.isfinite(columns[t][node]) else repr(float(columns[t][node])) for t in types]) + "\n")
    out.flush()


if __name__ == "__main__":
    main()
