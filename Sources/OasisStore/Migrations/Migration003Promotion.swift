/// The promotion mechanism: policies, plans, schemes and tasks, the project library with its links to
/// measures and ledger problems, milestones, progress reports, and urban development boundaries.
/// Days are `YYYY-MM-DD` text so that SQL compares them directly; a project row carries its totals and its
/// latest progress so that views never scan the reports, and `measure_rollups` keeps each measure's sums.
enum Migration003Promotion {
    static let migration = Migration(version: 3, description: "promotion: plans, schemes, tasks, project library, progress reports, boundaries") {
        dialect in
        [
            """
            CREATE TABLE policies (
                id TEXT PRIMARY KEY,
                level TEXT NOT NULL,
                region_code TEXT,
                body TEXT NOT NULL,
                updated_at BIGINT NOT NULL
            )
            """,
            """
            CREATE TABLE plans (
                id \(dialect.identityPrimaryKey),
                region_code TEXT NOT NULL,
                policy_id TEXT NOT NULL,
                title_zh TEXT NOT NULL,
                title_en TEXT NOT NULL,
                start_year BIGINT NOT NULL,
                end_year BIGINT NOT NULL,
                goals TEXT NOT NULL,
                updated_at BIGINT NOT NULL
            )
            """,
            """
            CREATE TABLE schemes (
                id \(dialect.identityPrimaryKey),
                plan_id BIGINT NOT NULL REFERENCES plans(id),
                measure BIGINT NOT NULL,
                region_code TEXT NOT NULL,
                title_zh TEXT NOT NULL,
                title_en TEXT NOT NULL,
                updated_at BIGINT NOT NULL
            )
            """,
            "CREATE INDEX schemes_plan ON schemes(plan_id)",
            """
            CREATE TABLE tasks (
                id \(dialect.identityPrimaryKey),
                scheme_id BIGINT NOT NULL REFERENCES schemes(id),
                title_zh TEXT NOT NULL,
                title_en TEXT NOT NULL,
                lead_unit TEXT NOT NULL,
                co_units TEXT NOT NULL,
                deadline TEXT NOT NULL,
                deliverable TEXT NOT NULL,
                status TEXT NOT NULL,
                done_on TEXT,
                updated_at BIGINT NOT NULL
            )
            """,
            "CREATE INDEX tasks_scheme ON tasks(scheme_id)",
            """
            CREATE TABLE projects (
                id \(dialect.identityPrimaryKey),
                code TEXT NOT NULL UNIQUE,
                name_zh TEXT NOT NULL,
                name_en TEXT NOT NULL,
                type TEXT NOT NULL,
                region_code TEXT NOT NULL,
                unit TEXT,
                stage TEXT NOT NULL,
                policy_id TEXT NOT NULL,
                task_id BIGINT,
                longitude \(dialect.doubleType),
                latitude \(dialect.doubleType),
                area TEXT,
                budget TEXT NOT NULL,
                total_budget \(dialect.doubleType) NOT NULL,
                planned_investment TEXT NOT NULL,
                actual_investment TEXT NOT NULL,
                total_actual \(dialect.doubleType) NOT NULL,
                planned_start TEXT,
                planned_end TEXT,
                actual_end TEXT,
                residential BIGINT NOT NULL,
                max_height \(dialect.doubleType),
                risks TEXT NOT NULL,
                progress \(dialect.doubleType),
                progress_on TEXT,
                updated_at BIGINT NOT NULL
            )
            """,
            "CREATE INDEX projects_region ON projects(region_code)",
            // Covering indexes for the delay view: it groups the library by region and unit, and joins milestones
            // to their project's region and unit, without reading the wide project rows.
            "CREATE INDEX projects_delays ON projects(region_code, unit, stage, planned_end, actual_end, total_budget, total_actual)",
            "CREATE INDEX projects_owner ON projects(id, region_code, unit)",
            "CREATE INDEX projects_task ON projects(task_id)",
            """
            CREATE TABLE project_measures (
                policy_id TEXT NOT NULL,
                measure BIGINT NOT NULL,
                project_id BIGINT NOT NULL REFERENCES projects(id),
                PRIMARY KEY (policy_id, measure, project_id)
            )\(dialect.clusteredByPrimaryKey)
            """,
            "CREATE INDEX project_measures_project ON project_measures(project_id)",
            """
            CREATE TABLE project_problems (
                project_id BIGINT NOT NULL REFERENCES projects(id),
                problem_id BIGINT NOT NULL,
                PRIMARY KEY (project_id, problem_id)
            )\(dialect.clusteredByPrimaryKey)
            """,
            "CREATE INDEX project_problems_problem ON project_problems(problem_id)",
            """
            CREATE TABLE project_milestones (
                project_id BIGINT NOT NULL REFERENCES projects(id),
                seq BIGINT NOT NULL,
                name TEXT NOT NULL,
                due TEXT NOT NULL,
                done TEXT,
                PRIMARY KEY (project_id, seq)
            )\(dialect.clusteredByPrimaryKey)
            """,
            """
            CREATE TABLE progress_reports (
                id \(dialect.identityPrimaryKey),
                project_id BIGINT NOT NULL REFERENCES projects(id),
                reported_on TEXT NOT NULL,
                percent \(dialect.doubleType) NOT NULL,
                narrative TEXT NOT NULL,
                photos TEXT NOT NULL,
                reported_by TEXT NOT NULL,
                created_at BIGINT NOT NULL
            )
            """,
            "CREATE INDEX progress_reports_project ON progress_reports(project_id, reported_on)",
            // Each measure's projects summed by region, stage and planned end, kept in step on every save and
            // progress report, so that the status view reads a few thousand rows instead of joining the library.
            """
            CREATE TABLE measure_rollups (
                policy_id TEXT NOT NULL,
                measure BIGINT NOT NULL,
                region_code TEXT NOT NULL,
                stage TEXT NOT NULL,
                planned_end TEXT NOT NULL,
                projects BIGINT NOT NULL,
                budget \(dialect.doubleType) NOT NULL,
                actual \(dialect.doubleType) NOT NULL,
                progress_sum \(dialect.doubleType) NOT NULL,
                progress_n BIGINT NOT NULL,
                finished_late BIGINT NOT NULL,
                open_unfinished BIGINT NOT NULL,
                PRIMARY KEY (policy_id, measure, region_code, stage, planned_end)
            )\(dialect.clusteredByPrimaryKey)
            """,
            """
            CREATE TABLE boundaries (
                region_code TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                body TEXT NOT NULL,
                updated_at BIGINT NOT NULL
            )
            """,
        ]
    }
}
