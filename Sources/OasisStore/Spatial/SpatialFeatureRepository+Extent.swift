import OasisCore

extension SpatialFeatureRepository {
    /// The box holding every feature of the layer within the access's scope, or nil when it has none.
    public func extent(layer: SpatialLayer, for access: StoreAccess) async throws -> SpatialBox? {
        let filter = Self.filter(layer: layer, bbox: nil, region: nil, access: access)
        guard
            let row = try await database.first(
                "SELECT MIN(min_longitude) AS w, MIN(min_latitude) AS s, MAX(max_longitude) AS e, MAX(max_latitude) AS n FROM spatial_features WHERE \(filter.sql)",
                filter.binds), let west = row.optionalDouble("w"), let south = row.optionalDouble("s"),
            let east = row.optionalDouble("e"), let north = row.optionalDouble("n")
        else { return nil }
        return SpatialBox(minLongitude: west, minLatitude: south, maxLongitude: east, maxLatitude: north)
    }
}
