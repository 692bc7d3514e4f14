import Foundation

/// Distances on the sphere of the Earth's mean radius (IUGG R₁ = 6,371,008.8 m) by the haversine formula,
/// the convention of OSMnx and pandana, so that lengths compare with theirs.
public enum GreatCircle {
    public static let earthRadius = 6_371_008.8

    /// The great-circle distance in metres between two WGS-84 positions given in degrees.
    public static func distance(latitude1: Double, longitude1: Double, latitude2: Double, longitude2: Double) -> Double {
        let radians = Double.pi / 180
        let phi1 = latitude1 * radians
        let phi2 = latitude2 * radians
        let sinHalfDeltaPhi = sin((latitude2 - latitude1) * radians / 2)
        let sinHalfDeltaLambda = sin((longitude2 - longitude1) * radians / 2)
        let h = sinHalfDeltaPhi * sinHalfDeltaPhi + cos(phi1) * cos(phi2) * sinHalfDeltaLambda * sinHalfDeltaLambda
        return 2 * earthRadius * asin(min(1, sqrt(h)))
    }
}
