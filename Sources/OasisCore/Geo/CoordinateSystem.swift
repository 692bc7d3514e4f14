/// The datum coordinates are given in. Oasis stores WGS-84; GCJ-02 (the offset datum of maps published in
/// China) is accepted on input and converted (`ChinaCoordinates`).
public enum CoordinateSystem: String, Sendable, Codable, CaseIterable {
    case wgs84
    case gcj02

    /// A point given in this system, in WGS-84.
    public func toWGS84(_ point: GeoPoint) -> GeoPoint {
        switch self {
        case .wgs84: point
        case .gcj02: ChinaCoordinates.wgs84(fromGCJ02: point)
        }
    }
}
