import Foundation

extension SpatialGeometry {
    /// One point standing for the geometry when an analysis needs a point (snapping a residence or a shelter to
    /// the walking network): the point itself; the mean of a MultiPoint; the point halfway along a LineString;
    /// for areas, the centroid of the largest polygon when it lies inside it, otherwise the middle of the widest
    /// inside stretch of the horizontal line through that centroid (so a U-shaped compound gets a point on it).
    public var representativePoint: GeoPoint {
        switch self {
        case .point(let point):
            return point
        case .multiPoint(let points):
            let count = Double(max(points.count, 1))
            return GeoPoint(longitude: points.map(\.longitude).reduce(0, +) / count, latitude: points.map(\.latitude).reduce(0, +) / count)
        case .lineString(let points):
            return Self.halfway(along: points)
        case .polygon(let rings):
            return Self.pointOnSurface(rings)
        case .multiPolygon(let polygons):
            let largest = polygons.max { abs(Self.signedArea($0.first ?? [])) < abs(Self.signedArea($1.first ?? [])) } ?? []
            return Self.pointOnSurface(largest)
        }
    }

    static func halfway(along points: [GeoPoint]) -> GeoPoint {
        guard let first = points.first else { return GeoPoint(longitude: 0, latitude: 0) }
        let lengths = zip(points, points.dropFirst()).map { GreatCircle.meters($0, $1) }
        var remaining = lengths.reduce(0, +) / 2
        for (index, length) in lengths.enumerated() {
            if remaining <= length, length > 0 {
                let t = remaining / length
                let a = points[index]
                let b = points[index + 1]
                return GeoPoint(longitude: a.longitude + (b.longitude - a.longitude) * t, latitude: a.latitude + (b.latitude - a.latitude) * t)
            }
            remaining -= length
        }
        return first
    }

    /// Twice the signed planar area of a ring in degrees² (shoelace formula).
    static func signedArea(_ ring: [GeoPoint]) -> Double {
        guard ring.count >= 3 else { return 0 }
        var sum = 0.0
        for (a, b) in zip(ring, ring.dropFirst() + [ring[0]]) { sum += a.longitude * b.latitude - b.longitude * a.latitude }
        return sum
    }

    static func pointOnSurface(_ rings: [[GeoPoint]]) -> GeoPoint {
        guard let outer = rings.first, let first = outer.first else { return GeoPoint(longitude: 0, latitude: 0) }
        let area = signedArea(outer)
        guard area != 0 else { return first }
        var cx = 0.0
        var cy = 0.0
        for (a, b) in zip(outer, outer.dropFirst() + [outer[0]]) {
            let cross = a.longitude * b.latitude - b.longitude * a.latitude
            cx += (a.longitude + b.longitude) * cross
            cy += (a.latitude + b.latitude) * cross
        }
        let centroid = GeoPoint(longitude: cx / (3 * area), latitude: cy / (3 * area))
        let shape = BoundaryArea(polygons: [rings])
        if shape.contains(centroid) { return centroid }
        // The crossings of the horizontal line through the centroid with every ring, paired inside-outside.
        var crossings: [Double] = []
        for ring in rings {
            for (a, b) in zip(ring, ring.dropFirst() + [ring[0]]) where (a.latitude > centroid.latitude) != (b.latitude > centroid.latitude) {
                crossings.append(a.longitude + (b.longitude - a.longitude) * (centroid.latitude - a.latitude) / (b.latitude - a.latitude))
            }
        }
        crossings.sort()
        var best: (width: Double, middle: Double)?
        for index in stride(from: 0, to: crossings.count - 1, by: 2) {
            let width = crossings[index + 1] - crossings[index]
            if width > (best?.width ?? -1) { best = (width, (crossings[index] + crossings[index + 1]) / 2) }
        }
        return best.map { GeoPoint(longitude: $0.middle, latitude: centroid.latitude) } ?? first
    }
}
