/// The hotline's desk: the register of units cases are dispatched to (`case_units`, keyed by the zh-Hans name that
/// cases, routing rules and handlers' scopes already use; the unit names found in cases and routing rules become its
/// first entries, so existing free-text units keep working), and each case's public tracking code with the user who
/// submitted it (signed in) (`case_tracking`; every existing case gets a random code of 16 hexadecimal digits).
enum Migration011HotlineDesk {
    static let migration = Migration(version: 11, description: "hotline: unit register, tracking codes and submitters of cases") { dialect in
        // 64 random bits as 16 hexadecimal digits, from each database's own random source.
        let randomCode =
            switch dialect {
            case .sqlite: "lower(hex(randomblob(8)))"
            case .postgres: "substr(replace(gen_random_uuid()::text, '-', ''), 1, 8) || substr(replace(gen_random_uuid()::text, '-', ''), 1, 8)"
            }
        return [
            """
            CREATE TABLE case_units (
                name TEXT PRIMARY KEY,
                names TEXT NOT NULL,
                region_code TEXT,
                categories TEXT NOT NULL,
                supervisor TEXT,
                updated_at BIGINT NOT NULL
            )
            """,
            """
            INSERT INTO case_units (name, names, region_code, categories, supervisor, updated_at)
            SELECT name, '{}', NULL, '[]', NULL, 0 FROM (
                SELECT unit AS name FROM cases WHERE unit IS NOT NULL AND unit <> ''
                UNION SELECT last_unit FROM cases WHERE last_unit IS NOT NULL AND last_unit <> ''
                UNION SELECT unit FROM routing_rules WHERE unit <> ''
            ) found
            """,
            """
            CREATE TABLE case_tracking (
                case_id BIGINT PRIMARY KEY,
                code TEXT NOT NULL,
                submitter_id BIGINT
            )
            """,
            "CREATE UNIQUE INDEX case_tracking_code ON case_tracking(code)",
            "CREATE INDEX case_tracking_submitter ON case_tracking(submitter_id, case_id) WHERE submitter_id IS NOT NULL",
            """
            INSERT INTO case_tracking (case_id, code, submitter_id)
            SELECT c.id, \(randomCode), (
                SELECT MIN(u.id) FROM case_events e JOIN users u ON u.username = e.actor WHERE e.case_id = c.id AND e.event = 'register'
            ) FROM cases c
            """,
        ]
    }
}
