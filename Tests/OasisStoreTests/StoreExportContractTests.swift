import Foundation
import OasisCore
import OasisStore
import OasisTestSupport
import Testing

@Suite("Per-table exports: row counts and content digests computed alike on both stores")
struct StoreExportContractTests {
    static func export(_ store: Store, _ table: String) async throws -> TableExport? {
        try await StoreExport.of(store.database).tables.first { $0.table == table }
    }

    @Test(
        "the digest of known rows equals the one worked out by hand (Python hashlib over the documented encoding)", arguments: TestStoreKind.available
    )
    func knownDigests(kind: TestStoreKind) async throws {
        try await TestStore.with(kind) { store in
            #expect(
                try await Self.export(store, "settings")
                    == TableExport(table: "settings", rows: 0, digest: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
                "no rows: SHA-256 of nothing")
            try await store.settings.set("b", "xyz")
            try await store.settings.set("a", "1")
            try await store.database.execute("INSERT INTO spatial_layer_versions (layer, version) VALUES (?, ?)", [.text("parks"), .int(3)])
            // sha256(sorted(sha256("T1:a␟T1:1␟"), sha256("T1:b␟T3:xyz␟"))) and sha256(sha256("T5:parks␟I3␟")), ␟ = 0x1F.
            #expect(
                try await Self.export(store, "settings")?.digest == "4affec371edfdebab3b369828ac8e9aae7202d5f5dcff33ad67bfa644b15512f")
            #expect(
                try await Self.export(store, "spatial_layer_versions")
                    == TableExport(
                        table: "spatial_layer_versions", rows: 1, digest: "c391dc95e03f83012c7b2d0f4e25b69d0c4e7311daebc7772a94995b7b9fc27b"))
            let export = try await StoreExport.of(store.database)
            #expect(export.schemaVersion == Migrations.latestVersion)
            #expect(!export.tables.contains { $0.table == StoreSchema.migrationsTable }, "each store keeps its own migration history")
        }
    }

    @Test("differences name the table and whether rows or content differ")
    func differences() {
        let mine = StoreExport(
            schemaVersion: 9,
            tables: [.init(table: "a", rows: 1, digest: "11"), .init(table: "b", rows: 2, digest: "22"), .init(table: "c", rows: 0, digest: "00")])
        let copy = StoreExport(schemaVersion: 9, tables: [.init(table: "a", rows: 2, digest: "11"), .init(table: "b", rows: 2, digest: "23")])
        #expect(
            mine.differences(from: copy) == [
                "a: 1 rows ≠ 2 rows", "b: same 2 rows but different content (digest 22 ≠ 23)", "c: missing from the copy",
            ])
        #expect(mine.differences(from: mine).isEmpty)
    }

    @Test("tables are ordered so that each follows the tables it refers to")
    func tableOrder() async throws {
        try await TestStore.with(.sqlite) { store in
            let names = try await StoreSchema.tables(on: store.database).map(\.name)
            for (child, parent) in [("user_scopes", "users"), ("api_tokens", "users"), ("schemes", "plans"), ("tasks", "schemes")] {
                let (c, p) = (try #require(names.firstIndex(of: child)), try #require(names.firstIndex(of: parent)))
                #expect(p < c, "\(parent) before \(child)")
            }
            let regions = try #require(try await StoreSchema.tables(on: store.database).first { $0.name == "regions" })
            #expect(regions.selfReferences.map(\.column) == ["parent_code"])
        }
    }

    @Test(
        "tables longer than a page are read whole, once each row, by single and composite keys (digests worked out by hand)",
        arguments: TestStoreKind.available)
    func manyPages(kind: TestStoreKind) async throws {
        try await TestStore.with(kind) { store in
            let user = try await Fixtures.user(store, "scoped", role: .analyst)
            #expect(user.id == 1)
            try await store.database.execute("DELETE FROM settings") // the store keeps a setting of its own
            let settings = (0..<4_500).flatMap { i in [SQLValue.text(String(format: "k%04d", i)), .text("v\(i)")] }
            try await store.database.execute(
                "INSERT INTO settings (key, value) VALUES " + Array(repeating: "(?, ?)", count: 4_500).joined(separator: ", "), settings)
            let scopes = (0..<4_500).flatMap { i in [SQLValue.int(1), .text("unit"), .text(String(format: "u%04d", i))] }
            try await store.database.execute(
                "INSERT INTO user_scopes (user_id, kind, value) VALUES " + Array(repeating: "(?, ?, ?)", count: 4_500).joined(separator: ", "),
                scopes)
            // Python: sha256 over the sorted sha256 of "T5:k0000␟T2:v0␟" … and of "T4:unit␟I1␟T5:u0000␟" ….
            let found = try await Self.export(store, "settings")
            #expect(found?.rows == 4_500)
            #expect(
                found
                    == TableExport(table: "settings", rows: 4_500, digest: "4d31751c0dacd26ce370a5f99c3cecd26dbe929dc2c57cd3eafddf6285c77e60"))
            #expect(
                try await Self.export(store, "user_scopes")
                    == TableExport(table: "user_scopes", rows: 4_500, digest: "0adcf4387165cc068205088369e74fc8c023e3a19c5dc9d4e0f26cde8b7277d8"))
        }
    }
}
