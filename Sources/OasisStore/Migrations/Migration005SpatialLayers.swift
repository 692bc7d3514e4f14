/// Spatial layers: facilities, residences, shelters and analysis results, each feature with its bounding box,
/// representative point, the numbers the analyses read, and its GeoJSON Feature text ready to emit (an items
/// page concatenates stored text). Keyed region first (`''` when a feature names no region) so that a
/// distributed PostgreSQL can shard by region; ids are allocated by the repository, unique across the table.
/// Bounding-box queries use a B-tree on the box's corners within a layer (no SpatiaLite or PostGIS needed).
enum Migration005SpatialLayers {
    static let migration = Migration(version: 5, description: "spatial layers: facilities, residences, shelters, analysis results") { dialect in
        [
            """
            CREATE TABLE spatial_features (
                region_code TEXT NOT NULL,
                layer TEXT NOT NULL,
                id BIGINT NOT NULL,
                source TEXT NOT NULL,
                external_id TEXT,
                kind TEXT,
                name TEXT,
                min_longitude \(dialect.doubleType) NOT NULL,
                min_latitude \(dialect.doubleType) NOT NULL,
                max_longitude \(dialect.doubleType) NOT NULL,
                max_latitude \(dialect.doubleType) NOT NULL,
                longitude \(dialect.doubleType) NOT NULL,
                latitude \(dialect.doubleType) NOT NULL,
                population \(dialect.doubleType),
                effective_area \(dialect.doubleType),
                capacity \(dialect.doubleType),
                body TEXT NOT NULL,
                updated_at BIGINT NOT NULL,
                PRIMARY KEY (region_code, layer, id)
            )
            """,
            "CREATE INDEX spatial_features_layer ON spatial_features(layer, id)",
            "CREATE INDEX spatial_features_source ON spatial_features(layer, source, region_code)",
            "CREATE INDEX spatial_features_box ON spatial_features(layer, min_longitude, max_longitude, min_latitude, max_latitude)",
        ]
    }
}
