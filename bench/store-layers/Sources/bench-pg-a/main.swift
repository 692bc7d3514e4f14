// Candidate A on PostgreSQL: SQLKit builders over postgres-kit (same builder code as on SQLite).
import Foundation
import Logging
import NIOPosix
import PostgresKit
import SQLKit
import TrialCommon

let port = Int(ProcessInfo.processInfo.environment["PGPORT"] ?? "5432")!
let cand = "A SQLKit/postgres-kit"
let logger = Logger(label: "bench")
let columns = ["id", "region", "indicator", "period", "value", "source"]
extension Obs {
    var exprs: [any SQLExpression] {
        [SQLBind(id), SQLBind(region), SQLBind(indicator), SQLBind(period), SQLBind(value), SQLBind(source)]
    }
}

let conn: PostgresConnection = try await PostgresConnection.connect(
    on: MultiThreadedEventLoopGroup.singleton.any(),
    configuration: .init(host: "127.0.0.1", port: port, username: "postgres", password: nil, database: "postgres", tls: .disable),
    id: 1, logger: logger)
let db = conn.sql()
let rows = makeRows()
let ids = readIds()
try await db.drop(table: "obs").ifExists().run()
try await db.raw(SQLQueryString(createTablePostgres)).run()
try await measure(cand, "pg insert batch-500", count: rows.count) {
    try await db.raw("BEGIN").run()
    var i = 0
    while i < rows.count {
        let chunk = rows[i..<min(i + batchSize, rows.count)]
        try await db.insert(into: "obs").columns(columns).rows(chunk.map(\.exprs)).run()
        i += batchSize
    }
    try await db.raw("COMMIT").run()
}
let n = try await db.raw("SELECT count(*) AS n FROM obs").first()?.decode(column: "n", as: Int.self)
check(n == rows.count, "row count")
try await db.raw("ANALYZE obs").run()
var sum = 0
try await measure(cand, "pg point-read", count: ids.count) {
    for id in ids {
        let o = try await db.select().columns(columns).from("obs").where("id", .equal, id).first(decoding: Obs.self)!
        sum &+= o.period
    }
}
check(sum > 0, "point reads")
let all = try await measure(cand, "pg full-scan", count: rows.count) {
    try await db.select().columns(columns).from("obs").orderBy("id").all(decoding: Obs.self)
}
check(all.count == rows.count && all[12345] == rows[12345], "scan mismatch")
let _: Void = try await conn.close()
