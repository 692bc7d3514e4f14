import Foundation
import OasisCore
import OasisStore
import OasisTestSupport
import Testing

@Suite("oasis store copy: the embedded store into an empty database of either kind", .serialized)
struct StoreCopyContractTests {
    /// An SQLite store with regions (children before parents, to test the ordering), users with scopes, a token and
    /// audit events.
    static func filledSource(_ body: (Store) async throws -> Void) async throws {
        try await TestStore.with(.sqlite) { source in
            _ = try await source.regions.upsert(Fixtures.xinjiangSample, by: .system)
            _ = try await Fixtures.user(source, "kashgar.dispatch", role: .dispatcher, regions: ["653100"])
            let clerk = try await Fixtures.user(source, "clerk", role: .analyst)
            _ = try await source.tokens.create(userID: clerk.id, name: "etl", tokenHash: "h1", lifetime: 86_400, by: .system)
            try await source.settings.set("demo_seeded", "no")
            try await body(source)
        }
    }

    @Test("every table is copied, the exports match, the audit chain verifies and new ids follow the copied ones", arguments: TestStoreKind.available)
    func copy(kind: TestStoreKind) async throws {
        try await Self.filledSource { source in
            try await TestStore.with(kind) { target in
                let report = try await StoreCopier.copy(from: source.database, to: target.database)
                let (before, after) = (try await StoreExport.of(source.database), try await StoreExport.of(target.database))
                #expect(before.differences(from: after).isEmpty)
                #expect(report.export == before)
                #expect(report.rowsCopied == before.tables.reduce(0) { $0 + $1.rows })
                #expect(before.tables.first { $0.table == "users" }?.rows == 2)
                #expect(before.tables.first { $0.table == "regions" }?.rows == Fixtures.xinjiangSample.count)
                let audit = try await target.audit.verify()
                #expect(audit.isIntact, "\(audit.problems)")
                #expect(audit.eventCount == before.tables.first { $0.table == "audit_events" }?.rows)
                if kind == .postgres { #expect(report.sequencesReset.contains("users.id")) }
                let next = try await Fixtures.user(target, "after.copy", role: .analyst)
                #expect(next.id == 3, "the identity sequence continues after the copied users 1 and 2")
                #expect(try await target.audit.verify().isIntact, "the chain continues on the copy")
            }
        }
    }

    @Test("a target with rows is refused before anything is written; a schema mismatch is named", arguments: TestStoreKind.available)
    func refusals(kind: TestStoreKind) async throws {
        try await Self.filledSource { source in
            try await TestStore.with(kind) { target in
                _ = try await Fixtures.user(target, "already.here", role: .analyst)
                let before = try await StoreExport.of(target.database)
                await #expect {
                    try await StoreCopier.copy(from: source.database, to: target.database)
                } throws: { ($0 as? OasisError)?.code == "target_not_empty" && "\($0)".contains("has rows") }
                #expect(try await StoreExport.of(target.database) == before, "nothing written")
            }
            _ = try await TestStore.with(kind, migrate: false) { target in
                await #expect {
                    try await StoreCopier.copy(from: source.database, to: target.database)
                } throws: { ($0 as? OasisError)?.code == "schema_mismatch" }
            }
        }
    }
}
