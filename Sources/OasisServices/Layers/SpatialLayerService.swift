import OasisCore
import OasisImport
import OasisOSM
import OasisStore

/// Imports and exports of the spatial layers, shared by the API and the CLI: read and check a GeoJSON file
/// for its layer, store it (replacing a source's features, or adding to them), write a layer back as GeoJSON.
public struct SpatialLayerService: Sendable {
    public let store: Store
    public let vocabulary: SpatialFeatureVocabulary

    public init(store: Store, vocabulary: SpatialFeatureVocabulary = .builtIn) {
        self.store = store
        self.vocabulary = vocabulary
    }

    /// Reads `bytes` as the layer's FeatureCollection and stores it, all or nothing.
    public func importLayer(
        _ layer: SpatialLayer, bytes: [UInt8], coordinateSystem: CoordinateSystem?, region: String?, source: String,
        replacing: Bool, by principal: Principal
    ) async throws -> SpatialLayerImportOutcome {
        let access = try principal.access(for: .writeLayers)
        let reader = SpatialFeatureGeoJSONReader(layer: layer, coordinateSystem: coordinateSystem, defaultRegion: region, vocabulary: vocabulary)
        let file = try reader.read(bytes)
        let summary =
            replacing
            ? try await store.spatialFeatures.replace(layer: layer, source: source, region: region, with: file.features, by: access)
            : SpatialLayerImportSummary(
                deleted: 0, inserted: try await store.spatialFeatures.insert(layer: layer, source: source, file.features, by: access))
        return SpatialLayerImportOutcome(
            layer: layer, source: source, region: region, crs: file.coordinateSystem,
            deleted: summary.deleted, inserted: summary.inserted)
    }

    /// The layer's features meeting `bbox` as one GeoJSON FeatureCollection, handed to `write` piece by piece
    /// (the stored Feature texts joined, never re-encoded).
    public func export(_ layer: SpatialLayer, bbox: SpatialBox?, by principal: Principal, _ write: (String) async throws -> Void) async throws {
        let access = try principal.access(for: .readLayers)
        try await write("{\"type\":\"FeatureCollection\",\"features\":[")
        var first = true
        try await store.spatialFeatures.forEachGeoJSONBatch(layer: layer, bbox: bbox, for: access) { batch in
            let text = batch.map(\.text).joined(separator: ",")
            try await write(first ? text : "," + text)
            first = false
        }
        try await write("]}\n")
    }

    /// The layer a path or argument names, or an error listing the layers.
    public static func layer(named name: String, field: String = "layer") throws(OasisError) -> SpatialLayer {
        guard let layer = SpatialLayer(rawValue: name.lowercased()) else {
            throw OasisError.invalid(
                code: "layer_unknown", message: "Unknown layer \(name).",
                details: [.init(field: field, reason: "\"\(name)\" is not one of \(SpatialLayer.allCases.map(\.rawValue).joined(separator: ", "))")])
        }
        return layer
    }

    /// The coordinate system a `crs` option names, or an error listing the accepted names.
    public static func coordinateSystem(named name: String, field: String = "crs") throws(OasisError) -> CoordinateSystem {
        guard let system = CoordinateSystem(name: name) else {
            throw OasisError.invalid(
                code: "crs_unknown", message: "Unknown coordinate system \(name).",
                details: [.init(field: field, reason: "use \(CoordinateSystem.acceptedNames)")])
        }
        return system
    }
}
