import Foundation
import OasisRouting

/// The golden Helsinki inputs (`nodes.csv` id,lon,lat; `edges.csv` u,v,length_m; `pois.csv` type,lon,lat,node)
/// read into a graph with positions and facility sources.
struct GoldenNetwork {
    var graph: WalkingGraph
    var longitudes: [Double]
    var latitudes: [Double]
    var sources: [String: [Int]]

    static func load(from folder: URL) throws -> GoldenNetwork {
        let nodes = try rows(folder.appendingPathComponent("nodes.csv"))
        var longitudes = [Double](repeating: 0, count: nodes.count)
        var latitudes = [Double](repeating: 0, count: nodes.count)
        for row in nodes {
            guard let id = Int(row[0]), id >= 0, id < nodes.count, let lon = Double(row[1]), let lat = Double(row[2]) else {
                throw RoutingError("nodes.csv: bad row \(row)")
            }
            longitudes[id] = lon
            latitudes[id] = lat
        }
        let edges = try rows(folder.appendingPathComponent("edges.csv")).map { row -> WalkingGraph.Edge in
            guard let u = Int(row[0]), let v = Int(row[1]), let length = Double(row[2]) else { throw RoutingError("edges.csv: bad row \(row)") }
            return WalkingGraph.Edge(from: u, to: v, length: length)
        }
        var sources: [String: [Int]] = [:]
        for row in try rows(folder.appendingPathComponent("pois.csv")) {
            guard let node = Int(row[3]) else { throw RoutingError("pois.csv: bad row \(row)") }
            sources[String(row[0]), default: []].append(node)
        }
        return GoldenNetwork(
            graph: try WalkingGraph(nodeCount: nodes.count, edges: edges),
            longitudes: longitudes, latitudes: latitudes, sources: sources)
    }

    private static func rows(_ url: URL) throws -> [[Substring]] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst()
            .map { $0.split(separator: ",", omittingEmptySubsequences: false) }
    }
}
