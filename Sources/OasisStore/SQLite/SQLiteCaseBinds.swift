import Foundation
import VaporCSQLite

/// A case's column values bound straight onto a prepared statement, one parameter after another (bulk
/// imports write millions of cases, and build no array per row).
struct SQLiteCaseBinds: CaseColumnSink {
    let statement: OpaquePointer
    var index: Int32 = 0

    init(statement: OpaquePointer) { self.statement = statement }

    mutating func text(_ value: String?) {
        index += 1
        if let value { sqlite_nio_sqlite3_bind_text(statement, index, value, -1, RawSQLiteConnection.transient) } else { sqlite_nio_sqlite3_bind_null(statement, index) }
    }

    mutating func double(_ value: Double?) {
        index += 1
        if let value { sqlite_nio_sqlite3_bind_double(statement, index, value) } else { sqlite_nio_sqlite3_bind_null(statement, index) }
    }

    mutating func millis(_ value: Date?) {
        index += 1
        if let value { sqlite_nio_sqlite3_bind_int64(statement, index, Int64((value.timeIntervalSince1970 * 1000).rounded())) } else { sqlite_nio_sqlite3_bind_null(statement, index) }
    }

    mutating func integer(_ value: Int64) {
        index += 1
        sqlite_nio_sqlite3_bind_int64(statement, index, value)
    }
}
