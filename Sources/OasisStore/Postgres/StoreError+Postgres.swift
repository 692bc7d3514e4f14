import PostgresNIO

extension StoreError {
    init(postgres error: PSQLError, sql: String) {
        let state = error.serverInfo?[.sqlState]
        let message = error.serverInfo?[.message] ?? PostgresStore.explain(error)
        switch state {
        case "23505": self.init(kind: .uniqueViolation, message: message)
        case "23503", "23502", "23514", "23000": self.init(kind: .constraintViolation, message: message)
        // lock_not_available (lock_timeout), serialization_failure, deadlock_detected, query_canceled (statement_timeout)
        case "55P03", "40001", "40P01", "57014":
            self.init(kind: .busy, message: "PostgreSQL: another writer held a lock too long (\(message)); nothing was written. Try again shortly.")
        // The server went away under the statement: admin_shutdown, crash_shutdown, cannot_connect_now (a restart or a
        // fail-over) and the connection exceptions (class 08). The pool opens new connections; the client may try again.
        case "57P01", "57P02", "57P03", "08000", "08003", "08006", "08001", "08004":
            self.init(kind: .unavailable, message: "PostgreSQL closed the connection (a restart or a fail-over): \(message). Try again shortly.")
        case nil: self.init(kind: .unavailable, message: "PostgreSQL: \(message)")
        default: self.init(kind: .other, message: "PostgreSQL \(state ?? ""): \(message) (in: \(sql.prefix(200)))")
        }
    }
}
