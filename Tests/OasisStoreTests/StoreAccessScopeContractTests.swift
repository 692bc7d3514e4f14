import Foundation
import OasisCore
import OasisStore
import OasisTestSupport
import Testing

/// A `StoreAccess` carries no permission, so the store cannot ask for one; what it still enforces is the scope.
@Suite("Store access contract: an access scoped to one region reads and writes nothing outside it")
struct StoreAccessScopeContractTests {
    @Test(
        "an administrator's access scoped to Kashgar sees only Kashgar's projects, cases, features and users, and writes nowhere else",
        arguments: TestStoreKind.available)
    func scopedAccess(kind: TestStoreKind) async throws {
        try await ScopeContractTests.withStore(kind) { store in
            try await ScopeContractTests.registerCases(store)
            _ = try await store.projects.save(
                [PromotionContractTests.project("UR-1", region: "650102"), PromotionContractTests.project("KS-1", region: "653101")], by: .system)
            try await store.spatialFeatures.insert(
                layer: .facilities, source: "survey",
                SpatialLayerContractTests.grid + [SpatialLayerContractTests.facility("K", 75.99, 39.47, region: "653101")],
                by: .system)
            _ = try await Fixtures.user(store, "urumqi.city", role: .unitHandler, regions: ["650102"])
            let admin = Principal(user: try await Fixtures.user(store, "kashgar.admin", role: .admin, regions: ["653100"]))
            // The widest role: every permission is granted, so only the scope can refuse.
            let kashgar = try admin.access(for: .manageUsers)

            #expect(try await store.projects.list(ProjectQuery(), for: kashgar).items.map(\.code) == ["KS-1"])
            let cases = try await store.cases.list(CaseQuery(limit: 100), for: kashgar)
            #expect(cases.total == 3 && cases.items.allSatisfy { $0.region == "653101" })
            let urumqiCase = try #require(try await store.cases.list(CaseQuery(limit: 100), for: .system).items.first { $0.region == "650102" })
            #expect(try await store.cases.get(urumqiCase.id, for: kashgar) == nil)
            #expect(try await store.spatialFeatures.count(layer: .facilities, for: kashgar) == 1)
            #expect(try await store.users.list(for: kashgar).map(\.username) == ["kashgar.admin"])

            let project = await ScopeContractTests.refusal {
                _ = try await store.projects.save([PromotionContractTests.project("UR-2", region: "650102")], by: kashgar)
            }
            #expect(project?.kind == .forbidden)
            let feature = await ScopeContractTests.refusal {
                try await store.spatialFeatures.insert(
                    layer: .facilities, source: "s", [SpatialLayerContractTests.facility("U", 87.6, 43.8)], by: kashgar)
            }
            #expect(feature?.kind == .forbidden)
            var urumqi = Fixtures.xinjiangSample[2]
            urumqi.population = 1
            let region = await ScopeContractTests.refusal { _ = try await store.regions.upsert([urumqi], by: kashgar) }
            #expect(region?.kind == .forbidden)

            #expect(try await store.projects.list(ProjectQuery(), for: .system).total == 2, "nothing was written")
            #expect(try await store.spatialFeatures.count(layer: .facilities, for: .system) == 11)
            #expect(try await store.regions.get(try RegionCode("650102"))?.population == Fixtures.xinjiangSample[2].population)
        }
    }
}
