extension SpatialGeometry {
    /// Whether the geometry and the box share at least one point (OGC API `bbox`: "the geometry intersects the
    /// box"): a position inside the box, a segment crossing the box, or the box inside a polygon.
    public func intersects(_ box: SpatialBox) -> Bool {
        switch self {
        case .point(let point):
            return box.contains(point)
        case .multiPoint(let points):
            return points.contains(where: box.contains)
        case .lineString(let points):
            return Self.pathMeets(points, box)
        case .polygon(let rings):
            return Self.polygonMeets(rings, box)
        case .multiPolygon(let polygons):
            return polygons.contains { Self.polygonMeets($0, box) }
        }
    }

    private static func polygonMeets(_ rings: [[GeoPoint]], _ box: SpatialBox) -> Bool {
        if rings.contains(where: { pathMeets($0 + ($0.first.map { [$0] } ?? []), box) }) { return true }
        // No edge meets the box: either the box lies wholly inside the polygon or wholly outside it.
        return BoundaryArea(polygons: [rings]).contains(GeoPoint(longitude: box.minLongitude, latitude: box.minLatitude))
    }

    /// Whether a polyline touches the box: a vertex inside, or a segment crossing it.
    private static func pathMeets(_ points: [GeoPoint], _ box: SpatialBox) -> Bool {
        if points.contains(where: box.contains) { return true }
        guard points.count >= 2 else { return false }
        for index in 1..<points.count where segmentMeets(points[index - 1], points[index], box) { return true }
        return false
    }

    /// Liang–Barsky clipping: whether some part of the segment a–b lies within the box.
    private static func segmentMeets(_ a: GeoPoint, _ b: GeoPoint, _ box: SpatialBox) -> Bool {
        let dx = b.longitude - a.longitude
        let dy = b.latitude - a.latitude
        var low = 0.0
        var high = 1.0
        let sides: [(p: Double, q: Double)] = [
            (-dx, a.longitude - box.minLongitude), (dx, box.maxLongitude - a.longitude),
            (-dy, a.latitude - box.minLatitude), (dy, box.maxLatitude - a.latitude),
        ]
        for side in sides {
            if side.p == 0 {
                if side.q < 0 { return false }
            } else {
                let t = side.q / side.p
                if side.p < 0 { low = max(low, t) } else { high = min(high, t) }
                if low > high { return false }
            }
        }
        return true
    }
}
