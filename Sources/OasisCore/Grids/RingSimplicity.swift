/// Whether a polygon's ring is simple: no two of its edges meet, except neighbours at their shared vertex. A
/// self-intersecting ring (a bow-tie) has no well-defined inside, so a grid file holding one is refused. The check
/// compares every pair of non-adjacent edges (O(n²)); rings are bounded by `maximumPositions`.
public enum RingSimplicity {
    /// The most positions a ring of a grid may have, which bounds the pairwise check.
    public static let maximumPositions = 5_000

    /// The indices of the first two edges found crossing (edge i runs from position i to i + 1), or nil when the
    /// ring is simple. The ring is closed (its last position repeats its first).
    /// Repeated consecutive positions (zero-length edges) are dropped first.
    public static func firstCrossing(_ positions: [GeoPoint]) -> (Int, Int)? {
        var ring: [GeoPoint] = []
        ring.reserveCapacity(positions.count)
        for point in positions where ring.last != point { ring.append(point) }
        let edges = ring.count - 1
        guard edges >= 3 else { return nil }
        for i in 0..<edges {
            for j in (i + 1)..<edges {
                // Neighbours share a vertex: edge i and i + 1, and the last edge with the first.
                let adjacent = j == i + 1 || (i == 0 && j == edges - 1)
                if adjacent {
                    if overlapsAlong(ring[i], ring[i + 1], ring[j], ring[j + 1]) { return (i, j) }
                } else if segmentsMeet(ring[i], ring[i + 1], ring[j], ring[j + 1]) {
                    return (i, j)
                }
            }
        }
        return nil
    }

    /// Whether the closed segments p1–p2 and q1–q2 share at least one point.
    static func segmentsMeet(_ p1: GeoPoint, _ p2: GeoPoint, _ q1: GeoPoint, _ q2: GeoPoint) -> Bool {
        let d1 = orientation(q1, q2, p1)
        let d2 = orientation(q1, q2, p2)
        let d3 = orientation(p1, p2, q1)
        let d4 = orientation(p1, p2, q2)
        if ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)) { return true }
        return (d1 == 0 && onSegment(q1, q2, p1)) || (d2 == 0 && onSegment(q1, q2, p2)) || (d3 == 0 && onSegment(p1, p2, q1))
            || (d4 == 0 && onSegment(p1, p2, q2))
    }

    /// Neighbouring edges meet at their shared vertex; they only cross when they fold back along one line.
    static func overlapsAlong(_ p1: GeoPoint, _ p2: GeoPoint, _ q1: GeoPoint, _ q2: GeoPoint) -> Bool {
        // The shared vertex is p2 == q1 (or, for the last and first edges, q2 == p1).
        let (shared, a, b) = p2 == q1 ? (p2, p1, q2) : (p1, p2, q1)
        guard orientation(a, shared, b) == 0 else { return false }
        // Collinear: a fold-back when the two far ends lie on the same side of the shared vertex.
        let da = (a.longitude - shared.longitude, a.latitude - shared.latitude)
        let db = (b.longitude - shared.longitude, b.latitude - shared.latitude)
        return da.0 * db.0 + da.1 * db.1 > 0
    }

    /// The sign of the cross product (b − a) × (c − a): positive when c lies left of a→b.
    static func orientation(_ a: GeoPoint, _ b: GeoPoint, _ c: GeoPoint) -> Double {
        let value = (b.longitude - a.longitude) * (c.latitude - a.latitude) - (b.latitude - a.latitude) * (c.longitude - a.longitude)
        return value == 0 ? 0 : (value > 0 ? 1 : -1)
    }

    /// Whether c, collinear with a and b, lies within the segment's box.
    static func onSegment(_ a: GeoPoint, _ b: GeoPoint, _ c: GeoPoint) -> Bool {
        min(a.longitude, b.longitude) <= c.longitude && c.longitude <= max(a.longitude, b.longitude)
            && min(a.latitude, b.latitude) <= c.latitude && c.latitude <= max(a.latitude, b.latitude)
    }
}
