/// A WGS-84 position in degrees, longitude first (GeoJSON order).
public struct LonLat: Sendable, Hashable, Codable {
    public var longitude: Double
    public var latitude: Double

    public init(_ longitude: Double, _ latitude: Double) {
        self.longitude = longitude
        self.latitude = latitude
    }
}
