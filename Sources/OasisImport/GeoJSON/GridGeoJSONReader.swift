import Foundation
import OasisCore

/// Reads grids (网格) from a GeoJSON FeatureCollection: each feature a Polygon or MultiPolygon with the properties
/// `code` (required, unique in the file), `name` (the code when absent) and `region` (a division code, optional),
/// converted to WGS-84 from the coordinate system given. Every ring must be closed and simple (no self-intersection,
/// at most `RingSimplicity.maximumPositions` positions). Errors name the feature's JSON path and field; one bad
/// feature refuses the whole file.
public enum GridGeoJSONReader {
    public static func read(_ bytes: [UInt8], coordinateSystem: CoordinateSystem = .wgs84) throws(OasisError) -> [Grid] {
        let features = try GeoJSONDocument.featureCollection(bytes, what: "grid file").features
        var grids: [Grid] = []
        var seen: [String: Int] = [:]
        var details: [OasisError.Detail] = []
        for (index, feature) in features.enumerated() {
            let path = "$.features[\(index)]"
            let properties = (feature as? [String: Any])?["properties"] as? [String: Any]
            guard let code = text(properties?["code"]) else {
                details.append(.init(field: "\(path).properties.code", reason: "missing: every grid needs its code"))
                continue
            }
            if let first = seen[code] {
                details.append(.init(field: "\(path).properties.code", reason: "\(code) is also the code of feature \(first)"))
            }
            seen[code] = seen[code] ?? index
            let geometryPath = "\(path).geometry"
            let polygons: [[[GeoPoint]]]
            var multi = false
            switch GeoJSONGeometryReader.geometry(
                (feature as? [String: Any])?["geometry"], path: geometryPath, system: coordinateSystem, details: &details)
            {
            case .polygon(let rings)?: polygons = [rings]
            case .multiPolygon(let list)?:
                polygons = list
                multi = true
            case let other?:
                details.append(.init(field: "\(geometryPath).type", reason: "\(other.typeName) is not an area; a grid is a Polygon or MultiPolygon"))
                continue
            case nil: continue
            }
            let before = details.count
            checkRings(polygons, path: "\(geometryPath).coordinates", multi: multi, details: &details)
            guard details.count == before else { continue }
            grids.append(
                Grid(code: code, name: text(properties?["name"]) ?? code, region: text(properties?["region"]), area: BoundaryArea(polygons: polygons))
            )
        }
        guard details.isEmpty else {
            throw OasisError.invalid(
                code: "grid_file_invalid", message: "\(details.count) problem(s) in the grid file; nothing was imported.", details: details)
        }
        return grids
    }

    /// Every ring bounded in size and simple; a problem names the ring and the edges that cross.
    static func checkRings(_ polygons: [[[GeoPoint]]], path: String, multi: Bool, details: inout [OasisError.Detail]) {
        for (polygonIndex, rings) in polygons.enumerated() {
            for (ringIndex, ring) in rings.enumerated() {
                let at = multi ? "\(path)[\(polygonIndex)][\(ringIndex)]" : "\(path)[\(ringIndex)]"
                if ring.count > RingSimplicity.maximumPositions {
                    details.append(.init(field: at, reason: "\(ring.count) positions; a grid's ring has at most \(RingSimplicity.maximumPositions)"))
                } else if let (first, second) = RingSimplicity.firstCrossing(ring) {
                    details.append(
                        .init(
                            field: at, reason: "the ring intersects itself: its edges \(first) and \(second) cross (a grid must be a simple polygon)")
                    )
                }
            }
        }
    }

    /// A property as text: a non-empty string, or a number (codes are often written as numbers).
    static func text(_ value: Any?) -> String? {
        let text = (value as? String) ?? (value as? NSNumber).map(\.stringValue)
        let trimmed = text?.trimmingCharacters(in: .whitespaces)
        return trimmed?.isEmpty == false ? trimmed : nil
    }
}
