import Foundation
import OasisCore
import OasisStore
import OasisTestSupport
import Testing

@Suite("Audit chain (both stores)")
struct AuditContractTests {
    /// A store with five chained events (one per region).
    func withEvents(_ kind: TestStoreKind, _ body: (Store) async throws -> Void) async throws {
        try await TestStore.with(kind) { store in
            _ = try await store.regions.upsert(Fixtures.xinjiangSample, by: .system)
            let verification = try await store.audit.verify()
            #expect(verification.isIntact)
            #expect(verification.eventCount == 5)
            try await body(store)
        }
    }

    @Test("every write appends a chained event with who, what, before and after", arguments: TestStoreKind.available)
    func chained(kind: TestStoreKind) async throws {
        try await withEvents(kind) { store in
            let events = try await store.audit.recent(for: .system).reversed()
            #expect(events.map(\.seq) == [1, 2, 3, 4, 5])
            #expect(events.first?.previousHash == AuditLog.genesisHash)
            for (previous, next) in zip(events, events.dropFirst()) { #expect(next.previousHash == previous.hash) }
            #expect(events.allSatisfy { $0.actorName == "system" && $0.action == "region.create" && $0.beforeJSON == nil && $0.afterJSON != nil })
        }
    }

    @Test("a changed event is detected", arguments: TestStoreKind.available)
    func changed(kind: TestStoreKind) async throws {
        try await withEvents(kind) { store in
            try await store.database.execute("UPDATE audit_events SET after_json = ? WHERE seq = 3", [#"{"population":1}"#])
            let result = try await store.audit.verify()
            #expect(!result.isIntact)
            #expect(result.problems.contains { $0.contains("event 3") && $0.contains("changed") })
        }
    }

    @Test("a removed event is detected, in the middle or at the end", arguments: TestStoreKind.available)
    func removed(kind: TestStoreKind) async throws {
        try await withEvents(kind) { store in
            try await store.database.execute("DELETE FROM audit_events WHERE seq = 2")
            #expect(try await store.audit.verify().problems.contains { $0.contains("event 2 is missing") })
        }
        try await withEvents(kind) { store in
            try await store.database.execute("DELETE FROM audit_events WHERE seq = 5")
            #expect(try await store.audit.verify().problems.contains { $0.contains("recorded head") })
        }
    }

    @Test("reordered events are detected", arguments: TestStoreKind.available)
    func reordered(kind: TestStoreKind) async throws {
        try await withEvents(kind) { store in
            try await store.database.execute("UPDATE audit_events SET seq = 100 WHERE seq = 2")
            try await store.database.execute("UPDATE audit_events SET seq = 2 WHERE seq = 3")
            try await store.database.execute("UPDATE audit_events SET seq = 3 WHERE seq = 100")
            let result = try await store.audit.verify()
            #expect(!result.isIntact)
            #expect(result.problems.contains { $0.contains("does not link") })
        }
    }

    @Test("a principal scoped to a region sees only that region's events", arguments: TestStoreKind.available)
    func scoped(kind: TestStoreKind) async throws {
        try await withEvents(kind) { store in
            let kashgar = Principal(kind: .user, userID: 1, username: "k", role: .supervisor, scope: AccessScope(regions: [try RegionCode("653100")]))
            #expect(try await store.audit.recent(for: kashgar.access(for: .readAudit)).map(\.entityID).sorted() == ["653100", "653101"])
            let citizen = Principal(kind: .user, userID: 2, username: "c", role: .citizen, scope: .everything)
            #expect { try citizen.access(for: .readAudit) } throws: { ($0 as? OasisError)?.kind == .forbidden }
        }
    }
}
