import Foundation
import OasisCore
import OasisStore
import OasisTestSupport
import Testing

/// The audit chain anchored outside the database: events cut from the end are found even when the head
/// stored in the database is rewritten to match.
@Suite("Audit anchor (both stores)")
struct AuditAnchorContractTests {
    /// A store with the five region events (seq 1–5) written through Oasis, so that the anchor records event 5.
    func withFiveEvents(_ kind: TestStoreKind, _ body: (Store) async throws -> Void) async throws {
        try await TestStore.with(kind) { store in
            _ = try await store.regions.upsert(Fixtures.xinjiangSample, by: .system)
            try await body(store)
        }
    }

    /// Removes the events after `last` and rewrites the stored head to the new last event, as an intruder would.
    func truncate(_ store: Store, after last: Int64) async throws {
        try await store.database.execute("DELETE FROM audit_events WHERE seq > ?", [.int(last)])
        try await store.database.execute("DELETE FROM settings WHERE key = 'audit_head'")
        if let row = try await store.database.first("SELECT seq, hash FROM audit_events WHERE seq = ?", [.int(last)]) {
            try await store.database.execute(
                "INSERT INTO settings (key, value) VALUES ('audit_head', ?)",
                [.text("\(try row.int("seq")):\(try row.string("hash"))")])
        }
    }

    @Test("a fresh store passes, with no anchor yet", arguments: TestStoreKind.available)
    func fresh(kind: TestStoreKind) async throws {
        try await TestStore.with(kind) { store in
            let result = try await store.audit.verify()
            #expect(result.isIntact)
            #expect(result.eventCount == 0)
            #expect(result.anchor == nil)
            #expect(result.missingAtEnd == 0)
        }
    }

    @Test("an untouched chain passes, and the anchor file records its last event with mode 600", arguments: TestStoreKind.available)
    func untouched(kind: TestStoreKind) async throws {
        try await withFiveEvents(kind) { store in
            let result = try await store.audit.verify()
            #expect(result.isIntact)
            #expect(result.anchor?.seq == 5)
            #expect(result.lastSeq == 5)
            let last = try #require(try await store.database.first("SELECT hash FROM audit_events WHERE seq = 5"))
            #expect(result.anchor?.hash == (try last.string("hash")))
            let path = try #require(store.audit.anchor.path)
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(mode == 0o600)
        }
    }

    @Test(
        "removing the last events and rewriting the stored head fails verification, saying how many are missing", arguments: TestStoreKind.available)
    func truncatedWithHead(kind: TestStoreKind) async throws {
        try await withFiveEvents(kind) { store in
            try await truncate(store, after: 3)
            let result = try await store.audit.verify()
            #expect(!result.isIntact)
            #expect(result.lastSeq == 3)
            #expect(result.missingAtEnd == 2)
            #expect(
                result.problems.contains {
                    $0.contains("truncated") && $0.contains("records event 5") && $0.contains("ends at event 3") && $0.contains("2 event(s)")
                })
        }
    }

    @Test("deleting every event together with the stored head fails verification", arguments: TestStoreKind.available)
    func allDeleted(kind: TestStoreKind) async throws {
        try await withFiveEvents(kind) { store in
            try await truncate(store, after: 0)
            let result = try await store.audit.verify()
            #expect(!result.isIntact)
            #expect(result.eventCount == 0)
            #expect(result.missingAtEnd == 5)
            #expect(result.problems.contains { $0.contains("truncated") && $0.contains("5 event(s)") })
        }
    }

    @Test("rewriting the chain from the anchored event on (all hashes recomputed) fails verification", arguments: TestStoreKind.available)
    func rewrittenAnchoredEvent(kind: TestStoreKind) async throws {
        try await withFiveEvents(kind) { store in
            var event = try #require(try await store.audit.recent(limit: 1, for: .system).first)
            #expect(event.seq == 5)
            event.afterJSON = #"{"forged":true}"#
            event.hash = AuditLog.hash(of: event)
            try await store.database.execute(
                "UPDATE audit_events SET after_json = ?, hash = ? WHERE seq = 5", [.text(event.afterJSON!), .text(event.hash)])
            try await truncate(store, after: 5)
            let result = try await store.audit.verify()
            #expect(!result.isIntact)
            #expect(result.problems.contains { $0.contains("event 5 differs from the hash recorded") })
        }
    }

    @Test("a transaction rolled back after appending does not move the anchor", arguments: TestStoreKind.available)
    func rolledBack(kind: TestStoreKind) async throws {
        try await withFiveEvents(kind) { store in
            struct Abandon: Error {}
            await #expect(throws: Abandon.self) {
                try await store.database.transaction { tx in
                    try await store.audit.append(
                        AuditChange(action: "probe", entityType: "probe", entityID: "1", before: nil as String?, after: "x"),
                        by: .system, on: tx)
                    throw Abandon()
                }
            }
            let result = try await store.audit.verify()
            #expect(result.isIntact)
            #expect(result.anchor?.seq == 5)
        }
    }

    @Test("an anchor behind the table (another server's, or one not written before a crash) is not tampering", arguments: TestStoreKind.available)
    func staleAnchor(kind: TestStoreKind) async throws {
        let test = try await TestStore.make(kind)
        let store = try await test.open()
        let otherAnchor = test.auditAnchorPath + ".other-host"
        let other = try await Store.open(test.location, auditAnchorPath: otherAnchor, logger: TestStore.logger)
        do {
            try await store.migrate()
            _ = try await store.regions.upsert(Array(Fixtures.xinjiangSample.prefix(3)), by: .system)
            _ = try await other.regions.upsert(Array(Fixtures.xinjiangSample.suffix(2)), by: .system)
            let mine = try await store.audit.verify()
            #expect(mine.isIntact)
            #expect(mine.anchor?.seq == 3)
            #expect(mine.lastSeq == 5)
            let theirs = try await other.audit.verify()
            #expect(theirs.isIntact)
            #expect(theirs.anchor?.seq == 5)
        } catch {
            Issue.record(error)
        }
        await other.close()
        await store.close()
        try? FileManager.default.removeItem(atPath: otherAnchor)
        await test.remove()
    }
}
