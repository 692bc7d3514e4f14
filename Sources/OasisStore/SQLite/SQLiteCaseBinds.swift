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
        guard var value else {
            sqlite_nio_sqlite3_bind_null(statement, index)
            return
        }
        // The UTF-8 bytes in place, with their length: no C string made and measured per value.
        value.makeContiguousUTF8()
        let (statement, index) = (statement, index)
        _ = value.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress, bytes.count > 0 else {
                return sqlite_nio_sqlite3_bind_text(statement, index, "", 0, RawSQLiteConnection.transient)
            }
            return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                sqlite_nio_sqlite3_bind_text(statement, index, $0, Int32(bytes.count), RawSQLiteConnection.transient)
            }
        }
    }

    mutating func double(_ value: Double?) {
        index += 1
        if let value { sqlite_nio_sqlite3_bind_double(statement, index, value) } else { sqlite_nio_sqlite3_bind_null(statement, index) }
    }

    mutating func millis(_ value: Date?) {
        index += 1
        if let value {
            sqlite_nio_sqlite3_bind_int64(statement, index, Int64((value.timeIntervalSince1970 * 1000).rounded()))
        } else {
            sqlite_nio_sqlite3_bind_null(statement, index)
        }
    }

    mutating func integer(_ value: Int64) {
        index += 1
        sqlite_nio_sqlite3_bind_int64(statement, index, value)
    }
}
