import Foundation
import OasisCore
import OasisStore
import OasisTestSupport
import Testing

/// The embedded store's writing connection keeps its prepared statements for reuse (`StatementCache`): a kept
/// statement must behave as a freshly prepared one after a failure, a schema change and more texts than it keeps.
@Suite("The embedded store's writer reuses prepared statements without changing what they do")
struct SQLiteStatementCacheTests {
    static func withStore(_ body: @Sendable (Store) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oasis-statements-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("oasis.sqlite").path
        try await Store.using(.sqlite(path: path), auditAnchorPath: nil, logger: TestStore.logger, body)
    }

    @Test("a statement that failed on a constraint runs again with new values, with no binding left from before")
    func afterFailure() async throws {
        try await Self.withStore { store in
            let db = store.database
            try await db.execute("CREATE TABLE probe (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, note TEXT)", [])
            let insert = "INSERT INTO probe (name, note) VALUES (?, ?) RETURNING id, note"
            let first = try await db.query(insert, [.text("a"), .text("kept")])
            #expect(try first.first?.int("id") == 1)
            await #expect(throws: StoreError.self) { try await db.query(insert, [.text("a"), .text("duplicate")]) }
            // The same text once more: a statement left mid-step or holding the last bindings would fail or write "kept".
            let second = try await db.query(insert, [.text("b"), .null])
            #expect(try second.first?.int("id") == 2)
            #expect(second.first?.optionalString("note") == nil)
            let rows = try await db.query("SELECT name, note FROM probe ORDER BY id", [])
            #expect(rows.map { $0.optionalString("name") } == ["a", "b"])
            #expect(rows.map { $0.optionalString("note") } == ["kept", nil])
        }
    }

    @Test("a statement kept from before a schema change returns the new shape")
    func afterSchemaChange() async throws {
        try await Self.withStore { store in
            let db = store.database
            try await db.execute("CREATE TABLE shaped (id INTEGER PRIMARY KEY, a TEXT)", [])
            let insert = "INSERT INTO shaped (a) VALUES (?) RETURNING *"
            #expect(try await db.query(insert, [.text("x")]).first?.columns == ["id", "a"])
            try await db.execute("ALTER TABLE shaped ADD COLUMN b INTEGER NOT NULL DEFAULT 7", [])
            let after = try await db.query(insert, [.text("y")])
            #expect(after.first?.columns == ["id", "a", "b"])
            #expect(try after.first?.int("b") == 7)
        }
    }

    @Test("more distinct statements than the cache keeps, in transactions, all write what they say")
    func beyondCapacity() async throws {
        try await Self.withStore { store in
            let db = store.database
            try await db.execute("CREATE TABLE counted (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)", [])
            // 500 texts (the cache keeps 192), each used twice, in 50 transactions of 20 statements.
            for round in 0..<2 {
                for batch in 0..<25 {
                    try await db.transaction { tx in
                        for offset in 0..<20 {
                            let n = batch * 20 + offset
                            try await tx.execute("INSERT INTO counted (n) VALUES (? + \(n))", [.int(Int64(round * 1_000))])
                        }
                    }
                }
            }
            let row = try await db.first("SELECT COUNT(*) AS rows, SUM(n) AS total FROM counted", [])
            // Round 0 writes 0…499, round 1 writes 1,000…1,499: 124,750 + 624,750.
            #expect(try row?.int("rows") == 1_000)
            #expect(try row?.int("total") == 749_500)
        }
    }
}
