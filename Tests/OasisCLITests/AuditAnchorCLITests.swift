import Foundation
import OasisStore
import OasisTestSupport
import Testing

@Suite("oasis audit verify and the audit anchor")
struct AuditAnchorCLITests {
    /// Removes the events after `last` and points the head stored in the database at the new last event.
    func cut(_ database: String, after last: Int64) async throws {
        let store = try await Store.open(.sqlite(path: database), logger: TestStore.logger)
        try await store.database.execute("DELETE FROM audit_events WHERE seq > ?", [.int(last)])
        try await store.database.execute("DELETE FROM settings WHERE key = 'audit_head'")
        if let row = try await store.database.first("SELECT seq, hash FROM audit_events WHERE seq = ?", [.int(last)]) {
            try await store.database.execute(
                "INSERT INTO settings (key, value) VALUES ('audit_head', ?)", [.text("\(try row.int("seq")):\(try row.string("hash"))")])
        }
        await store.close()
    }

    @Test("events cut from the end with the stored head rewritten, or all deleted, fail with exit 1 and the number missing")
    func truncation() async throws {
        let directory = try OasisBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("oasis.sqlite").path
        #expect(try OasisBinary.run(["migrate", "--database", database]).status == 0)
        let fresh = try OasisBinary.run(["audit", "verify", "--database", database])
        #expect(fresh.status == 0)
        #expect(fresh.stdout.contains("no audit anchor in \(database).audit-anchor yet"))
        for name in ["one", "two", "three"] {
            #expect(try OasisBinary.run(["user", "create", "--database", database, "--username", name, "--role", "analyst"]).status == 0)
        }
        let intact = try OasisBinary.run(["audit", "verify", "--database", database])
        #expect(intact.status == 0)
        #expect(intact.stdout.contains("anchored in \(database).audit-anchor at event 3; the table reaches event 3"))

        try await cut(database, after: 1)
        let shortened = try OasisBinary.run(["audit", "verify", "--database", database])
        #expect(shortened.status == 1)
        #expect(shortened.stdout.contains("the anchor records event 3, the table ends at event 1: 2 event(s) missing at the end"))

        try await cut(database, after: 0)
        let emptied = try OasisBinary.run(["audit", "verify", "--database", database])
        #expect(emptied.status == 1)
        #expect(emptied.stdout.contains("the anchor records event 3, the table ends at event 0: 3 event(s) missing at the end"))
    }
}
