import Foundation
import OasisCore

/// Reads an area (the urban development boundary) from GeoJSON: a Polygon or MultiPolygon geometry, a
/// Feature holding one, or a FeatureCollection of them, in WGS-84 longitude, latitude (RFC 7946). Errors
/// name the JSON path at fault.
public enum BoundaryGeoJSONReader {
    public static func read(_ bytes: [UInt8]) throws(OasisError) -> BoundaryArea {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            throw OasisError.invalid(code: "geojson_invalid", message: "The boundary is not valid JSON: \(error.localizedDescription)")
        }
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
        if let crs = object["crs"] as? [String: Any], let name = (crs["properties"] as? [String: Any])?["name"] as? String,
           !name.hasSuffix("CRS84") && !name.hasSuffix("4326") {
            details.append(.init(field: "\(path).crs", reason: "\(name) is not WGS-84; give longitude, latitude in WGS-84 (EPSG:4326 / CRS84)"))
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
            if let polygon = rings(object["coordinates"], path: "\(path).coordinates", details: &details) { polygons.append(polygon) }
        case "MultiPolygon":
            guard let list = object["coordinates"] as? [Any] else {
                details.append(.init(field: "\(path).coordinates", reason: "a MultiPolygon needs an array of polygons"))
                return
            }
            for (index, item) in list.enumerated() {
                if let polygon = rings(item, path: "\(path).coordinates[\(index)]", details: &details) { polygons.append(polygon) }
            }
        default:
            details.append(.init(field: "\(path).type", reason: "\(type) is not an area; use Polygon, MultiPolygon, Feature or FeatureCollection"))
        }
    }

    static func rings(_ value: Any?, path: String, details: inout [OasisError.Detail]) -> [[GeoPoint]]? {
        guard let list = value as? [Any], !list.isEmpty else {
            details.append(.init(field: path, reason: "a polygon needs an array of rings"))
            return nil
        }
        var rings: [[GeoPoint]] = []
        for (ringIndex, ringValue) in list.enumerated() {
            let ringPath = "\(path)[\(ringIndex)]"
            guard let positions = ringValue as? [Any], positions.count >= 4 else {
                details.append(.init(field: ringPath, reason: "a ring needs at least 4 positions (closed)"))
                continue
            }
            var ring: [GeoPoint] = []
            for (index, position) in positions.enumerated() {
                guard let pair = position as? [Any], pair.count >= 2, let lon = (pair[0] as? NSNumber)?.doubleValue, let lat = (pair[1] as? NSNumber)?.doubleValue else {
                    details.append(.init(field: "\(ringPath)[\(index)]", reason: "a position is [longitude, latitude]"))
                    continue
                }
                guard (-180...180).contains(lon), (-90...90).contains(lat) else {
                    details.append(.init(field: "\(ringPath)[\(index)]", reason: "\(lon), \(lat) is out of range for WGS-84 longitude, latitude"))
                    continue
                }
                ring.append(GeoPoint(longitude: lon, latitude: lat))
            }
            if let first = ring.first, let last = ring.last, first != last {
                details.append(.init(field: ringPath, reason: "the ring is not closed: its last position must repeat its first"))
            }
            rings.append(ring)
        }
        return rings
    }
}
