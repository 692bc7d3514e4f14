import OasisCore
import OasisRouting
import Testing

@Suite("Attaching points to the nearest node")
struct NodeSnapperTests {
    @Test("the grid index finds the same node as checking every node")
    func matchesBruteForce() throws {
        let network = try GridNetwork.make(size: 12, spacing: 37)
        var generator = LinearCongruential(seed: 7)
        for _ in 0..<500 {
            let point = GridNetwork.position(column: generator.next() * 16 - 2, row: generator.next() * 16 - 2, spacing: 37)
            let snap = try #require(network.snap(longitude: point.longitude, latitude: point.latitude))
            var best = (node: -1, distance: Double.infinity)
            for node in 0..<network.graph.nodeCount {
                let distance = GreatCircle.distance(
                    latitude1: point.latitude, longitude1: point.longitude,
                    latitude2: network.latitudes[node], longitude2: network.longitudes[node])
                if distance < best.distance { best = (node, distance) }
            }
            #expect(snap.node == best.node)
            #expect(abs(snap.distance - best.distance) < 1e-9)
        }
    }

    @Test("a point far outside the nodes still attaches; an empty network attaches nothing")
    func farAndEmpty() throws {
        let network = try GridNetwork.make(size: 3)
        let far = GridNetwork.position(column: 40, row: -30)
        #expect(network.snap(longitude: far.longitude, latitude: far.latitude)?.node == 2)
        #expect(NodeSnapper(longitudes: [], latitudes: []).snap(longitude: 0, latitude: 0) == nil)
    }
}

/// A tiny deterministic random source for tests (values in 0..<1).
struct LinearCongruential {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> Double {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Double(state >> 11) / Double(1 << 53)
    }
}
