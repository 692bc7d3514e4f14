import OasisRouting
import Testing

@Suite("Isochrones")
struct IsochroneTests {
    @Test("on a grid, the reachable nodes form a diamond and the hull is its four corners")
    func diamond() throws {
        let network = try GridNetwork.make(size: 9)
        let centre = GridNetwork.position(column: 4.05, row: 3.97)
        // 5 minutes at 60 m/min = 300 m: nodes within three blocks (Manhattan distance ≤ 3) of the centre node 40.
        let isochrone = try #require(Isochrone.compute(from: centre.longitude, centre.latitude, minutes: 5, network: network))
        #expect(isochrone.origin == 40)
        #expect(isochrone.limit == 300)
        #expect(isochrone.reachable.count == 25) // 1 + 4 + 8 + 12
        #expect(isochrone.reachable.first?.node == 40)
        #expect(isochrone.reachable.last?.distance == 300)
        let corners = [(4, 1), (7, 4), (4, 7), (1, 4)].map { network.longitudes[$0.1 * 9 + $0.0] }
        #expect(isochrone.ring.count == 5)
        #expect(isochrone.ring.first == isochrone.ring.last)
        #expect(Set(isochrone.ring.map(\.longitude)) == Set(corners))
        // Counter-clockwise: positive shoelace area.
        let ring = isochrone.ring
        var twiceArea = 0.0
        for index in 0..<(ring.count - 1) {
            let term = ring[index].longitude * ring[index + 1].latitude - ring[index + 1].longitude * ring[index].latitude
            twiceArea += term
        }
        #expect(twiceArea > 0)
    }

    @Test("a short walk reaches only the origin; the hull of fewer than three points is the points")
    func degenerate() throws {
        let network = try GridNetwork.make(size: 3)
        let isochrone = try #require(Isochrone.compute(from: network.longitudes[4], network.latitudes[4], minutes: 1, network: network))
        #expect(isochrone.reachable.map(\.node) == [4])
        #expect(isochrone.ring == [LonLat(network.longitudes[4], network.latitudes[4])])
        #expect(ConvexHull.ring([LonLat(0, 0), LonLat(1, 1), LonLat(2, 2)]) == [LonLat(0, 0), LonLat(2, 2)])
    }
}
