extension WalkingGraph {
    /// Adopts arrays already in compressed sparse rows (as a saved artefact holds them), after checking
    /// in one pass that they describe a graph: `offsets` starts at 0, never decreases and ends at the edge
    /// count; every target is a node; every length is finite and ≥ 0. Each undirected edge must appear in
    /// both directions, as `init(nodeCount:edges:)` stores it (not checked: that would need a sort).
    public init(offsets: [Int32], targets: [Int32], lengths: [Double]) throws(RoutingError) {
        guard let first = offsets.first, first == 0 else { throw RoutingError("the row offsets must start at 0") }
        guard targets.count == lengths.count else {
            throw RoutingError("\(targets.count) edge targets but \(lengths.count) edge lengths")
        }
        guard Int(offsets[offsets.count - 1]) == targets.count else {
            throw RoutingError("the last row offset is \(offsets[offsets.count - 1]), not the edge count \(targets.count)")
        }
        let nodeCount = offsets.count - 1
        let problem: String? =
            offsets.withUnsafeBufferPointer { offsets in
                for node in 0..<nodeCount where offsets[node + 1] < offsets[node] {
                    return "row offsets decrease at node \(node)"
                }
                return nil
            } ?? targets.withUnsafeBufferPointer { targets in
                let count = Int32(nodeCount)
                for (index, target) in targets.enumerated() where target < 0 || target >= count {
                    return "edge slot \(index) points at node \(target), outside 0..<\(nodeCount)"
                }
                return nil
            }
            ?? lengths.withUnsafeBufferPointer { lengths in
                for (index, length) in lengths.enumerated() where !(length >= 0 && length.isFinite) {
                    return "edge slot \(index) has length \(length)"
                }
                return nil
            }
        if let problem { throw RoutingError(problem) }
        self.init(validatedNodeCount: nodeCount, offsets: offsets, targets: targets, lengths: lengths)
    }

    /// Each undirected edge once (`from < to`; parallel edges each once), in node order.
    public var undirectedEdges: [Edge] {
        var edges: [Edge] = []
        edges.reserveCapacity(targets.count / 2)
        for node in 0..<nodeCount {
            for slot in Int(offsets[node])..<Int(offsets[node + 1]) where Int(targets[slot]) > node {
                edges.append(Edge(from: node, to: Int(targets[slot]), length: lengths[slot]))
            }
        }
        return edges
    }
}
