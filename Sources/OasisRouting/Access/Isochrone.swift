/// What a person can reach on foot from a point within some minutes: the point is attached to its nearest
/// node, every node within minutes × speed metres of walking is reachable, and the polygon is the
/// **convex hull** of the reachable nodes (`ConvexHull`). The hull is simple and stable but overstates the
/// area where the street pattern is concave (a river, a railway); the node list is exact.
public struct Isochrone: Sendable, Hashable {
    public var origin: Int
    public var snapDistance: Double
    public var minutes: Double
    public var limit: Double
    /// The reachable nodes with their walking distances, nearest first.
    public var reachable: [(node: Int, distance: Double)]
    /// The polygon as a closed counter-clockwise ring of positions.
    public var ring: [LonLat]

    public static func == (lhs: Isochrone, rhs: Isochrone) -> Bool {
        lhs.origin == rhs.origin && lhs.limit == rhs.limit && lhs.ring == rhs.ring
            && lhs.reachable.map(\.node) == rhs.reachable.map(\.node) && lhs.reachable.map(\.distance) == rhs.reachable.map(\.distance)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(origin)
        hasher.combine(limit)
        hasher.combine(ring)
    }

    /// The isochrone from a position; nil for an empty network. `speed` is in metres per minute.
    public static func compute(
        from longitude: Double, _ latitude: Double, minutes: Double, speed: Double = 60,
        network: AccessNetwork
    ) -> Isochrone? {
        guard let snap = network.snap(longitude: longitude, latitude: latitude) else { return nil }
        let limit = minutes * speed
        let distances = NearestFacilitySearch(graph: network.graph).distances(from: [snap.node], limit: limit)
        let reachable = distances.indices.filter { distances[$0].isFinite }
            .map { (node: $0, distance: distances[$0]) }
            .sorted { ($0.distance, $0.node) < ($1.distance, $1.node) }
        let ring = ConvexHull.ring(reachable.map { LonLat(network.longitudes[$0.node], network.latitudes[$0.node]) })
        return Isochrone(origin: snap.node, snapDistance: snap.distance, minutes: minutes, limit: limit, reachable: reachable, ring: ring)
    }
}
