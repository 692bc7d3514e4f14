/// Grid management (网格化管理): the grids as polygons with their bounding boxes, the grid workers assigned to them,
/// and each case's grid (the grid whose area held its location at intake).
enum Migration020Grids {
    static let migration = Migration(version: 20, description: "grids, grid workers, cases' grid") { dialect in
        [
            """
            CREATE TABLE grids (
                code TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                region_code TEXT,
                min_longitude \(dialect.doubleType) NOT NULL,
                min_latitude \(dialect.doubleType) NOT NULL,
                max_longitude \(dialect.doubleType) NOT NULL,
                max_latitude \(dialect.doubleType) NOT NULL,
                body TEXT NOT NULL,
                updated_at BIGINT NOT NULL
            )
            """,
            """
            CREATE TABLE grid_workers (
                grid_code TEXT NOT NULL REFERENCES grids(code) ON DELETE CASCADE,
                user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                assigned_at BIGINT NOT NULL,
                PRIMARY KEY (grid_code, user_id)
            )
            """,
            "CREATE INDEX grid_workers_user ON grid_workers(user_id)",
            "ALTER TABLE cases ADD COLUMN grid_code TEXT",
            // Most cases have no grid until grids are drawn: a partial index costs those nothing.
            "CREATE INDEX cases_grid ON cases(grid_code) WHERE grid_code IS NOT NULL",
        ]
    }
}
