import SQLiteNIO
import VaporCSQLite

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

    /// The same error from SQLite's extended result code and message, for the raw connection, so that a failed
    /// statement reads alike whichever connection ran it.
    init(sqliteExtendedCode code: Int32, message text: String, sql: String) {
        switch code & 0xFF {
        case SQLITE_CONSTRAINT where code == 2067 || code == 1555: // SQLITE_CONSTRAINT_UNIQUE, SQLITE_CONSTRAINT_PRIMARYKEY
            self.init(kind: .uniqueViolation, message: text)
        case SQLITE_CONSTRAINT:
            self.init(kind: .constraintViolation, message: text)
        case SQLITE_BUSY, SQLITE_LOCKED:
            self.init(kind: .busy, message: "SQLite: \(text)")
        case SQLITE_CANTOPEN, SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL, SQLITE_NOTADB, SQLITE_CORRUPT:
            self.init(kind: .unavailable, message: "SQLite: \(text)")
        default:
            self.init(kind: .other, message: "SQLite: \(text) (in: \(sql.prefix(200)))")
        }
    }
}
