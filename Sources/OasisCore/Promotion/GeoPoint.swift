/// A WGS-84 position (degrees).
public struct GeoPoint: Codable, Sendable, Hashable {
    public var longitude: Double
    public var latitude: Double

    public init(longitude: Double, latitude: Double) {
        self.longitude = longitude
        self.latitude = latitude
    }
}
