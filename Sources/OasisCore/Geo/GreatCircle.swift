import Foundation

/// Distances on the sphere of the Earth's mean radius (IUGG R₁ = 6,371,008.8 m) by the haversine formula — the
/// convention of OSMnx and pandana, so that walking-network lengths compare with theirs — for edge lengths,
/// snapping, duplicates and site checks.
public enum GreatCircle {
    public static let earthRadius = 6_371_008.8

    /// The haversine distance in metres between two WGS-84 points.
    public static func meters(_ a: GeoPoint, _ b: GeoPoint) -> Double {
        let latitude1 = a.latitude * .pi / 180
        let latitude2 = b.latitude * .pi / 180
        let deltaLatitude = latitude2 - latitude1
        let deltaLongitude = (b.longitude - a.longitude) * .pi / 180
        let h =
            sin(deltaLatitude / 2) * sin(deltaLatitude / 2)
            + cos(latitude1) * cos(latitude2) * sin(deltaLongitude / 2) * sin(deltaLongitude / 2)
        return 2 * earthRadius * asin(min(1, sqrt(h)))
    }

    /// The great-circle distance in metres between two WGS-84 positions given in degrees.
    public static func distance(latitude1: Double, longitude1: Double, latitude2: Double, longitude2: Double) -> Double {
        meters(GeoPoint(longitude: longitude1, latitude: latitude1), GeoPoint(longitude: longitude2, latitude: latitude2))
    }
}
