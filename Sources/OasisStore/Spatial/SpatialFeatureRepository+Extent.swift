import OasisCore

extension SpatialFeatureRepository {
    /// The box holding every feature of the layer within the principal's scope, or nil when it has none.
    public func extent(layer: SpatialLayer, for principal: Principal) async throws -> SpatialBox? {
        let filter = try Self.filter(layer: layer, bbox: nil, region: nil, principal: principal)
        guard
            let row = try await database.first(
                "SELECT MIN(min_longitude) AS w, MIN(min_latitude) AS s, MAX(max_longitude) AS e, MAX(max_latitude) AS n FROM spatial_features WHERE \(filter.sql)",
                filter.binds), let west = row.optionalDouble("w"), let south = row.optionalDouble("s"),
            let east = row.optionalDouble("e"), let north = row.optionalDouble("n")
        else { return nil }
        return SpatialBox(minLongitude: west, minLatitude: south, maxLongitude: east, maxLatitude: north)
    }
}
