import Foundation

/// The coordinate system positions are given in. Oasis stores WGS-84 longitude, latitude; the others are
/// accepted on input and converted:
/// - CGCS2000 (EPSG:4490), China's official geodetic system, agrees with WGS-84 to within centimetres
///   (DOMAIN.md §8), far below what any analysis here resolves, so it is taken as is (identity).
/// - GCJ-02, the offset datum of maps published in China (Amap, Tencent), is converted by `ChinaCoordinates`.
/// - Web Mercator (EPSG:3857, also 900913) gives metres on the sphere of radius 6,378,137 m; converted by the
///   inverse spherical Mercator projection.
public enum CoordinateSystem: String, Sendable, Codable, CaseIterable {
    case wgs84
    case cgcs2000
    case gcj02
    case webMercator = "webmercator"

    /// The sphere radius of Web Mercator (the WGS-84 semi-major axis), in metres.
    public static let webMercatorRadius = 6_378_137.0

    /// Whether positions are longitude and latitude in degrees (everything but Web Mercator's metres): the only
    /// systems a `lat`/`long` pair (Open311, the case API) can be given in.
    public var isGeographic: Bool { self != .webMercator }

    /// The names of the geographic systems, for error messages ("wgs84, cgcs2000 or gcj02").
    public static var geographicNames: String {
        let names = allCases.filter(\.isGeographic).map(\.rawValue)
        return names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
    }

    /// A point given in this system, in WGS-84.
    public func toWGS84(_ point: GeoPoint) -> GeoPoint {
        switch self {
        case .wgs84, .cgcs2000: point
        case .gcj02: ChinaCoordinates.wgs84(fromGCJ02: point)
        case .webMercator:
            GeoPoint(
                longitude: point.longitude / Self.webMercatorRadius * 180 / .pi,
                latitude: atan(sinh(point.latitude / Self.webMercatorRadius)) * 180 / .pi)
        }
    }

    /// A WGS-84 point in this system (GCJ-02 and Web Mercator forward; the others unchanged).
    public func fromWGS84(_ point: GeoPoint) -> GeoPoint {
        switch self {
        case .wgs84, .cgcs2000: point
        case .gcj02: ChinaCoordinates.gcj02(fromWGS84: point)
        case .webMercator:
            GeoPoint(
                longitude: point.longitude * .pi / 180 * Self.webMercatorRadius,
                latitude: log(tan(.pi / 4 + point.latitude * .pi / 360)) * Self.webMercatorRadius)
        }
    }

    /// The name a GeoJSON `crs` member or an OGC API `crs` parameter uses for it; GCJ-02 has no registered code.
    public var identifier: String {
        switch self {
        case .wgs84: "EPSG:4326"
        case .cgcs2000: "EPSG:4490"
        case .gcj02: "gcj02"
        case .webMercator: "EPSG:3857"
        }
    }

    /// The system a name denotes: Oasis's own names (`wgs84`, `cgcs2000`, `gcj02`, `webmercator`), `EPSG:n` and
    /// its URN and URI forms (`urn:ogc:def:crs:EPSG::3857`, `http://www.opengis.net/def/crs/EPSG/0/4490`), and
    /// OGC's CRS84. Nil for anything else, so that the caller can refuse it by name.
    public init?(name: String) {
        let text = name.trimmingCharacters(in: .whitespaces).lowercased()
        if let own = CoordinateSystem(rawValue: text) {
            self = own
            return
        }
        if text == "crs84" || text.hasSuffix(":crs84") || text.hasSuffix("/crs84") {
            self = .wgs84
            return
        }
        let prefixes = ["epsg:", "urn:ogc:def:crs:epsg:", "http://www.opengis.net/def/crs/epsg/", "https://www.opengis.net/def/crs/epsg/"]
        guard prefixes.contains(where: text.hasPrefix),
            let code = text.split(whereSeparator: { $0 == ":" || $0 == "/" }).last.flatMap({ Int($0) }),
            let system = Self.epsg[code]
        else { return nil }
        self = system
    }

    /// The EPSG codes understood, by code.
    static let epsg: [Int: CoordinateSystem] = [
        4326: .wgs84, 4490: .cgcs2000, 3857: .webMercator, 900913: .webMercator, 3785: .webMercator, 102100: .webMercator,
    ]

    /// The names `init(name:)` understands, for messages.
    public static let acceptedNames = "EPSG:4326 (CRS84, wgs84), EPSG:4490 (cgcs2000), EPSG:3857 (900913, webmercator) or gcj02"
}
