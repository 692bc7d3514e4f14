// Candidates B/C on PostgreSQL: raw postgres-nio PostgresClient, SQL written with `?` and
// rewritten to `$n` by the executor's dialect step (C's design; B would use the same code).
import Foundation
import Logging
import PostgresNIO
import TrialCommon

let port = Int(ProcessInfo.processInfo.environment["PGPORT"] ?? "5432")!
let cand = "raw postgres-nio"
let logger = Logger(label: "bench")
let client = PostgresClient(configuration: .init(host: "127.0.0.1", port: port, username: "postgres",
                                                 password: nil, database: "postgres", tls: .disable))

extension PostgresBindings {
    mutating func append(_ r: Obs) {
        append(r.id); append(r.region); append(r.indicator); append(r.period); append(r.value); append(r.source)
    }
}

func run() async throws {
    let rows = makeRows()
    let ids = readIds()
    try await client.query("DROP TABLE IF EXISTS obs")
    try await client.query(PostgresQuery(unsafeSQL: createTablePostgres))
    try await measure(cand, "pg insert batch-500", count: rows.count) {
        try await client.withTransaction(logger: logger) { conn in
            var i = 0
            while i < rows.count {
                let chunk = rows[i..<min(i + batchSize, rows.count)]
                let sql = rewritePlaceholders(multiRowInsertSQL(rows: chunk.count))
                var b = PostgresBindings(capacity: chunk.count * 6)
                for r in chunk { b.append(r) }
                try await conn.query(PostgresQuery(unsafeSQL: sql, binds: b), logger: logger)
                i += batchSize
            }
        }
    }
    var n = 0
    for try await c in try await client.query("SELECT count(*) FROM obs").decode(Int.self) { n = c }
    check(n == rows.count, "row count \(n)")
    try await client.query("ANALYZE obs")

    let pointSQL = rewritePlaceholders("SELECT \(columnList) FROM obs WHERE id = ?")
    var sum = 0
    try await measure(cand, "pg point-read", count: ids.count) {
        for id in ids {
            var b = PostgresBindings(capacity: 1); b.append(id)
            let seq = try await client.query(PostgresQuery(unsafeSQL: pointSQL, binds: b))
            for try await (id, region, indicator, period, value, source) in seq.decode((Int, String, String, Int, Double, String).self) {
                let o = Obs(id: id, region: region, indicator: indicator, period: period, value: value, source: source)
                sum &+= o.period
            }
        }
    }
    // Variant: the same reads on one connection leased once (separates pool-lease cost from the round trip).
    try await measure(cand, "pg point-read (one leased connection)", count: ids.count) {
        try await client.withConnection { conn in
            for id in ids {
                var b = PostgresBindings(capacity: 1); b.append(id)
                let seq = try await conn.query(PostgresQuery(unsafeSQL: pointSQL, binds: b), logger: logger)
                for try await (_, _, _, period, _, _) in seq.decode((Int, String, String, Int, Double, String).self) {
                    sum &+= period
                }
            }
        }
    }
    check(sum > 0, "point reads")
    let all = try await measure(cand, "pg full-scan", count: rows.count) {
        var out: [Obs] = []; out.reserveCapacity(rows.count)
        let seq = try await client.query(PostgresQuery(unsafeSQL: "SELECT \(columnList) FROM obs ORDER BY id"))
        for try await (id, region, indicator, period, value, source) in seq.decode((Int, String, String, Int, Double, String).self) {
            out.append(Obs(id: id, region: region, indicator: indicator, period: period, value: value, source: source))
        }
        return out
    }
    check(all.count == rows.count && all[12345] == rows[12345], "scan mismatch")
}

try await withThrowingTaskGroup(of: Void.self) { group in
    group.addTask { await client.run() }
    try await run()
    group.cancelAll()
}
