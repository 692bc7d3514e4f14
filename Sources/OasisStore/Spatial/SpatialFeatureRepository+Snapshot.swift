import OasisCore

extension SpatialFeatureRepository {
    /// The layer's stored version: raised by every write of any process (0 before the first).
    public func version(layer: SpatialLayer) async throws -> Int64 {
        try await database.first("SELECT version FROM spatial_layer_versions WHERE layer = ?", [.text(layer.rawValue)])?.optionalInt("version") ?? 0
    }

    /// Every feature of the layer within the access's scope, in id order, with its box and stored GeoJSON
    /// text; nil when their text passes `maximumBytes` (the caller then pages through `list` instead).
    public func snapshot(layer: SpatialLayer, maximumBytes: Int, for access: StoreAccess) async throws -> [SpatialFeatureBoxed]? {
        let filter = Self.filter(layer: layer, bbox: nil, region: nil, access: access)
        let size =
            try await database.first("SELECT SUM(LENGTH(body)) AS n FROM spatial_features WHERE \(filter.sql)", filter.binds)?.optionalInt("n") ?? 0
        guard size <= maximumBytes else { return nil }
        return try await database.query(
            "SELECT id, min_longitude, min_latitude, max_longitude, max_latitude, body FROM spatial_features WHERE \(filter.sql) ORDER BY id",
            filter.binds
        ).map { row in
            SpatialFeatureBoxed(
                id: try row.int("id"),
                box: SpatialBox(
                    minLongitude: try row.double("min_longitude"), minLatitude: try row.double("min_latitude"),
                    maxLongitude: try row.double("max_longitude"), maxLatitude: try row.double("max_latitude")),
                text: try row.string("body"))
        }
    }
}
