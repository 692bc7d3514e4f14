import Foundation
import OasisRouting
import OasisTestSupport
import Testing

@Suite("The golden Helsinki walking distances (shared/data/golden/helsinki-access)")
struct HelsinkiGoldenTests {
    static func rows(_ url: URL) throws -> [[Substring]] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst().map {
            $0.split(separator: ",", omittingEmptySubsequences: false)
        }
    }

    /// The golden graph with node positions and facility sources.
    static func load(_ folder: URL) throws -> (graph: WalkingGraph, longitudes: [Double], latitudes: [Double], sources: [String: [Int]]) {
        let nodes = try rows(folder.appendingPathComponent("nodes.csv"))
        let edges = try rows(folder.appendingPathComponent("edges.csv")).map {
            WalkingGraph.Edge(from: Int($0[0])!, to: Int($0[1])!, length: Double($0[2])!)
        }
        var sources: [String: [Int]] = [:]
        for row in try rows(folder.appendingPathComponent("pois.csv")) { sources[String(row[0]), default: []].append(Int(row[3])!) }
        return (try WalkingGraph(nodeCount: nodes.count, edges: edges), nodes.map { Double($0[1])! }, nodes.map { Double($0[2])! }, sources)
    }

    @Test(
        "every node's distance to the nearest facility of each type matches SciPy within 1 mm",
        .enabled(if: SharedData.runs("golden/helsinki-access"), Comment(rawValue: SharedData.skipReason("golden/helsinki-access"))))
    func golden() throws {
        let folder = try SharedData.require("golden/helsinki-access")
        let nodes = try Self.rows(folder.appendingPathComponent("nodes.csv"))
        let edges = try Self.rows(folder.appendingPathComponent("edges.csv")).map {
            WalkingGraph.Edge(from: Int($0[0])!, to: Int($0[1])!, length: Double($0[2])!)
        }
        let graph = try WalkingGraph(nodeCount: nodes.count, edges: edges)
        var sources: [String: [Int]] = [:]
        for row in try Self.rows(folder.appendingPathComponent("pois.csv")) { sources[String(row[0]), default: []].append(Int(row[3])!) }
        let expectedText = try String(contentsOf: folder.appendingPathComponent("distances_scipy.csv"), encoding: .utf8).split(separator: "\n")
        let types = expectedText[0].split(separator: ",").dropFirst().map(String.init)
        let expected = expectedText.dropFirst().map { $0.split(separator: ",").dropFirst().map { $0 == "inf" ? Double.infinity : Double($0)! } }
        #expect(types.count == 10 && expected.count == 6_003)
        let search = NearestFacilitySearch(graph: graph)
        let parallel = search.distances(fromEach: types.map { sources[$0] ?? [] }, limit: 2_000, parallelism: 2)
        let withHeap = NearestFacilitySearch(graph: graph, bucketWidth: 0)
        var compared = 0
        var worst = 0.0
        for (column, type) in types.enumerated() {
            let distances = search.distances(from: sources[type] ?? [], limit: 2_000)
            #expect(parallel[column] == distances)
            let reference = withHeap.distances(from: sources[type] ?? [], limit: 2_000)
            let bucketVersusHeap = zip(distances, reference).map { $0 == $1 ? 0 : abs($0 - $1) }.max() ?? 0
            #expect(bucketVersusHeap < 1e-9, "\(type): bucket and heap queues differ by \(bucketVersusHeap) m")
            for node in 0..<graph.nodeCount {
                let want = expected[node][column]
                let got = distances[node]
                if want.isInfinite {
                    #expect(got.isInfinite, "node \(node), \(type): expected unreachable, got \(got)")
                } else {
                    worst = max(worst, abs(got - want))
                }
                compared += 1
            }
        }
        #expect(compared == 60_030)
        #expect(worst <= 0.001, "largest difference \(worst) m")
    }
}
