import Foundation

/// Where a lifeline asset lies, in WGS-84: a point (a manhole, a bridge's monitoring section) or a line (a main, a
/// tunnel). Encoded as a GeoJSON geometry object (`Point` or `LineString`).
public enum LifelineGeometry: Sendable, Hashable, Codable {
    case point(GeoPoint)
    case line([GeoPoint])

    /// The length along the line in metres (great-circle segments, as the walking network measures); 0 for a point.
    public var lengthMeters: Double {
        guard case .line(let points) = self else { return 0 }
        return zip(points, points.dropFirst()).reduce(0) { $0 + GreatCircle.meters($1.0, $1.1) }
    }

    /// The point a case about the asset is placed at: the point, or the line's first vertex.
    public var anchor: GeoPoint? {
        switch self {
        case .point(let point): point
        case .line(let points): points.first
        }
    }

    private enum CodingKeys: String, CodingKey {
        case type
        case coordinates
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .type) {
        case "Point":
            let pair = try container.decode([Double].self, forKey: .coordinates)
            guard pair.count >= 2 else { throw DecodingError.dataCorruptedError(forKey: .coordinates, in: container, debugDescription: "[x, y]") }
            self = .point(GeoPoint(longitude: pair[0], latitude: pair[1]))
        case "LineString":
            let pairs = try container.decode([[Double]].self, forKey: .coordinates)
            guard pairs.count >= 2, pairs.allSatisfy({ $0.count >= 2 }) else {
                throw DecodingError.dataCorruptedError(forKey: .coordinates, in: container, debugDescription: "at least two [x, y] positions")
            }
            self = .line(pairs.map { GeoPoint(longitude: $0[0], latitude: $0[1]) })
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .type, in: container, debugDescription: "\(other) is neither Point nor LineString")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .point(let point):
            try container.encode("Point", forKey: .type)
            try container.encode([point.longitude, point.latitude], forKey: .coordinates)
        case .line(let points):
            try container.encode("LineString", forKey: .type)
            try container.encode(points.map { [$0.longitude, $0.latitude] }, forKey: .coordinates)
        }
    }
}
