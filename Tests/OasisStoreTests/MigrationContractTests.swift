import Foundation
import OasisCore
import OasisStore
import OasisTestSupport
import Testing

@Suite("Migrations (both stores)")
struct MigrationContractTests {
    @Test("an empty database is brought to the latest version, and migrating again changes nothing", arguments: TestStoreKind.available)
    func fromEmpty(kind: TestStoreKind) async throws {
        try await TestStore.with(kind, migrate: false) { store in
            let first = try await store.migrate()
            #expect(first.from == 0)
            #expect(first.to == Migrations.latestVersion)
            #expect(first.applied == Migrations.all.map(\.version))
            let second = try await store.migrate()
            #expect(second.applied.isEmpty)
            #expect(try await Migrator(database: store.database).currentVersion() == Migrations.latestVersion)
        }
    }

    @Test("a database from an older schema version is migrated forward", arguments: TestStoreKind.available)
    func fromOlder(kind: TestStoreKind) async throws {
        try await TestStore.with(kind, migrate: false) { store in
            try await store.migrate()
            let next = Migration(version: Migrations.latestVersion + 1, description: "test step") { _ in
                ["CREATE TABLE test_step (id BIGINT PRIMARY KEY, note TEXT)"]
            }
            let report = try await Migrator(database: store.database, migrations: Migrations.all + [next]).migrate()
            #expect(report.from == Migrations.latestVersion)
            #expect(report.applied == [next.version])
            try await store.database.execute("INSERT INTO test_step (id, note) VALUES (?, ?)", [1, "ok"])
        }
    }

    @Test("a database written by a newer Oasis is refused with a clear message and left untouched", arguments: TestStoreKind.available)
    func fromNewer(kind: TestStoreKind) async throws {
        try await TestStore.with(kind, migrate: false) { store in
            try await store.migrate()
            try await store.database.execute(
                "INSERT INTO oasis_schema_migrations (version, description, applied_at) VALUES (?, ?, ?)", [999, "from the future", 0]
            )
            await #expect {
                try await store.migrate()
            } throws: { error in
                guard let error = error as? StoreError else { return false }
                return error.kind == .schemaTooNew && error.message.contains("999") && error.message.contains("newer Oasis")
            }
            #expect(try await Migrator(database: store.database).currentVersion() == 999)
        }
    }

    @Test("a failing migration leaves nothing half-applied", arguments: TestStoreKind.available)
    func atomic(kind: TestStoreKind) async throws {
        try await TestStore.with(kind, migrate: false) { store in
            try await store.migrate()
            let broken = Migration(version: Migrations.latestVersion + 1, description: "broken") { _ in
                ["CREATE TABLE half_done (id BIGINT PRIMARY KEY)", "THIS IS NOT SQL"]
            }
            await #expect(throws: (any Error).self) {
                try await Migrator(database: store.database, migrations: Migrations.all + [broken]).migrate()
            }
            #expect(try await Migrator(database: store.database).currentVersion() == Migrations.latestVersion)
            await #expect(throws: (any Error).self) { try await store.database.query("SELECT * FROM half_done") }
        }
    }
}
