import Foundation
import OasisCore
import VaporCSQLite

extension RawSQLiteConnection {
    /// Inserts cases with one prepared statement, binding each field straight from the case (in the order of
    /// `CaseRows.columns`) instead of building an array of values per row: bulk imports write millions.
    func insertCases(_ cases: [HotlineCase], now: Date, sql: String) throws -> Int {
        let statement = try prepare(sql)
        defer { sqlite_nio_sqlite3_finalize(statement) }
        let nowMillis = Int64((now.timeIntervalSince1970 * 1000).rounded())
        for item in cases {
            var index: Int32 = 0
            func text(_ value: String?) {
                index += 1
                if let value { sqlite_nio_sqlite3_bind_text(statement, index, value, -1, Self.transient) } else { sqlite_nio_sqlite3_bind_null(statement, index) }
            }
            func double(_ value: Double?) {
                index += 1
                if let value { sqlite_nio_sqlite3_bind_double(statement, index, value) } else { sqlite_nio_sqlite3_bind_null(statement, index) }
            }
            func millis(_ value: Date?) {
                index += 1
                if let value {
                    sqlite_nio_sqlite3_bind_int64(statement, index, Int64((value.timeIntervalSince1970 * 1000).rounded()))
                } else {
                    sqlite_nio_sqlite3_bind_null(statement, index)
                }
            }
            text(item.kind.rawValue); text(item.requestType); text(item.category); text(item.channel); text(item.priority.rawValue)
            text(item.description); double(item.location?.longitude); double(item.location?.latitude); text(item.address); text(item.region)
            text(item.reporter.map(JSONColumn.text)); text(item.attachments.isEmpty ? "[]" : JSONColumn.text(item.attachments)); text(item.status.rawValue)
            text(item.workflow.unit); text(item.workflow.lastHandlingUnit); text(CaseJSON.workflow(item.workflow)); millis(item.registeredAt)
            millis(item.dispatchedAt); millis(item.closedAt); millis(item.closedAt == nil && item.status != .cancelled ? item.deadlines?.resolveBy : nil)
            text(item.deadlines.map(CaseJSON.deadlines))
            index += 1
            sqlite_nio_sqlite3_bind_int64(statement, index, item.supervised ? 1 : 0)
            text(CaseJSON.strings(item.summonedUnits)); text(item.externalID); text(item.source); text(item.token)
            index += 1
            sqlite_nio_sqlite3_bind_int64(statement, index, nowMillis)
            guard sqlite_nio_sqlite3_step(statement) == SQLITE_DONE else { throw error(sql) }
            sqlite_nio_sqlite3_reset(statement)
        }
        return cases.count
    }
}
