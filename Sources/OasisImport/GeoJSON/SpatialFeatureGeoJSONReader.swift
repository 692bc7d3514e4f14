import Foundation
import OasisCore

/// Reads one layer's features from a GeoJSON FeatureCollection, converting positions to WGS-84 from the
/// coordinate system the file's `crs` member names or the caller gives (`--crs`), and checking each feature
/// against its layer: residences need a `population` ≥ 0; shelters an `effective_area_m2` > 0 and a known
/// `class`; facilities a known living-circle `type`. Every problem is reported with its JSON path
/// (`$.features[12].properties.population`) and nothing is returned when any feature is bad.
public struct SpatialFeatureGeoJSONReader: Sendable {
    public var layer: SpatialLayer
    /// The system the caller says the file is in; nil to take the file's `crs` member (WGS-84 without one).
    public var coordinateSystem: CoordinateSystem?
    /// The region of features whose properties name none.
    public var defaultRegion: String?
    public var vocabulary: SpatialFeatureVocabulary

    public init(layer: SpatialLayer, coordinateSystem: CoordinateSystem? = nil, defaultRegion: String? = nil, vocabulary: SpatialFeatureVocabulary) {
        self.layer = layer
        self.coordinateSystem = coordinateSystem
        self.defaultRegion = defaultRegion
        self.vocabulary = vocabulary
    }

    public func read(_ bytes: [UInt8]) throws(OasisError) -> SpatialFeatureFile {
        guard layer.isImportable else {
            throw OasisError.invalid(
                code: "layer_not_importable", message: "The \(layer.rawValue) layer is written by the analyses and cannot be imported.")
        }
        let (collection, list) = try GeoJSONDocument.featureCollection(bytes, what: "\(layer.rawValue) file")
        let system = try resolveSystem(collection)
        var features: [SpatialFeature] = []
        var details: [OasisError.Detail] = []
        features.reserveCapacity(list.count)
        for (index, item) in list.enumerated() {
            if let feature = read(item, path: "$.features[\(index)]", system: system, details: &details) { features.append(feature) }
        }
        guard details.isEmpty else {
            throw OasisError.invalid(
                code: "geojson_invalid", message: "\(details.count) problem(s) in the \(layer.rawValue) file; nothing was imported.", details: details
            )
        }
        return SpatialFeatureFile(features: features, coordinateSystem: system)
    }

    /// The file's system, the caller's, or WGS-84. The two must agree, except that a GCJ-02 file may be labelled
    /// WGS-84: GCJ-02 has no code of its own and Chinese map services' exports carry EPSG:4326.
    func resolveSystem(_ collection: [String: Any]) throws(OasisError) -> CoordinateSystem {
        try GeoJSONCRS.resolve(collection, given: coordinateSystem)
    }

    func read(_ item: Any, path: String, system: CoordinateSystem, details: inout [OasisError.Detail]) -> SpatialFeature? {
        guard let object = item as? [String: Any], object["type"] as? String == "Feature" else {
            details.append(.init(field: "\(path).type", reason: "expected a Feature"))
            return nil
        }
        let before = details.count
        var properties: [String: Any] = [:]
        switch object["properties"] {
        case nil, is NSNull: break
        case let value as [String: Any]: properties = value
        default: details.append(.init(field: "\(path).properties", reason: "properties must be an object"))
        }
        let geometry = GeoJSONGeometryReader.geometry(object["geometry"], path: "\(path).geometry", system: system, details: &details)
        var values = SpatialFeaturePropertyReader(properties: properties, path: "\(path).properties")
        var externalID = values.text(SpatialFeature.PropertyName.externalID)
        if externalID == nil, let id = object["id"] {
            externalID = (id as? String) ?? (id as? NSNumber)?.stringValue
        }
        let region = values.text(SpatialFeature.PropertyName.region) ?? defaultRegion
        if let region, (try? RegionCode(region)) == nil {
            values.problem(SpatialFeature.PropertyName.region, "\(region) is not a statistical division code")
        }
        let kind = values.text(layer.kindProperty)
        let name = values.text(SpatialFeature.PropertyName.name)
        let population = values.number(SpatialFeature.PropertyName.population, domain: .residencePopulation, required: layer == .residences)
        let effectiveArea = values.number(SpatialFeature.PropertyName.effectiveArea, domain: .shelterArea, required: layer == .shelters)
        let capacity = values.number(SpatialFeature.PropertyName.capacity, domain: .shelterCapacity, required: false)
        if let name, let reason = TextLimit.name.reason(name) { values.problem(SpatialFeature.PropertyName.name, reason) }
        checkKind(kind, values: &values)
        details += values.details
        guard details.count == before, let geometry else { return nil }
        return SpatialFeature(
            layer: layer, externalID: externalID, region: region, kind: kind, name: name, geometry: geometry,
            population: population, effectiveArea: effectiveArea, capacity: capacity,
            otherProperties: values.remainderJSON(typed: SpatialFeature.PropertyName.typed.union([layer.kindProperty])))
    }

    func checkKind(_ kind: String?, values: inout SpatialFeaturePropertyReader) {
        let key = layer.kindProperty
        switch layer {
        case .facilities:
            guard let kind else { return values.problem(key, "missing: every facility needs its living-circle type") }
            if !vocabulary.facilityTypes.contains(kind) {
                values.problem(key, "\(kind) is not a living-circle facility type (\(vocabulary.facilityTypes.sorted().joined(separator: ", ")))")
            }
        case .shelters:
            guard let kind else { return values.problem(key, "missing: every shelter needs its class") }
            if !vocabulary.shelterClasses.contains(kind) {
                values.problem(key, "\(kind) is not a shelter class (\(vocabulary.shelterClasses.sorted().joined(separator: ", ")))")
            }
        case .residences, .communities, .access:
            break
        }
    }
}
