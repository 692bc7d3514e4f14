import Foundation
import OasisCore

/// Reads regions' areas from a GeoJSON FeatureCollection: each feature's polygons under the division code in
/// one of its properties (`adcode`, `code` …), converted to WGS-84 from the coordinate system given (GCJ-02
/// files from Chinese map services are common). Errors name the feature.
public enum RegionAreaGeoJSONReader {
    public static func read(_ bytes: [UInt8], codeProperty: String, coordinateSystem: CoordinateSystem) throws(OasisError) -> [(region: String, area: BoundaryArea)] {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            throw OasisError.invalid(code: "geojson_invalid", message: "The file is not valid JSON: \(error.localizedDescription)")
        }
        guard let collection = root as? [String: Any], collection["type"] as? String == "FeatureCollection", let features = collection["features"] as? [Any] else {
            throw OasisError.invalid(code: "geojson_invalid", message: "Region areas come as a GeoJSON FeatureCollection.", details: [.init(field: "$.type", reason: "expected FeatureCollection")])
        }
        var areas: [(String, BoundaryArea)] = []
        var details: [OasisError.Detail] = []
        for (index, feature) in features.enumerated() {
            let path = "$.features[\(index)]"
            let properties = (feature as? [String: Any])?["properties"] as? [String: Any]
            guard let code = (properties?[codeProperty] as? String) ?? (properties?[codeProperty] as? NSNumber)?.stringValue, !code.isEmpty else {
                details.append(.init(field: "\(path).properties.\(codeProperty)", reason: "missing: every feature needs its division code"))
                continue
            }
            do {
                let area = try BoundaryGeoJSONReader.read(Array(try JSONSerialization.data(withJSONObject: feature)))
                let converted = coordinateSystem == .wgs84 ? area : BoundaryArea(polygons: area.polygons.map { rings in
                    rings.map { ring in ring.map { coordinateSystem.toWGS84($0) } }
                })
                areas.append((code, converted))
            } catch let error as OasisError {
                details += error.details.map { .init(field: path + ($0.field ?? "").dropFirst(), reason: $0.reason) }
            } catch {
                details.append(.init(field: path, reason: "\(error)"))
            }
        }
        guard details.isEmpty else {
            throw OasisError.invalid(code: "geojson_invalid", message: "\(details.count) problem(s) in the region areas; nothing was imported.", details: details)
        }
        return areas
    }
}
