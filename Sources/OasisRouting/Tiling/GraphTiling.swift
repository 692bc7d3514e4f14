import Foundation
import OasisCore

/// Makes large benchmark networks from a real one: `factor` × `factor` copies of the graph laid side by
/// side (copy (column, row) translated by column × the bounding box's width east and row × its height
/// north), each copy keeping its facilities, so the 8 × 8 tiling of the 6,003-node Helsinki graph has
/// 384,192 nodes.
///
/// Neighbouring copies are stitched with short connector edges, not by merging nodes (a clipped extract's
/// east and west edges do not share nodes): every node within `band` metres of the east edge is joined to
/// the nearest node (great-circle, after translation) within `band` metres of the west edge of the copy to
/// its east, and likewise north to south. The connector pattern and lengths are worked out once on the
/// base graph and reused for every pair of neighbours, so all copies are joined alike. Node `i` of copy
/// `t = row × factor + column` is node `t × n + i`.
public enum GraphTiling {
    public static func tile(
        graph: WalkingGraph, longitudes: [Double], latitudes: [Double], sources: [String: [Int]],
        factor: Int, band: Double = 50
    ) throws(RoutingError) -> TiledNetwork {
        let n = graph.nodeCount
        guard factor >= 1 else { throw RoutingError("the tiling factor must be at least 1, not \(factor)") }
        guard n > 0, longitudes.count == n, latitudes.count == n else {
            throw RoutingError("tiling needs one position per node (\(n) nodes, \(longitudes.count) longitudes, \(latitudes.count) latitudes)")
        }
        guard n * factor * factor < Int(Int32.max) else { throw RoutingError("\(factor)×\(factor) copies of \(n) nodes are too many") }
        let minLon = longitudes.min() ?? 0
        let maxLon = longitudes.max() ?? 0
        let minLat = latitudes.min() ?? 0
        let maxLat = latitudes.max() ?? 0
        let width = maxLon - minLon
        let height = maxLat - minLat
        let metresPerDegree = GreatCircle.earthRadius * .pi / 180
        let bandLat = band / metresPerDegree
        let bandLon = bandLat / max(0.01, cos((minLat + maxLat) / 2 * .pi / 180))
        // Connectors (base node on the east/north side, base node on the west/south side of the next copy, length).
        let east = longitudes.indices.filter { longitudes[$0] >= maxLon - bandLon }
        let west = longitudes.indices.filter { longitudes[$0] <= minLon + bandLon }
        let north = latitudes.indices.filter { latitudes[$0] >= maxLat - bandLat }
        let south = latitudes.indices.filter { latitudes[$0] <= minLat + bandLat }
        func connectors(_ from: [Int], _ to: [Int], dLon: Double, dLat: Double) -> [(Int, Int, Double)] {
            from.compactMap { a in
                var best: (Int, Double)?
                for b in to {
                    let length = GreatCircle.distance(
                        latitude1: latitudes[a], longitude1: longitudes[a],
                        latitude2: latitudes[b] + dLat, longitude2: longitudes[b] + dLon)
                    if best.map({ length < $0.1 }) ?? true { best = (b, length) }
                }
                return best.map { (a, $0.0, $0.1) }
            }
        }
        let eastward = connectors(east, west, dLon: width, dLat: 0)
        let northward = connectors(north, south, dLon: 0, dLat: height)
        let baseEdges = graph.undirectedEdges
        var edges: [WalkingGraph.Edge] = []
        edges.reserveCapacity(baseEdges.count * factor * factor + (eastward.count + northward.count) * factor * factor)
        var tiledLongitudes: [Double] = []
        var tiledLatitudes: [Double] = []
        tiledLongitudes.reserveCapacity(n * factor * factor)
        tiledLatitudes.reserveCapacity(n * factor * factor)
        var connectorCount = 0
        for row in 0..<factor {
            for column in 0..<factor {
                let base = (row * factor + column) * n
                for edge in baseEdges { edges.append(.init(from: base + edge.from, to: base + edge.to, length: edge.length)) }
                tiledLongitudes += longitudes.map { $0 + Double(column) * width }
                tiledLatitudes += latitudes.map { $0 + Double(row) * height }
                if column + 1 < factor {
                    for (a, b, length) in eastward { edges.append(.init(from: base + a, to: base + n + b, length: length)) }
                    connectorCount += eastward.count
                }
                if row + 1 < factor {
                    for (a, b, length) in northward { edges.append(.init(from: base + a, to: base + factor * n + b, length: length)) }
                    connectorCount += northward.count
                }
            }
        }
        var tiledSources: [String: [Int]] = [:]
        for (type, nodes) in sources {
            tiledSources[type] = (0..<(factor * factor)).flatMap { copy in nodes.map { copy * n + $0 } }
        }
        return TiledNetwork(
            graph: try WalkingGraph(nodeCount: n * factor * factor, edges: edges),
            longitudes: tiledLongitudes, latitudes: tiledLatitudes, sources: tiledSources, connectorCount: connectorCount)
    }
}
