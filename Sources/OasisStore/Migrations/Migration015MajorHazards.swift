/// The register of major hazard sources (重大危险源, GB 18218-2018): one row per source, keyed by its code, with its
/// names (a JSON object by language), owner unit, region, location, the people within 500 m and its inventory (a JSON
/// array of `{cas | category, tonnes}`), and what the standard makes of them, worked out on every save: α, S = Σ q/Q,
/// R and the grade (NULL when S < 1).
enum Migration015MajorHazards {
    static let migration = Migration(version: 15, description: "lifeline: the register of major hazard sources (GB 18218-2018)") { dialect in
        [
            """
            CREATE TABLE lifeline_major_hazards (
                id \(dialect.identityPrimaryKey),
                code TEXT NOT NULL UNIQUE,
                names TEXT NOT NULL,
                owner_unit TEXT NOT NULL,
                region_code TEXT NOT NULL,
                longitude DOUBLE PRECISION NOT NULL,
                latitude DOUBLE PRECISION NOT NULL,
                exposed_people BIGINT NOT NULL,
                inventory TEXT NOT NULL,
                alpha DOUBLE PRECISION NOT NULL,
                ratio_sum DOUBLE PRECISION NOT NULL,
                r_value DOUBLE PRECISION NOT NULL,
                grade BIGINT,
                updated_at BIGINT NOT NULL
            )
            """,
            "CREATE INDEX lifeline_major_hazards_region ON lifeline_major_hazards(region_code)",
        ]
    }
}
