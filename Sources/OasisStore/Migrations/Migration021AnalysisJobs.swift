/// Analyses run from the web page as background jobs: one row per job with the uploaded network file (kept in the
/// network folder), the analyses asked for, the state, the step in progress, the analyses already recorded (so that a
/// job interrupted by a restart resumes after them) and the result. At most one queued or running job per region.
enum Migration021AnalysisJobs {
    static let migration = Migration(version: 21, description: "analysis jobs: background analyses from the web page") { dialect in
        [
            """
            CREATE TABLE analysis_jobs (
                id \(dialect.identityPrimaryKey),
                region_code TEXT NOT NULL,
                period INTEGER NOT NULL,
                analyses TEXT NOT NULL,
                state TEXT NOT NULL,
                network_file TEXT NOT NULL,
                network_name TEXT NOT NULL,
                network_bytes BIGINT NOT NULL,
                network_sha256 TEXT NOT NULL,
                step TEXT,
                completed BIGINT NOT NULL DEFAULT 0,
                total BIGINT NOT NULL DEFAULT 0,
                recorded TEXT NOT NULL DEFAULT '',
                message TEXT,
                result TEXT,
                created_by_id BIGINT,
                created_by TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                started_at BIGINT,
                finished_at BIGINT,
                heartbeat_at BIGINT NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX analysis_jobs_active ON analysis_jobs(region_code) WHERE state IN ('queued', 'running')",
            "CREATE INDEX analysis_jobs_region ON analysis_jobs(region_code, id)",
        ]
    }
}
