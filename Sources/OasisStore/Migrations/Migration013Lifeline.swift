/// The lifeline module: the registry of assets (`lifeline_assets`, keyed by the operator's code, with owner unit,
/// region, GeoJSON geometry and length) and sensors (`lifeline_sensors`, with their rules as JSON); the raw readings
/// (`lifeline_readings`, one row per sensor and instant in whole milliseconds, so that a repeated reading is
/// ignored); their 1-minute rollups (`lifeline_rollups_minute`: min, max, sum and count, written in the same
/// transaction as the readings); and the alerts (`lifeline_alerts`), at most one not closed per sensor and rule.
enum Migration013Lifeline {
    static let migration = Migration(version: 13, description: "lifeline: assets, sensors, readings, 1-minute rollups, alerts") { dialect in
        [
            """
            CREATE TABLE lifeline_assets (
                id \(dialect.identityPrimaryKey),
                code TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                kind TEXT NOT NULL,
                owner_unit TEXT NOT NULL,
                region_code TEXT NOT NULL,
                geometry TEXT NOT NULL,
                length_m DOUBLE PRECISION NOT NULL,
                updated_at BIGINT NOT NULL
            )
            """,
            "CREATE INDEX lifeline_assets_region ON lifeline_assets(region_code)",
            """
            CREATE TABLE lifeline_sensors (
                id \(dialect.identityPrimaryKey),
                code TEXT NOT NULL UNIQUE,
                quantity TEXT NOT NULL,
                unit TEXT NOT NULL,
                asset_id BIGINT NOT NULL REFERENCES lifeline_assets(id),
                rules TEXT NOT NULL,
                updated_at BIGINT NOT NULL
            )
            """,
            "CREATE INDEX lifeline_sensors_asset ON lifeline_sensors(asset_id)",
            """
            CREATE TABLE lifeline_readings (
                sensor_id BIGINT NOT NULL,
                at BIGINT NOT NULL,
                value DOUBLE PRECISION NOT NULL,
                PRIMARY KEY (sensor_id, at)
            )\(dialect.clusteredByPrimaryKey)
            """,
            """
            CREATE TABLE lifeline_rollups_minute (
                sensor_id BIGINT NOT NULL,
                minute BIGINT NOT NULL,
                min_value DOUBLE PRECISION NOT NULL,
                max_value DOUBLE PRECISION NOT NULL,
                sum_value DOUBLE PRECISION NOT NULL,
                count BIGINT NOT NULL,
                PRIMARY KEY (sensor_id, minute)
            )\(dialect.clusteredByPrimaryKey)
            """,
            """
            CREATE TABLE lifeline_alerts (
                id \(dialect.identityPrimaryKey),
                sensor_id BIGINT NOT NULL,
                rule_index BIGINT NOT NULL,
                rule_kind TEXT NOT NULL,
                level BIGINT NOT NULL,
                peak_level BIGINT NOT NULL,
                status TEXT NOT NULL,
                last_value DOUBLE PRECISION,
                opened_at BIGINT NOT NULL,
                updated_at BIGINT NOT NULL,
                cleared_at BIGINT,
                acknowledged_at BIGINT,
                dispatched_at BIGINT,
                resolved_at BIGINT,
                closed_at BIGINT,
                case_id BIGINT,
                escalation BIGINT NOT NULL,
                escalated_at BIGINT
            )
            """,
            "CREATE UNIQUE INDEX lifeline_alerts_active ON lifeline_alerts(sensor_id, rule_index) WHERE status <> 'closed'",
            "CREATE INDEX lifeline_alerts_status ON lifeline_alerts(status, opened_at)",
        ]
    }
}
