import Foundation
import OasisCore

/// Reads an area (the urban development boundary) from GeoJSON: a Polygon or MultiPolygon geometry, a
/// Feature holding one, or a FeatureCollection of them, in WGS-84 longitude, latitude (RFC 7946). Errors
/// name the JSON path at fault.
public enum BoundaryGeoJSONReader {
    public static func read(_ bytes: [UInt8]) throws(OasisError) -> BoundaryArea {
        let root = try GeoJSONDocument.root(bytes, what: "boundary")
        var polygons: [[[GeoPoint]]] = []
        var details: [OasisError.Detail] = []
        collect(root, path: "$", into: &polygons, details: &details)
        if details.isEmpty && polygons.isEmpty {
            details.append(.init(field: "$", reason: "no Polygon or MultiPolygon geometry found"))
        }
        guard details.isEmpty else {
            throw OasisError.invalid(code: "geojson_invalid", message: "The boundary GeoJSON has \(details.count) problem(s).", details: details)
        }
        return BoundaryArea(polygons: polygons)
    }

    static func collect(_ value: Any, path: String, into polygons: inout [[[GeoPoint]]], details: inout [OasisError.Detail]) {
        guard let object = value as? [String: Any], let type = object["type"] as? String else {
            details.append(.init(field: path, reason: "expected a GeoJSON object with a \"type\""))
            return
        }
        do {
            if let system = try GeoJSONCRS.system(of: object, path: path), system != .wgs84 && system != .cgcs2000 {
                details.append(
                    .init(field: "\(path).crs", reason: "\(system.identifier) is not WGS-84; give longitude, latitude in WGS-84 (EPSG:4326 / CRS84)"))
                return
            }
        } catch {
            details += error.details
            return
        }
        switch type {
        case "FeatureCollection":
            guard let features = object["features"] as? [Any] else {
                details.append(.init(field: "\(path).features", reason: "a FeatureCollection needs a features array"))
                return
            }
            for (index, feature) in features.enumerated() { collect(feature, path: "\(path).features[\(index)]", into: &polygons, details: &details) }
        case "Feature":
            guard let geometry = object["geometry"], !(geometry is NSNull) else {
                details.append(.init(field: "\(path).geometry", reason: "a Feature needs a geometry"))
                return
            }
            collect(geometry, path: "\(path).geometry", into: &polygons, details: &details)
        case "Polygon":
            if let polygon = GeoJSONGeometryReader.rings(object["coordinates"], path: "\(path).coordinates", system: .wgs84, details: &details) {
                polygons.append(polygon)
            }
        case "MultiPolygon":
            guard let list = object["coordinates"] as? [Any] else {
                details.append(.init(field: "\(path).coordinates", reason: "a MultiPolygon needs an array of polygons"))
                return
            }
            for (index, item) in list.enumerated() {
                if let polygon = GeoJSONGeometryReader.rings(item, path: "\(path).coordinates[\(index)]", system: .wgs84, details: &details) {
                    polygons.append(polygon)
                }
            }
        default:
            details.append(.init(field: "\(path).type", reason: "\(type) is not an area; use Polygon, MultiPolygon, Feature or FeatureCollection"))
        }
    }
}
