// Candidate A on SQLite: SQLKit query builders over sqlite-kit (Codable row decoding).
import Foundation
import SQLKit
import SQLiteKit
import TrialCommon

let columns = ["id", "region", "indicator", "period", "value", "source"]
extension Obs {
    var exprs: [any SQLExpression] {
        [SQLBind(id), SQLBind(region), SQLBind(indicator), SQLBind(period), SQLBind(value), SQLBind(source)]
    }
}

func open(_ name: String) async throws -> (SQLiteConnection, any SQLDatabase) {
    let conn: SQLiteConnection = try await SQLiteConnection.open(storage: .file(path: dbFile(name)))
    let db = conn.sql()
    let mode = try await db.raw("PRAGMA journal_mode=WAL").first()?.decode(column: "journal_mode", as: String.self)
    check(mode == "wal", "WAL not enabled")
    try await db.raw("PRAGMA synchronous=NORMAL").run()
    try await db.raw(SQLQueryString(createTableSQLite)).run()
    return (conn, db)
}

func transaction<T>(_ db: any SQLDatabase, _ body: () async throws -> T) async throws -> T {
    try await db.raw("BEGIN IMMEDIATE").run()
    do { let r = try await body(); try await db.raw("COMMIT").run(); return r }
    catch { try? await db.raw("ROLLBACK").run(); throw error }
}

let cand = "A SQLKit/sqlite-kit"
let rows = makeRows()
let ids = readIds()

// (i) row by row via the insert builder (SQLKit has no prepared-statement reuse), one transaction.
do {
    let (conn, db) = try await open("a-rows")
    try await measure(cand, "sqlite insert row-by-row", count: rows.count) {
        try await transaction(db) {
            for r in rows { try await db.insert(into: "obs").columns(columns).values(r.exprs).run() }
        }
    }
    let n = try await db.raw("SELECT count(*) AS n FROM obs").first()?.decode(column: "n", as: Int.self)
    check(n == rows.count, "row count")
    let _: Void = try await conn.close()
}
let (conn, db) = try await open("a-batch")
try await measure(cand, "sqlite insert batch-500", count: rows.count) {
    try await transaction(db) {
        var i = 0
        while i < rows.count {
            let chunk = rows[i..<min(i + batchSize, rows.count)]
            try await db.insert(into: "obs").columns(columns).rows(chunk.map(\.exprs)).run()
            i += batchSize
        }
    }
}
var sum = 0
try await measure(cand, "sqlite point-read", count: ids.count) {
    for id in ids {
        let o = try await db.select().columns(columns).from("obs").where("id", .equal, id).first(decoding: Obs.self)!
        sum &+= o.period
    }
}
check(sum > 0, "point reads")
let all = try await measure(cand, "sqlite full-scan", count: rows.count) {
    try await db.select().columns(columns).from("obs").orderBy("id").all(decoding: Obs.self)
}
check(all.count == rows.count && all[12345] == rows[12345], "scan mismatch")
let _: Void = try await conn.close()
