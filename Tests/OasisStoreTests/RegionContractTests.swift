import Foundation
import OasisCore
import OasisStore
import OasisTestSupport
import Testing

@Suite("Regions (both stores)")
struct RegionContractTests {
    @Test("imports a hierarchy, reads it back by level, parent and lineage", arguments: TestStoreKind.available)
    func roundTrip(kind: TestStoreKind) async throws {
        try await TestStore.with(kind) { store in
            let summary = try await store.regions.upsert(Fixtures.xinjiangSample, by: .system)
            #expect(summary.inserted == 5)
            #expect(try await store.regions.count() == 5)
            #expect(try await store.regions.list(level: .prefecture).map(\.code.rawValue) == ["650100", "653100"])
            #expect(try await store.regions.list(parent: try RegionCode("650100")).map(\.nameEn) == ["Tianshan District"])
            let lineage = try await store.regions.lineage(of: try RegionCode("650102"))
            #expect(lineage.map(\.code.rawValue) == ["650000", "650100", "650102"])
            let urumqi = try #require(try await store.regions.get(try RegionCode("650100")))
            #expect(urumqi == Fixtures.xinjiangSample[1])
        }
    }

    @Test("names in languages beyond zh-Hans and English are kept and changed like any field", arguments: TestStoreKind.available)
    func moreLanguages(kind: TestStoreKind) async throws {
        try await TestStore.with(kind) { store in
            var regions = Fixtures.xinjiangSample
            regions[2].names[.ug] = "تەڭرىتاغ رايونى"
            _ = try await store.regions.upsert(regions, by: .system)
            let tianshan = try #require(try await store.regions.get(try RegionCode("650102")))
            #expect(tianshan.names[.ug] == "تەڭرىتاغ رايونى")
            #expect(tianshan.name(in: .ug) == "تەڭرىتاغ رايونى")
            #expect(tianshan == regions[2])
            let urumqi = try #require(try await store.regions.get(try RegionCode("650100")))
            #expect(urumqi.names[.ug] == nil)
            #expect(urumqi.name(in: .ug) == urumqi.nameZh)
            regions[2].names[.ug] = nil
            #expect(try await store.regions.upsert(regions, by: .system).updated == 1)
            #expect(try await store.regions.get(try RegionCode("650102"))?.names[.ug] == nil)
        }
    }

    @Test("re-importing the same regions changes nothing and writes no audit events", arguments: TestStoreKind.available)
    func idempotent(kind: TestStoreKind) async throws {
        try await TestStore.with(kind) { store in
            _ = try await store.regions.upsert(Fixtures.xinjiangSample, by: .system)
            let events = try await store.audit.verify().eventCount
            var changed = Fixtures.xinjiangSample
            let again = try await store.regions.upsert(changed, by: .system)
            #expect(again == RegionImportSummary(inserted: 0, updated: 0, unchanged: 5))
            #expect(try await store.audit.verify().eventCount == events)
            changed[2].population = 720_000
            let update = try await store.regions.upsert(changed, by: .system)
            #expect(update.updated == 1)
            let history = try await store.audit.history(entityType: "region", entityID: "650102", for: .system)
            #expect(history.map(\.action) == ["region.create", "region.update"])
            #expect(history.last?.beforeJSON?.contains("709386") == true)
            #expect(history.last?.afterJSON?.contains("720000") == true)
        }
    }

    @Test("an unknown parent fails the whole import: nothing is written", arguments: TestStoreKind.available)
    func unknownParent(kind: TestStoreKind) async throws {
        try await TestStore.with(kind) { store in
            let orphan = Fixtures.region("659001", "659000", .prefecture, "石河子市", "Shihezi")
            await #expect {
                try await store.regions.upsert([Fixtures.xinjiangSample[0], orphan], by: .system)
            } throws: { ($0 as? OasisError)?.code == "region_parent_unknown" && ($0 as? OasisError)?.details.first?.row == 2 }
            let count = try await store.regions.count()
            #expect(count == 0)
        }
    }

    @Test("a scoped writer cannot write outside its scope; an analyst cannot write at all", arguments: TestStoreKind.available)
    func scope(kind: TestStoreKind) async throws {
        try await TestStore.with(kind) { store in
            _ = try await store.regions.upsert(Fixtures.xinjiangSample, by: .system)
            let kashgarAdmin = Principal(
                kind: .user, userID: 99, username: "k", role: .admin, scope: AccessScope(regions: [try RegionCode("653100")]))
            var kashgar = Fixtures.xinjiangSample[4]
            kashgar.population = 712_000
            #expect(try await store.regions.upsert([kashgar], by: kashgarAdmin.access(for: .writeRegions)).updated == 1)
            var urumqi = Fixtures.xinjiangSample[2]
            urumqi.population = 1
            await #expect { try await store.regions.upsert([urumqi], by: kashgarAdmin.access(for: .writeRegions)) } throws: {
                ($0 as? OasisError)?.kind == .forbidden
            }
            let analyst = Principal(kind: .user, userID: 98, username: "a", role: .analyst, scope: .everything)
            #expect { try analyst.access(for: .writeRegions) } throws: { ($0 as? OasisError)?.kind == .forbidden }
        }
    }
}
