// Candidate B on SQLite: GRDB (system libsqlite3) with its prepared/cached statements.
import Foundation
import GRDB
import TrialCommon

extension Obs: FetchableRecord {
    public init(row: Row) throws {
        self.init(id: row[0], region: row[1], indicator: row[2], period: row[3], value: row[4], source: row[5])
    }
    var arguments: StatementArguments { [id, region, indicator, period, value, source] }
}

func open(_ name: String) throws -> DatabaseQueue {
    let q = try DatabaseQueue(path: dbFile(name))
    try q.writeWithoutTransaction { db in
        let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode=WAL")
        check(mode == "wal", "WAL not enabled")
        try db.execute(sql: "PRAGMA synchronous=NORMAL")
        try db.execute(sql: createTableSQLite)
    }
    return q
}

let cand = "B GRDB"
let rows = makeRows()
let ids = readIds()
print("sqlite_version", try DatabaseQueue().read { try String.fetchOne($0, sql: "SELECT sqlite_version()")! })

// (i) row by row with one prepared statement reused, one transaction.
do {
    let q = try open("b-rows")
    try await measure(cand, "sqlite insert row-by-row", count: rows.count) {
        try await q.write { db in
            let st = try db.makeStatement(sql: "INSERT INTO obs (\(columnList)) VALUES (?,?,?,?,?,?)")
            for r in rows { try st.execute(arguments: r.arguments) }
        }
    }
    check(try q.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM obs") } == rows.count, "row count")
}
// Variant: row by row, statement prepared anew each time (isolates prepare cost from C's thread hop).
do {
    let q = try open("b-rows-reprepare")
    try await measure(cand, "sqlite insert row-by-row (re-prepared)", count: rows.count) {
        try await q.write { db in
            for r in rows { try db.execute(sql: "INSERT INTO obs (\(columnList)) VALUES (?,?,?,?,?,?)", arguments: r.arguments) }
        }
    }
}
// (ii) multi-row batches of 500, one transaction.
let q = try open("b-batch")
try await measure(cand, "sqlite insert batch-500", count: rows.count) {
    try await q.write { db in
        let st = try db.makeStatement(sql: multiRowInsertSQL(rows: batchSize))
        var i = 0
        while i < rows.count {
            let chunk = rows[i..<min(i + batchSize, rows.count)]
            var values: [(any DatabaseValueConvertible)?] = []; values.reserveCapacity(chunk.count * 6)
            for r in chunk { values += [r.id, r.region, r.indicator, r.period, r.value, r.source] }
            if chunk.count == batchSize {
                try st.execute(arguments: StatementArguments(values))
            } else {
                try db.execute(sql: multiRowInsertSQL(rows: chunk.count), arguments: StatementArguments(values))
            }
            i += batchSize
        }
    }
}
let pointSQL = "SELECT \(columnList) FROM obs WHERE id = ?"
// Point reads, one async database access per read (what a request handler does); cached statement.
var sum = 0
try await measure(cand, "sqlite point-read", count: ids.count) {
    for id in ids {
        let o = try await q.read { db in try Obs.fetchOne(db.cachedStatement(sql: pointSQL), arguments: [id])! }
        sum &+= o.period
    }
}
// Variant: all reads inside one synchronous access (GRDB's best case, not comparable to per-request access).
try await measure(cand, "sqlite point-read (one access)", count: ids.count) {
    try q.read { db in
        let st = try db.cachedStatement(sql: pointSQL)
        for id in ids { sum &+= try Obs.fetchOne(st, arguments: [id])!.period }
    }
}
check(sum > 0, "point reads")
let all = try await measure(cand, "sqlite full-scan", count: rows.count) {
    try await q.read { db in try Obs.fetchAll(db, sql: "SELECT \(columnList) FROM obs ORDER BY id") }
}
check(all.count == rows.count && all[12345] == rows[12345], "scan mismatch")
