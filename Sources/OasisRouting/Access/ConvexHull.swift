import Foundation

/// The convex hull of points by Andrew's monotone chain, computed in a local equirectangular plane
/// (longitude scaled by the cosine of the mean latitude) so that angles are right at city scale.
/// The ring is counter-clockwise and closed (its last position repeats the first), as GeoJSON wants;
/// collinear points on the hull are left out. Fewer than three distinct points give them as they are.
public enum ConvexHull {
    public static func ring(_ points: [LonLat]) -> [LonLat] {
        let unique = Array(Set(points))
        guard unique.count >= 3 else { return unique.sorted { ($0.longitude, $0.latitude) < ($1.longitude, $1.latitude) } }
        let meanLatitude = unique.reduce(0) { $0 + $1.latitude } / Double(unique.count)
        let scale = cos(meanLatitude * .pi / 180)
        let sorted = unique.sorted { ($0.longitude, $0.latitude) < ($1.longitude, $1.latitude) }
        func cross(_ o: LonLat, _ a: LonLat, _ b: LonLat) -> Double {
            let ax = (a.longitude - o.longitude) * scale
            let ay = a.latitude - o.latitude
            let bx = (b.longitude - o.longitude) * scale
            let by = b.latitude - o.latitude
            // Within rounding of zero counts as collinear (points along a straight street).
            let cross = ax * by - ay * bx
            return abs(cross) <= 1e-9 * (abs(ax * by) + abs(ay * bx)) ? 0 : cross
        }
        var lower: [LonLat] = []
        for point in sorted {
            while lower.count >= 2 && cross(lower[lower.count - 2], lower[lower.count - 1], point) <= 0 { lower.removeLast() }
            lower.append(point)
        }
        var upper: [LonLat] = []
        for point in sorted.reversed() {
            while upper.count >= 2 && cross(upper[upper.count - 2], upper[upper.count - 1], point) <= 0 { upper.removeLast() }
            upper.append(point)
        }
        let hull = Array(lower.dropLast()) + Array(upper.dropLast())
        guard hull.count >= 3, let first = hull.first else { return hull }
        return hull + [first]
    }
}
