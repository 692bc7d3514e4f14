import Foundation
import OasisCore

/// Reads GeoJSON geometry objects and positions, converting each position from the given coordinate system to
/// WGS-84 and checking it is in range afterwards. Every problem is appended with its JSON path; the boundary,
/// region-area and layer readers share it.
enum GeoJSONGeometryReader {
    /// A Point, MultiPoint, LineString, Polygon or MultiPolygon, or nil (with details) when it is not one.
    static func geometry(_ value: Any?, path: String, system: CoordinateSystem, details: inout [OasisError.Detail]) -> SpatialGeometry? {
        guard let object = value as? [String: Any], let type = object["type"] as? String else {
            details.append(.init(field: path, reason: "expected a GeoJSON geometry object with a \"type\""))
            return nil
        }
        let coordinates = object["coordinates"]
        let at = "\(path).coordinates"
        let before = details.count
        let geometry: SpatialGeometry?
        switch type {
        case "Point":
            geometry = position(coordinates, path: at, system: system, details: &details).map(SpatialGeometry.point)
        case "MultiPoint":
            geometry = positions(coordinates, path: at, minimum: 1, system: system, details: &details).map(SpatialGeometry.multiPoint)
        case "LineString":
            geometry = positions(coordinates, path: at, minimum: 2, system: system, details: &details).map(SpatialGeometry.lineString)
        case "Polygon":
            geometry = rings(coordinates, path: at, system: system, details: &details).map(SpatialGeometry.polygon)
        case "MultiPolygon":
            guard let list = coordinates as? [Any], !list.isEmpty else {
                details.append(.init(field: at, reason: "a MultiPolygon needs a non-empty array of polygons"))
                return nil
            }
            let polygons = list.enumerated().compactMap { index, item in rings(item, path: "\(at)[\(index)]", system: system, details: &details) }
            geometry = .multiPolygon(polygons)
        default:
            details.append(
                .init(field: "\(path).type", reason: "\(type) is not supported; use Point, MultiPoint, LineString, Polygon or MultiPolygon"))
            return nil
        }
        return details.count == before ? geometry : nil
    }

    /// The rings of one polygon: at least one, each closed with at least four positions.
    static func rings(_ value: Any?, path: String, system: CoordinateSystem, details: inout [OasisError.Detail]) -> [[GeoPoint]]? {
        guard let list = value as? [Any], !list.isEmpty else {
            details.append(.init(field: path, reason: "a polygon needs an array of rings"))
            return nil
        }
        var rings: [[GeoPoint]] = []
        for (ringIndex, ringValue) in list.enumerated() {
            let ringPath = "\(path)[\(ringIndex)]"
            guard let raw = ringValue as? [Any], raw.count >= 4 else {
                details.append(.init(field: ringPath, reason: "a ring needs at least 4 positions (closed)"))
                continue
            }
            guard let ring = positions(raw, path: ringPath, minimum: 4, system: system, details: &details) else { continue }
            if let first = ring.first, let last = ring.last, first != last {
                details.append(.init(field: ringPath, reason: "the ring is not closed: its last position must repeat its first"))
            }
            rings.append(ring)
        }
        return rings
    }

    /// A list of positions, at least `minimum` of them; nil when any is bad.
    static func positions(_ value: Any?, path: String, minimum: Int, system: CoordinateSystem, details: inout [OasisError.Detail]) -> [GeoPoint]? {
        guard let list = value as? [Any], list.count >= minimum else {
            details.append(.init(field: path, reason: "expected an array of at least \(minimum) position(s)"))
            return nil
        }
        let before = details.count
        let points = list.enumerated().compactMap { index, item in position(item, path: "\(path)[\(index)]", system: system, details: &details) }
        return details.count == before ? points : nil
    }

    /// One `[x, y]` position in WGS-84 after conversion, in range.
    static func position(_ value: Any?, path: String, system: CoordinateSystem, details: inout [OasisError.Detail]) -> GeoPoint? {
        guard let pair = value as? [Any], pair.count >= 2, let x = number(pair[0]), let y = number(pair[1]), x.isFinite, y.isFinite else {
            details.append(.init(field: path, reason: "a position is [longitude, latitude] (two numbers)"))
            return nil
        }
        let point = system.toWGS84(GeoPoint(longitude: x, latitude: y))
        guard (-180...180).contains(point.longitude), (-90...90).contains(point.latitude) else {
            let converted = system == .wgs84 ? "" : " (after conversion from \(system.identifier))"
            details.append(.init(field: path, reason: "\(x), \(y) is out of range for longitude, latitude\(converted)"))
            return nil
        }
        return point
    }

    /// A JSON number. JSONSerialization gives booleans as NSNumber too, and `is Bool` holds for the numbers 0
    /// and 1 as well; a boolean is told apart by its type encoding (`c`, a char) on Linux and Darwin alike.
    static func number(_ value: Any) -> Double? {
        guard let number = value as? NSNumber, String(cString: number.objCType) != "c" else { return nil }
        return number.doubleValue
    }
}
