import Foundation

/// Conversion between WGS-84 and GCJ-02, the obfuscated datum that maps published in mainland China use.
/// The forward transformation (WGS-84 → GCJ-02) is the publicly known polynomial-and-sine offset on the
/// Krasovsky 1940 ellipsoid; it has no closed-form inverse, so GCJ-02 → WGS-84 iterates the forward map until
/// the residual is below 1e-9° (well under a millimetre). Outside a rough box around China both are identity.
public enum ChinaCoordinates {
    /// Semi-major axis and first eccentricity squared of the Krasovsky 1940 ellipsoid.
    static let semiMajorAxis = 6_378_245.0
    static let eccentricitySquared = 0.006_693_421_622_965_943_23

    /// True when the point lies outside the bounding box in which the offset is applied.
    public static func isOutsideChina(_ point: GeoPoint) -> Bool {
        point.longitude < 72.004 || point.longitude > 137.8347 || point.latitude < 0.8293 || point.latitude > 55.8271
    }

    /// The GCJ-02 position of a WGS-84 point.
    public static func gcj02(fromWGS84 point: GeoPoint) -> GeoPoint {
        guard !isOutsideChina(point) else { return point }
        let (dLatitude, dLongitude) = offset(point)
        return GeoPoint(longitude: point.longitude + dLongitude, latitude: point.latitude + dLatitude)
    }

    /// The WGS-84 position of a GCJ-02 point, to better than 1e-9° (at most 30 iterations; a handful suffice).
    public static func wgs84(fromGCJ02 point: GeoPoint) -> GeoPoint {
        guard !isOutsideChina(point) else { return point }
        var guess = point
        for _ in 0..<30 {
            let forward = gcj02(fromWGS84: guess)
            let dLatitude = forward.latitude - point.latitude
            let dLongitude = forward.longitude - point.longitude
            guess = GeoPoint(longitude: guess.longitude - dLongitude, latitude: guess.latitude - dLatitude)
            if abs(dLatitude) < 1e-10 && abs(dLongitude) < 1e-10 { break }
        }
        return guess
    }

    /// The offset in degrees (latitude, longitude) added to a WGS-84 point.
    static func offset(_ point: GeoPoint) -> (Double, Double) {
        let x = point.longitude - 105.0
        let y = point.latitude - 35.0
        var dLatitude = latitudeShift(x, y)
        var dLongitude = longitudeShift(x, y)
        let radians = point.latitude / 180.0 * Double.pi
        var magic = sin(radians)
        magic = 1 - eccentricitySquared * magic * magic
        let root = magic.squareRoot()
        dLatitude = (dLatitude * 180.0) / ((semiMajorAxis * (1 - eccentricitySquared)) / (magic * root) * Double.pi)
        dLongitude = (dLongitude * 180.0) / (semiMajorAxis / root * cos(radians) * Double.pi)
        return (dLatitude, dLongitude)
    }

    static func latitudeShift(_ x: Double, _ y: Double) -> Double {
        let pi = Double.pi
        var shift = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * abs(x).squareRoot()
        shift += (20.0 * sin(6.0 * x * pi) + 20.0 * sin(2.0 * x * pi)) * 2.0 / 3.0
        shift += (20.0 * sin(y * pi) + 40.0 * sin(y / 3.0 * pi)) * 2.0 / 3.0
        shift += (160.0 * sin(y / 12.0 * pi) + 320.0 * sin(y * pi / 30.0)) * 2.0 / 3.0
        return shift
    }

    static func longitudeShift(_ x: Double, _ y: Double) -> Double {
        let pi = Double.pi
        var shift = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * abs(x).squareRoot()
        shift += (20.0 * sin(6.0 * x * pi) + 20.0 * sin(2.0 * x * pi)) * 2.0 / 3.0
        shift += (20.0 * sin(x * pi) + 40.0 * sin(x / 3.0 * pi)) * 2.0 / 3.0
        shift += (150.0 * sin(x / 12.0 * pi) + 300.0 * sin(x / 30.0 * pi)) * 2.0 / 3.0
        return shift
    }
}
