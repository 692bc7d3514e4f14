/// A feature's geometry in WGS-84 longitude, latitude: the GeoJSON geometry types the layers use.
/// Polygons are lists of rings (the first outer, the rest holes), each ring closed.
public enum SpatialGeometry: Sendable, Hashable {
    case point(GeoPoint)
    case multiPoint([GeoPoint])
    case lineString([GeoPoint])
    case polygon([[GeoPoint]])
    case multiPolygon([[[GeoPoint]]])

    /// The GeoJSON type name.
    public var typeName: String {
        switch self {
        case .point: "Point"
        case .multiPoint: "MultiPoint"
        case .lineString: "LineString"
        case .polygon: "Polygon"
        case .multiPolygon: "MultiPolygon"
        }
    }

    /// Every position, in order.
    public var positions: [GeoPoint] {
        switch self {
        case .point(let point): [point]
        case .multiPoint(let points), .lineString(let points): points
        case .polygon(let rings): rings.flatMap { $0 }
        case .multiPolygon(let polygons): polygons.flatMap { $0.flatMap { $0 } }
        }
    }

    /// The same geometry with every position mapped (a coordinate conversion).
    public func map(_ transform: (GeoPoint) -> GeoPoint) -> SpatialGeometry {
        switch self {
        case .point(let point): .point(transform(point))
        case .multiPoint(let points): .multiPoint(points.map(transform))
        case .lineString(let points): .lineString(points.map(transform))
        case .polygon(let rings): .polygon(rings.map { $0.map(transform) })
        case .multiPolygon(let polygons): .multiPolygon(polygons.map { $0.map { $0.map(transform) } })
        }
    }

    /// The bounding box (geometries always hold at least one position once read).
    public var bbox: SpatialBox {
        SpatialBox(covering: positions) ?? SpatialBox(minLongitude: 0, minLatitude: 0, maxLongitude: 0, maxLatitude: 0)
    }
}
