import OasisCore

extension SpatialFeatureRepository {
    /// How many features the layer holds within the access's scope.
    public func count(layer: SpatialLayer, for access: StoreAccess) async throws -> Int {
        let filter = Self.filter(layer: layer, bbox: nil, region: nil, access: access)
        return Int(try await database.first("SELECT COUNT(*) AS n FROM spatial_features WHERE \(filter.sql)", filter.binds)?.int("n") ?? 0)
    }

    /// A page of the layer's features in id order whose bounding boxes meet `bbox` (all when nil), with the
    /// number matched in all. `limit` nil lists every match from `offset`.
    public func list(layer: SpatialLayer, bbox: SpatialBox?, limit: Int?, offset: Int = 0, for access: StoreAccess) async throws
        -> SpatialFeaturePage
    {
        let filter = Self.filter(layer: layer, bbox: bbox, region: nil, access: access)
        let matched = Int(try await database.first("SELECT COUNT(*) AS n FROM spatial_features WHERE \(filter.sql)", filter.binds)?.int("n") ?? 0)
        var sql = "SELECT id, body FROM spatial_features WHERE \(filter.sql) ORDER BY id"
        var binds = filter.binds
        if let limit {
            sql += " LIMIT ? OFFSET ?"
            binds += [.int(Int64(max(0, limit))), .int(Int64(max(0, offset)))]
        } else if offset > 0 {
            sql += dialectAllRows + " OFFSET ?"
            binds.append(.int(Int64(offset)))
        }
        let rows = try await database.query(sql, binds)
        return SpatialFeaturePage(
            features: try rows.map { SpatialFeatureGeoJSON(id: try $0.int("id"), text: try $0.string("body")) }, matched: matched)
    }

    /// One feature of the layer, or nil when it does not exist or lies outside the access's scope.
    public func get(layer: SpatialLayer, id: Int64, for access: StoreAccess) async throws -> SpatialFeatureGeoJSON? {
        let filter = Self.filter(layer: layer, bbox: nil, region: nil, access: access)
        let row = try await database.first("SELECT id, body FROM spatial_features WHERE \(filter.sql) AND id = ?", filter.binds + [.int(id)])
        return try row.map { SpatialFeatureGeoJSON(id: try $0.int("id"), text: try $0.string("body")) }
    }

    /// Every feature of the layer (in `region` and below it, when given) as points with their numbers, in id
    /// order, handed to `body` in batches so that an analysis never holds the geometry of a whole layer.
    public func forEachBatch(
        layer: SpatialLayer, region: String? = nil, batchSize: Int = 10_000, for access: StoreAccess,
        _ body: ([SpatialFeaturePoint]) async throws -> Void
    ) async throws {
        let filter = Self.filter(layer: layer, bbox: nil, region: region, access: access)
        let columns = "id, external_id, region_code, kind, name, longitude, latitude, population, effective_area, capacity"
        try await keyset(filter, columns: columns, batchSize: batchSize) { rows in
            try await body(
                try rows.map { row in
                    SpatialFeaturePoint(
                        id: try row.int("id"), externalID: row.optionalString("external_id"),
                        region: row.optionalString("region_code").flatMap { $0.isEmpty ? nil : $0 },
                        kind: row.optionalString("kind"), name: row.optionalString("name"),
                        longitude: try row.double("longitude"), latitude: try row.double("latitude"),
                        population: row.optionalDouble("population"), effectiveArea: row.optionalDouble("effective_area"),
                        capacity: row.optionalDouble("capacity"))
                })
        }
    }

    /// Every feature of the layer meeting `bbox` as its GeoJSON text, in id order and in batches (an export).
    public func forEachGeoJSONBatch(
        layer: SpatialLayer, bbox: SpatialBox?, batchSize: Int = 5_000, for access: StoreAccess,
        _ body: ([SpatialFeatureGeoJSON]) async throws -> Void
    ) async throws {
        let filter = Self.filter(layer: layer, bbox: bbox, region: nil, access: access)
        try await keyset(filter, columns: "id, body", batchSize: batchSize) { rows in
            try await body(try rows.map { SpatialFeatureGeoJSON(id: try $0.int("id"), text: try $0.string("body")) })
        }
    }

    /// Reads the rows matching `filter` in id order, `batchSize` at a time, each batch after the last id seen.
    func keyset(_ filter: (sql: String, binds: [SQLValue]), columns: String, batchSize: Int, _ body: ([SQLRow]) async throws -> Void) async throws {
        let size = max(1, batchSize)
        var after: Int64 = 0
        while true {
            let rows = try await database.query(
                "SELECT \(columns) FROM spatial_features WHERE \(filter.sql) AND id > ? ORDER BY id LIMIT ?",
                filter.binds + [.int(after), .int(Int64(size))])
            guard let last = rows.last else { return }
            try await body(rows)
            after = try last.int("id")
            if rows.count < size { return }
        }
    }

    /// PostgreSQL takes OFFSET alone; SQLite needs a LIMIT before it (-1: no limit).
    var dialectAllRows: String { database.dialect == .sqlite ? " LIMIT -1" : "" }

    /// The condition for a layer, an optional bbox and region, within the access's scope.
    static func filter(layer: SpatialLayer, bbox: SpatialBox?, region: String?, access: StoreAccess) -> (sql: String, binds: [SQLValue]) {
        var sql = "layer = ?"
        var binds: [SQLValue] = [.text(layer.rawValue)]
        if let bbox {
            sql += " AND min_longitude <= ? AND max_longitude >= ? AND min_latitude <= ? AND max_latitude >= ?"
            binds += [.double(bbox.maxLongitude), .double(bbox.minLongitude), .double(bbox.maxLatitude), .double(bbox.minLatitude)]
        }
        if let region {
            let within = ScopeFilter.within(region, column: "region_code")
            sql += " AND \(within.sql)"
            binds.append(within.bind)
        }
        let scope = ScopeFilter(access: access, column: "region_code")
        return (sql + " AND \(scope.sql)", binds + scope.binds)
    }
}
