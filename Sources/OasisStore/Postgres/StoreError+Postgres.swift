import PostgresNIO

extension StoreError {
    init(postgres error: PSQLError, sql: String) {
        let state = error.serverInfo?[.sqlState]
        let message = error.serverInfo?[.message] ?? PostgresStore.explain(error)
        switch state {
        case "23505": self.init(kind: .uniqueViolation, message: message)
        case "23503", "23502", "23514", "23000": self.init(kind: .constraintViolation, message: message)
        case nil: self.init(kind: .unavailable, message: "PostgreSQL: \(message)")
        default: self.init(kind: .other, message: "PostgreSQL \(state ?? ""): \(message) (in: \(sql.prefix(200)))")
        }
    }
}
