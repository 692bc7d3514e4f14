import SQLiteNIO

extension StoreError {
    init(sqlite error: SQLiteError, sql: String) {
        let text = error.message
        switch error.reason {
        case .constraintUniqueFailed, .constraintPrimaryKeyFailed:
            self.init(kind: .uniqueViolation, message: text)
        case .constraint, .constraintCheckFailed, .constraintForeignKeyFailed, .constraintNotNullFailed:
            self.init(kind: .constraintViolation, message: text)
        case .busy, .busyTimeout, .busyInRecovery, .busyInSnapshot, .locked, .lockedBySharedCache, .lockedVirtualTable:
            self.init(kind: .busy, message: "SQLite: \(text)")
        case .cantOpen, .readOnly, .ioError, .full, .notADatabase, .corrupt:
            self.init(kind: .unavailable, message: "SQLite: \(text)")
        default:
            self.init(kind: .other, message: "SQLite: \(text) (in: \(sql.prefix(200)))")
        }
    }
}
