import Foundation

/// Distances on the sphere (radius 6,371,008.8 m, the IUGG mean), for duplicates and site checks.
public enum GreatCircle {
    public static let earthRadius = 6_371_008.8

    /// The haversine distance in metres between two WGS-84 points.
    public static func meters(_ a: GeoPoint, _ b: GeoPoint) -> Double {
        let φ1 = a.latitude * .pi / 180, φ2 = b.latitude * .pi / 180
        let dφ = φ2 - φ1, dλ = (b.longitude - a.longitude) * .pi / 180
        let h = sin(dφ / 2) * sin(dφ / 2) + cos(φ1) * cos(φ2) * sin(dλ / 2) * sin(dλ / 2)
        return 2 * earthRadius * asin(min(1, sqrt(h)))
    }
}
