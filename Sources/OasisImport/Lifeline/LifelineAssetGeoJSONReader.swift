import Foundation
import OasisCore

/// Reads lifeline assets from a GeoJSON FeatureCollection: each feature a Point or LineString with the properties
/// `code`, `name`, `kind` (gas_main, gas_adjacent_space, water_main, drainage, heating_pipe, bridge,
/// utility_tunnel, manhole), `ownerUnit` (a unit of the hotline's register) and `region` (a division code; the
/// caller's default when absent). Positions are converted to WGS-84 from the file's `crs` or the caller's system,
/// as the layer import does. Every problem is reported with its JSON path and nothing is returned when any is bad.
public struct LifelineAssetGeoJSONReader: Sendable {
    public var coordinateSystem: CoordinateSystem?
    public var defaultRegion: String?

    public init(coordinateSystem: CoordinateSystem? = nil, defaultRegion: String? = nil) {
        self.coordinateSystem = coordinateSystem
        self.defaultRegion = defaultRegion
    }

    /// The assets, each with the path prefix of its properties (`$.features[3].properties.`) for later problems.
    public func read(_ bytes: [UInt8]) throws(OasisError) -> (assets: [LifelineAsset], labels: [String]) {
        let (collection, list) = try GeoJSONDocument.featureCollection(bytes, what: "asset file")
        let system = try GeoJSONCRS.resolve(collection, given: coordinateSystem)
        var assets: [LifelineAsset] = []
        var labels: [String] = []
        var details: [OasisError.Detail] = []
        for (index, item) in list.enumerated() {
            let path = "$.features[\(index)]"
            if let asset = read(item, path: path, system: system, details: &details) {
                assets.append(asset)
                labels.append("\(path).properties.")
            }
        }
        if list.isEmpty { details.append(.init(field: "$.features", reason: "the file holds no feature")) }
        guard details.isEmpty else {
            throw OasisError.invalid(
                code: "geojson_invalid", message: "\(details.count) problem(s) in the asset file; nothing was imported.",
                details: Array(details.prefix(200)))
        }
        return (assets, labels)
    }

    func read(_ item: Any, path: String, system: CoordinateSystem, details: inout [OasisError.Detail]) -> LifelineAsset? {
        guard let object = item as? [String: Any], object["type"] as? String == "Feature" else {
            details.append(.init(field: "\(path).type", reason: "expected a Feature"))
            return nil
        }
        let before = details.count
        let properties = object["properties"] as? [String: Any] ?? [:]
        var values = SpatialFeaturePropertyReader(properties: properties, path: "\(path).properties")
        let code = values.text("code") ?? ((object["id"] as? String) ?? (object["id"] as? NSNumber)?.stringValue)
        let name = values.text("name")
        let kindText = values.text("kind")
        let owner = values.text("ownerUnit") ?? values.text("owner_unit")
        let region = values.text("region") ?? defaultRegion
        if code == nil { values.problem("code", "missing: every asset needs its code") }
        if name == nil { values.problem("name", "missing") }
        if owner == nil { values.problem("ownerUnit", "missing: the unit of the register that owns the asset") }
        if region == nil { values.problem("region", "missing: the region code (or give a default region)") }
        let kind = kindText.flatMap(LifelineAssetKind.init(rawValue:))
        if kind == nil {
            values.problem("kind", "\(kindText ?? "missing"): one of \(LifelineAssetKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        details += values.details
        let geometry: LifelineGeometry?
        switch GeoJSONGeometryReader.geometry(object["geometry"], path: "\(path).geometry", system: system, details: &details) {
        case .point(let point)?: geometry = .point(point)
        case .lineString(let points)?: geometry = .line(points)
        case nil: geometry = nil
        case .some(let other):
            details.append(.init(field: "\(path).geometry.type", reason: "\(other.typeName): an asset is a Point or a LineString"))
            geometry = nil
        }
        guard details.count == before, let code, let name, let kind, let owner, let region, let geometry else { return nil }
        let asset = LifelineAsset(code: code, name: name, kind: kind, ownerUnit: owner, region: region, geometry: geometry)
        let problems = asset.problems(prefix: "\(path).properties.")
        details += problems
        return problems.isEmpty ? asset : nil
    }
}
