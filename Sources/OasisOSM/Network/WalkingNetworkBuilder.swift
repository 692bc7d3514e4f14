import OasisCore
import OasisRouting

/// Builds a `WalkingNetwork` from an `OSMExtract`: the ways `PedestrianAccess` admits, cut into edges
/// whose lengths are the sums of the haversine distances (`GreatCircle`) between consecutive way nodes.
///
/// With `simplify` on (the default) the graph keeps only the nodes where something happens: way ends,
/// nodes shared by two or more admitted ways (or visited twice by one), and the nodes next to a reference
/// the extract does not contain (the way is cut there). Each edge then follows the way through the dropped
/// nodes with their lengths summed, so distances are the same as on the full graph. With `simplify` off
/// every node of an admitted way becomes a graph node. Graph nodes are numbered in the extract's node
/// order, so the same input always gives the same graph.
public struct WalkingNetworkBuilder: Sendable {
    public var access: PedestrianAccess
    public var simplify: Bool

    public init(access: PedestrianAccess = PedestrianAccess(), simplify: Bool = true) {
        self.access = access
        self.simplify = simplify
    }

    public func build(from extract: OSMExtract) throws(OSMError) -> WalkingNetwork {
        let lookup = OSMNodeLookup(nodeIDs: extract.nodeIDs)
        // Admitted ways with their references resolved to extract positions (-1 where missing).
        var ways: [Int] = []
        var resolvedOffsets: [Int] = [0]
        var resolved: [Int32] = []
        var missing = 0
        for way in 0..<extract.wayCount where access.allows(extract.wayTags[way]) {
            let refs = extract.refs(ofWay: way)
            guard refs.count >= 2 else { continue }
            ways.append(way)
            for ref in refs {
                if let index = lookup.index(of: ref) {
                    resolved.append(Int32(index))
                } else {
                    resolved.append(-1)
                    missing += 1
                }
            }
            resolvedOffsets.append(resolved.count)
        }
        let keep = keptNodes(extractNodeCount: extract.nodeCount, resolved: resolved, offsets: resolvedOffsets)
        // Graph numbering in extract order.
        var graphIndex = [Int32](repeating: -1, count: extract.nodeCount)
        var nodeIDs: [Int64] = []
        var latitudes: [Double] = []
        var longitudes: [Double] = []
        for node in 0..<extract.nodeCount where keep[node] {
            graphIndex[node] = Int32(nodeIDs.count)
            nodeIDs.append(extract.nodeIDs[node])
            latitudes.append(extract.latitudes[node])
            longitudes.append(extract.longitudes[node])
        }
        var edges: [WalkingGraph.Edge] = []
        var edgeWayIDs: [Int64] = []
        for (position, way) in ways.enumerated() {
            var start: Int32 = -1 // graph index of the current edge's start, -1 after a missing reference
            var previous: Int32 = -1
            var length = 0.0
            for index in resolved[resolvedOffsets[position]..<resolvedOffsets[position + 1]] {
                guard index >= 0 else {
                    start = -1
                    previous = -1
                    continue
                }
                let node = Int(index)
                if previous >= 0 {
                    length += GreatCircle.distance(
                        latitude1: extract.latitudes[Int(previous)], longitude1: extract.longitudes[Int(previous)],
                        latitude2: extract.latitudes[node], longitude2: extract.longitudes[node])
                }
                previous = index
                guard keep[node] else { continue }
                let here = graphIndex[node]
                if start >= 0 && start != here {
                    edges.append(WalkingGraph.Edge(from: Int(start), to: Int(here), length: length))
                    edgeWayIDs.append(extract.wayIDs[way])
                }
                start = here
                length = 0
            }
        }
        let graph: WalkingGraph
        do {
            graph = try WalkingGraph(nodeCount: nodeIDs.count, edges: edges)
        } catch {
            throw OSMError(.corrupt, "the walking graph could not be built: \(error)")
        }
        return WalkingNetwork(
            graph: graph, nodeIDs: nodeIDs, latitudes: latitudes, longitudes: longitudes, edges: edges,
            edgeWayIDs: edgeWayIDs, walkableWayCount: ways.count, missingNodeReferences: missing)
    }

    /// Which extract nodes become graph nodes (see the type's description).
    private func keptNodes(extractNodeCount: Int, resolved: [Int32], offsets: [Int]) -> [Bool] {
        var keep = [Bool](repeating: false, count: extractNodeCount)
        var seen = [Bool](repeating: false, count: extractNodeCount)
        for way in 0..<(offsets.count - 1) {
            let range = offsets[way]..<offsets[way + 1]
            for position in range {
                let index = resolved[position]
                guard index >= 0 else { continue }
                let node = Int(index)
                let isEnd = position == range.lowerBound || position == range.upperBound - 1
                let besideMissing =
                    (position > range.lowerBound && resolved[position - 1] < 0)
                    || (position < range.upperBound - 1 && resolved[position + 1] < 0)
                if !simplify || isEnd || besideMissing || seen[node] { keep[node] = true }
                seen[node] = true
            }
        }
        return keep
    }
}
