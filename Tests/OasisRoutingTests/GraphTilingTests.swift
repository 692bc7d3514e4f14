import Foundation
import OasisRouting
import OasisTestSupport
import Testing

@Suite("Tiling a graph into a larger benchmark network")
struct GraphTilingTests {
    @Test("2 × 2 copies of a 3 × 3 grid, stitched where the copies touch")
    func grid() throws {
        let base = try GridNetwork.make(size: 3)
        let tiled = try GraphTiling.tile(
            graph: base.graph, longitudes: base.longitudes, latitudes: base.latitudes,
            sources: ["clinic": [0]], factor: 2)
        #expect(tiled.graph.nodeCount == 36)
        // Three east-edge nodes per horizontal pair, three north-edge nodes per vertical pair, two pairs of each.
        #expect(tiled.connectorCount == 12)
        #expect(tiled.sources["clinic"] == [0, 9, 18, 27])
        let far = NearestFacilitySearch(graph: tiled.graph).distances(from: [0])
        // Copy 3 (row 1, column 1), its node 8 (the far corner): 400 m to copy 0's corner, a 0 m connector …
        #expect(abs(far[27 + 8] - 800) < 1e-6)
        let one = try GraphTiling.tile(graph: base.graph, longitudes: base.longitudes, latitudes: base.latitudes, sources: [:], factor: 1)
        #expect(one.graph == base.graph)
        #expect(throws: RoutingError.self) {
            try GraphTiling.tile(graph: base.graph, longitudes: base.longitudes, latitudes: base.latitudes, sources: [:], factor: 0)
        }
    }

    @Test(
        "the Helsinki graph tiles to 6,003 × k² nodes; more copies only bring facilities nearer",
        .enabled(if: SharedData.runs("golden/helsinki-access"), Comment(rawValue: SharedData.skipReason("golden/helsinki-access"))))
    func helsinki() throws {
        let folder = try SharedData.require("golden/helsinki-access")
        let golden = try HelsinkiGoldenTests.load(folder)
        let tiled = try GraphTiling.tile(
            graph: golden.graph, longitudes: golden.longitudes, latitudes: golden.latitudes,
            sources: golden.sources, factor: 2)
        #expect(tiled.graph.nodeCount == 4 * 6_003)
        #expect(tiled.connectorCount > 0)
        let search = NearestFacilitySearch(graph: tiled.graph)
        let baseSearch = NearestFacilitySearch(graph: golden.graph)
        for (type, sources) in golden.sources {
            let inTiles = search.distances(from: tiled.sources[type] ?? [], limit: 2_000)
            let alone = baseSearch.distances(from: sources, limit: 2_000)
            for node in 0..<6_003 { #expect(inTiles[node] <= alone[node]) }
        }
    }
}
