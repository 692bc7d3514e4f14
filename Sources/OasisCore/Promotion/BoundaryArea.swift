/// An area made of polygons (outer rings, with holes), in WGS-84 — the urban development boundary, for
/// example. Point-in-polygon uses the even–odd rule, so holes work without being marked.
public struct BoundaryArea: Codable, Sendable, Equatable {
    /// Each polygon is a list of rings; each ring a closed or open list of positions.
    public var polygons: [[[GeoPoint]]]

    public init(polygons: [[[GeoPoint]]]) { self.polygons = polygons }

    public func contains(_ point: GeoPoint) -> Bool {
        polygons.contains { rings in
            var inside = false
            for ring in rings where ring.count >= 3 {
                var j = ring.count - 1
                for i in 0..<ring.count {
                    let a = ring[i]
                    let b = ring[j]
                    if (a.latitude > point.latitude) != (b.latitude > point.latitude) {
                        let x = (b.longitude - a.longitude) * (point.latitude - a.latitude) / (b.latitude - a.latitude) + a.longitude
                        if point.longitude < x { inside.toggle() }
                    }
                    j = i
                }
            }
            return inside
        }
    }
}
