/// The closed loop of citizen requests and city events: cases with their workflow state, the events that
/// moved them, routing rules, the notification outbox, and the rollups the metrics read (kept in step on
/// every write, so that metrics never scan the cases). Times are epoch milliseconds.
enum Migration004Cases {
    static let migration = Migration(version: 4, description: "cases: the handle-on-complaint loop, routing, outbox, metric rollups; region areas") {
        dialect in
        [
            """
            CREATE TABLE cases (
                id \(dialect.identityPrimaryKey),
                kind TEXT NOT NULL,
                request_type TEXT,
                category TEXT NOT NULL,
                channel TEXT NOT NULL,
                priority TEXT NOT NULL,
                description TEXT NOT NULL,
                longitude \(dialect.doubleType),
                latitude \(dialect.doubleType),
                address TEXT,
                region_code TEXT,
                reporter TEXT,
                attachments TEXT NOT NULL,
                status TEXT NOT NULL,
                unit TEXT,
                last_unit TEXT,
                workflow TEXT NOT NULL,
                registered_at BIGINT NOT NULL,
                dispatched_at BIGINT,
                closed_at BIGINT,
                deadline_at BIGINT,
                deadlines TEXT,
                supervised BIGINT NOT NULL,
                summoned_units TEXT NOT NULL,
                external_id TEXT,
                source TEXT NOT NULL,
                token TEXT,
                updated_at BIGINT NOT NULL
            )
            """,
            // Few indexes, partial where most rows have no value: each one costs every insert (bulk imports write
            // millions of rows). Queues read by status and unit, Open311 by time, metrics by open deadline.
            "CREATE INDEX cases_status ON cases(status, id)",
            "CREATE INDEX cases_unit ON cases(unit, status) WHERE unit IS NOT NULL",
            "CREATE INDEX cases_registered ON cases(registered_at)",
            "CREATE INDEX cases_open_deadline ON cases(deadline_at) WHERE deadline_at IS NOT NULL",
            "CREATE UNIQUE INDEX cases_external ON cases(source, external_id) WHERE external_id IS NOT NULL",
            "CREATE UNIQUE INDEX cases_token ON cases(token) WHERE token IS NOT NULL",
            """
            CREATE TABLE case_events (
                id \(dialect.identityPrimaryKey),
                case_id BIGINT NOT NULL,
                event TEXT NOT NULL,
                detail TEXT NOT NULL,
                status TEXT NOT NULL,
                actor TEXT NOT NULL,
                at BIGINT NOT NULL
            )
            """,
            "CREATE INDEX case_events_case ON case_events(case_id, id)",
            """
            CREATE TABLE routing_rules (
                category TEXT NOT NULL,
                region_code TEXT NOT NULL,
                unit TEXT NOT NULL,
                PRIMARY KEY (category, region_code)
            )
            """,
            """
            CREATE TABLE notifications (
                id \(dialect.identityPrimaryKey),
                case_id BIGINT NOT NULL,
                status TEXT NOT NULL,
                payload TEXT NOT NULL,
                state TEXT NOT NULL,
                attempts BIGINT NOT NULL,
                next_at BIGINT NOT NULL,
                created_at BIGINT NOT NULL
            )
            """,
            "CREATE INDEX notifications_pending ON notifications(state, next_at)",
            """
            CREATE TABLE case_rollups (
                dimension TEXT NOT NULL,
                group_key TEXT NOT NULL,
                period TEXT NOT NULL,
                cases \(dialect.doubleType) NOT NULL,
                dispatched \(dialect.doubleType) NOT NULL,
                reworked \(dialect.doubleType) NOT NULL,
                closed \(dialect.doubleType) NOT NULL,
                closed_on_time \(dialect.doubleType) NOT NULL,
                visited \(dialect.doubleType) NOT NULL,
                contacted \(dialect.doubleType) NOT NULL,
                resolved \(dialect.doubleType) NOT NULL,
                satisfied \(dialect.doubleType) NOT NULL,
                basically_satisfied \(dialect.doubleType) NOT NULL,
                handling_seconds \(dialect.doubleType) NOT NULL,
                handled \(dialect.doubleType) NOT NULL,
                PRIMARY KEY (dimension, group_key, period)
            )\(dialect.clusteredByPrimaryKey)
            """,
            // Each region's area (WGS-84 polygons) with its bounding box, to find the region of a location.
            """
            CREATE TABLE region_areas (
                region_code TEXT PRIMARY KEY,
                min_longitude \(dialect.doubleType) NOT NULL,
                min_latitude \(dialect.doubleType) NOT NULL,
                max_longitude \(dialect.doubleType) NOT NULL,
                max_latitude \(dialect.doubleType) NOT NULL,
                body TEXT NOT NULL,
                updated_at BIGINT NOT NULL
            )
            """,
            """
            CREATE TABLE case_handling_hours (
                dimension TEXT NOT NULL,
                group_key TEXT NOT NULL,
                period TEXT NOT NULL,
                whole_hours BIGINT NOT NULL,
                n BIGINT NOT NULL,
                PRIMARY KEY (dimension, group_key, period, whole_hours)
            )\(dialect.clusteredByPrimaryKey)
            """,
            """
            CREATE TABLE case_open_deadlines (
                dimension TEXT NOT NULL,
                group_key TEXT NOT NULL,
                period TEXT NOT NULL,
                due_day TEXT NOT NULL,
                n BIGINT NOT NULL,
                PRIMARY KEY (dimension, group_key, period, due_day)
            )\(dialect.clusteredByPrimaryKey)
            """,
        ]
    }
}
