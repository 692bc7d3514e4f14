// Candidate C on SQLite: thin executor (query/execute/transaction, `?` binds) over sqlite-nio.
import Foundation
import SQLiteNIO
import TrialCommon

/// The shape of Oasis's executor protocol, SQLite side.
struct SQLiteExecutor {
    let conn: SQLiteConnection
    func execute(_ sql: String, _ binds: [SQLiteData] = []) async throws { let _: [SQLiteRow] = try await conn.query(sql, binds) }
    func query(_ sql: String, _ binds: [SQLiteData] = []) async throws -> [SQLiteRow] { try await conn.query(sql, binds) }
    func transaction<T>(_ body: () async throws -> T) async throws -> T {
        try await execute("BEGIN IMMEDIATE")
        do { let r = try await body(); try await execute("COMMIT"); return r }
        catch { try? await execute("ROLLBACK"); throw error }
    }
}

extension Obs {
    init(_ row: SQLiteRow) {
        let c = row.columns
        self.init(id: Int(c[0].data.integer!), region: c[1].data.string!, indicator: c[2].data.string!,
                  period: Int(c[3].data.integer!), value: c[4].data.double!, source: c[5].data.string!)
    }
    var binds: [SQLiteData] { [.integer(SQLiteInt64(id)), .text(region), .text(indicator), .integer(SQLiteInt64(period)), .float(value), .text(source)] }
}

func open(_ name: String) async throws -> SQLiteExecutor {
    let conn: SQLiteConnection = try await SQLiteConnection.open(storage: .file(path: dbFile(name)))
    let ex = SQLiteExecutor(conn: conn)
    let mode = try await ex.query("PRAGMA journal_mode=WAL")
    check(mode.first?.columns.first?.data.string == "wal", "WAL not enabled")
    try await ex.execute("PRAGMA synchronous=NORMAL")
    try await ex.execute(createTableSQLite)
    return ex
}

let cand = "C sqlite-nio"
let rows = makeRows()
let ids = readIds()
let memConn: SQLiteConnection = try await SQLiteConnection.open(storage: .memory)
let version: [SQLiteRow] = try await memConn.query("SELECT sqlite_version()", [])
print("sqlite_version", version.first!.columns[0].data.string!)

// (i) row by row, one transaction. sqlite-nio prepares each statement anew (no statement cache API).
do {
    let ex = try await open("c-rows")
    let sql = "INSERT INTO obs (\(columnList)) VALUES (?,?,?,?,?,?)"
    try await measure(cand, "sqlite insert row-by-row", count: rows.count) {
        try await ex.transaction { for r in rows { try await ex.execute(sql, r.binds) } }
    }
    let countRows: [SQLiteRow] = try await ex.query("SELECT count(*) FROM obs")
    let n: Int = Int(countRows[0].columns[0].data.integer!)
    check(n == rows.count, "row count \(n)")
    let _: Void = try await ex.conn.close()
}
// (ii) multi-row batches of 500, one transaction.
let ex = try await open("c-batch")
let batchSQL = multiRowInsertSQL(rows: batchSize)
try await measure(cand, "sqlite insert batch-500", count: rows.count) {
    try await ex.transaction {
        var i = 0
        while i < rows.count {
            let chunk = rows[i..<min(i + batchSize, rows.count)]
            let sql = chunk.count == batchSize ? batchSQL : multiRowInsertSQL(rows: chunk.count)
            var binds: [SQLiteData] = []; binds.reserveCapacity(chunk.count * 6)
            for r in chunk { binds.append(contentsOf: r.binds) }
            try await ex.execute(sql, binds)
            i += batchSize
        }
    }
}
// Point reads by primary key.
let pointSQL = "SELECT \(columnList) FROM obs WHERE id = ?"
var sum = 0
try await measure(cand, "sqlite point-read", count: ids.count) {
    for id in ids {
        let o = Obs(try await ex.query(pointSQL, [.integer(SQLiteInt64(id))])[0])
        sum &+= o.period
    }
}
check(sum > 0, "point reads")
// Full scan decoded into structs.
let all = try await measure(cand, "sqlite full-scan", count: rows.count) {
    try await ex.query("SELECT \(columnList) FROM obs ORDER BY id").map(Obs.init)
}
check(all.count == rows.count && all[12345] == rows[12345], "scan mismatch")
let _: Void = try await ex.conn.close()
