/// The deadline watch (临期预警, 超期督办): each open case's warning time as a column (`warn_at`, until now only
/// inside the `deadlines` JSON), and two claim marks — the warning time a warning was sent for (`warned_for`) and the
/// deadline an overdue case was put under supervision for (`overdue_for`) — so that with several servers on one
/// database each step happens once per deadline, and again when a reopened case gets a new one. The open cases'
/// warning times are filled from their JSON.
enum Migration017DeadlineWatch {
    static let migration = Migration(version: 17, description: "cases: warning time, deadline watch claims") { dialect in
        let warnMillis =
            switch dialect {
            case .sqlite:
                "CAST(strftime('%s', json_extract(deadlines, '$.warnAt')) AS INTEGER) * 1000"
            case .postgres:
                "(EXTRACT(EPOCH FROM ((deadlines::json ->> 'warnAt')::timestamptz)) * 1000)::BIGINT"
            }
        return [
            "ALTER TABLE cases ADD COLUMN warn_at BIGINT",
            "ALTER TABLE cases ADD COLUMN warned_for BIGINT",
            "ALTER TABLE cases ADD COLUMN overdue_for BIGINT",
            "UPDATE cases SET warn_at = \(warnMillis) WHERE deadline_at IS NOT NULL AND deadlines IS NOT NULL",
            "CREATE INDEX cases_warn ON cases(warn_at) WHERE warn_at IS NOT NULL",
        ]
    }
}
