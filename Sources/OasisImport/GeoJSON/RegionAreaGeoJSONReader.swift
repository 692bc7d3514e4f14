import Foundation
import OasisCore

/// Reads regions' areas from a GeoJSON FeatureCollection: each feature's polygons under the division code in
/// one of its properties (`adcode`, `code` …), converted to WGS-84 from the coordinate system given (GCJ-02
/// files from Chinese map services are common) before the range check. Errors name the feature's JSON path.
public enum RegionAreaGeoJSONReader {
    public static func read(_ bytes: [UInt8], codeProperty: String, coordinateSystem: CoordinateSystem) throws(OasisError) -> [(
        region: String, area: BoundaryArea
    )] {
        let features = try GeoJSONDocument.featureCollection(bytes, what: "region areas file").features
        var areas: [(String, BoundaryArea)] = []
        var details: [OasisError.Detail] = []
        for (index, feature) in features.enumerated() {
            let path = "$.features[\(index)]"
            let properties = (feature as? [String: Any])?["properties"] as? [String: Any]
            guard let code = (properties?[codeProperty] as? String) ?? (properties?[codeProperty] as? NSNumber)?.stringValue, !code.isEmpty else {
                details.append(.init(field: "\(path).properties.\(codeProperty)", reason: "missing: every feature needs its division code"))
                continue
            }
            let geometry = (feature as? [String: Any])?["geometry"]
            switch GeoJSONGeometryReader.geometry(geometry, path: "\(path).geometry", system: coordinateSystem, details: &details) {
            case .polygon(let rings)?: areas.append((code, BoundaryArea(polygons: [rings])))
            case .multiPolygon(let polygons)?: areas.append((code, BoundaryArea(polygons: polygons)))
            case let other?:
                details.append(.init(field: "\(path).geometry.type", reason: "\(other.typeName) is not an area; use Polygon or MultiPolygon"))
            case nil: break
            }
        }
        guard details.isEmpty else {
            throw OasisError.invalid(
                code: "geojson_invalid", message: "\(details.count) problem(s) in the region areas; nothing was imported.", details: details)
        }
        return areas
    }
}
