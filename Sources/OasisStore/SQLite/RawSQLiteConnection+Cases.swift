import Foundation
import OasisCore
import VaporCSQLite

extension RawSQLiteConnection {
    /// Inserts a batch of cases with one prepared statement, binding each field straight from the case
    /// (`CaseRows.encode`, with the JSON columns the batch already holds).
    func insertCases(_ batch: CaseImportBatch, now: Date, sql: String) throws -> Int {
        let statement = try prepare(sql)
        defer { sqlite_nio_sqlite3_finalize(statement) }
        for (item, json) in zip(batch.cases, batch.json) {
            var binds = SQLiteCaseBinds(statement: statement)
            CaseRows.encode(item, now: now, json: json, into: &binds)
            guard sqlite_nio_sqlite3_step(statement) == SQLITE_DONE else { throw error(sql) }
            sqlite_nio_sqlite3_reset(statement)
        }
        return batch.cases.count
    }
}
