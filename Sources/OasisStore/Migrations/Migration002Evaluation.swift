/// The evaluation system: frameworks, indicator values with their imports, targets and the problem ledger.
/// Per-region tables lead their keys with the region code (shardable by region).
enum Migration002Evaluation {
    static let migration = Migration(version: 2, description: "evaluation: frameworks, indicator values, problem ledger") { dialect in
        [
            """
            CREATE TABLE frameworks (
                id TEXT NOT NULL,
                version BIGINT NOT NULL,
                name_zh TEXT NOT NULL,
                name_en TEXT NOT NULL,
                body TEXT NOT NULL,
                active BIGINT NOT NULL DEFAULT 0,
                updated_at BIGINT NOT NULL,
                PRIMARY KEY (id, version)
            )
            """,
            """
            CREATE TABLE value_imports (
                id \(dialect.identityPrimaryKey),
                file_name TEXT NOT NULL,
                format TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                row_count BIGINT NOT NULL,
                written BIGINT NOT NULL,
                rejected BIGINT NOT NULL,
                actor_name TEXT NOT NULL,
                created_at BIGINT NOT NULL
            )
            """,
            """
            CREATE TABLE indicator_values (
                region_code TEXT NOT NULL,
                indicator_code TEXT NOT NULL,
                period BIGINT NOT NULL,
                value \(dialect.doubleType) NOT NULL,
                source TEXT NOT NULL,
                import_id BIGINT,
                PRIMARY KEY (region_code, indicator_code, period)
            )\(dialect.clusteredByPrimaryKey)
            """,
            """
            CREATE TABLE problems (
                id \(dialect.identityPrimaryKey),
                region_code TEXT NOT NULL,
                indicator_code TEXT NOT NULL,
                category TEXT NOT NULL,
                severity TEXT NOT NULL,
                status TEXT NOT NULL,
                first_period BIGINT NOT NULL,
                last_failed_period BIGINT NOT NULL,
                solved_period BIGINT,
                verified_period BIGINT,
                reopen_count BIGINT NOT NULL DEFAULT 0,
                note TEXT,
                updated_at BIGINT NOT NULL,
                UNIQUE (region_code, indicator_code, first_period)
            )
            """,
            "CREATE INDEX IF NOT EXISTS problems_status ON problems(status)",
        ]
    }
}
