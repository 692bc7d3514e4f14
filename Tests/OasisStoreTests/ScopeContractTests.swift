import Foundation
import OasisCore
import OasisStore
import OasisTestSupport
import Testing

@Suite(
    "Scope contract: writes stay inside the writer's regions, province-wide rules need a province-wide scope, aggregates count only the reader's cases"
)
struct ScopeContractTests {
    static let today = CalendarDay(year: 2026, month: 6, day: 1).date

    static func withStore(_ kind: TestStoreKind, _ body: (Store) async throws -> Void) async throws {
        try await TestStore.with(kind, clock: ManualClock(today)) { store in
            _ = try await store.regions.upsert(Fixtures.xinjiangSample, by: .system)
            try await body(store)
        }
    }

    static func principal(_ store: Store, _ name: String, _ role: Role, regions: [String] = [], units: [String] = []) async throws -> Principal {
        let user = try await store.users.create(
            username: name, displayName: name, role: role,
            scope: AccessScope(regions: regions.map { try! RegionCode($0) }, units: units), passwordHash: "x", mustChangePassword: false, by: .system)
        return Principal(user: user)
    }

    static func refusal(_ body: () async throws -> Void) async -> OasisError? {
        do {
            try await body()
            return nil
        } catch let error as OasisError {
            return error
        } catch {
            return OasisError(kind: .internal, code: "unexpected", message: "\(error)")
        }
    }

    @Test(
        "a code used outside the writer's scope is refused with 409, and the other region's project is neither rewritten nor moved",
        arguments: TestStoreKind.available)
    func projectCodeOutsideScope(kind: TestStoreKind) async throws {
        try await Self.withStore(kind) { store in
            let urumqi = try await Self.principal(store, "ur-analyst", .analyst, regions: ["650100"])
            let kashgar = try await Self.principal(store, "ks-analyst", .analyst, regions: ["653100"])
            let original = PromotionContractTests.project("KS-100", region: "653101", unit: "喀什市住建局")
            let saved = try #require(try await store.projects.save([original], by: kashgar.access(for: .writeProjects)).first?.after)

            var takeover = PromotionContractTests.project("KS-100", region: "650102")
            takeover.nameZh = "被改写"
            let ownNew = PromotionContractTests.project("UR-100", region: "650102")
            let error = await Self.refusal { try await store.projects.save([ownNew, takeover], by: urumqi.access(for: .writeProjects)) }
            #expect(error?.kind == .conflict)
            #expect(error?.code == "project_code_taken")
            #expect(error?.details.map(\.field) == ["projects[1].code"])
            #expect(
                error.map { !$0.description.contains("653101") && !$0.description.contains("喀什") } == true,
                "the refusal names nothing of the other region")

            let after = try #require(try await store.projects.get(saved.id, for: .system))
            #expect(after.region == "653101")
            #expect(after.nameZh == original.nameZh)
            #expect(after.unit == "喀什市住建局")
            #expect(
                try await store.projects.list(ProjectQuery(), for: .system).items.map(\.code) == ["KS-100"],
                "nothing of the refused batch was written")
            #expect(try await store.audit.history(entityType: "project", entityID: String(saved.id), for: .system).count == 1)

            let province = try await Self.principal(store, "xj-analyst", .analyst, regions: ["650000"])
            var provincial = after
            provincial.nameZh = "自治区改写"
            let updated = try await store.projects.save([provincial], by: province.access(for: .writeProjects))
            #expect(updated.first?.before?.id == saved.id, "a scope covering the project's region still updates it by code")
        }
    }

    @Test("a writer may not move its own project to a region outside its scope", arguments: TestStoreKind.available)
    func projectMoveOutsideScope(kind: TestStoreKind) async throws {
        try await Self.withStore(kind) { store in
            let urumqi = try await Self.principal(store, "ur-analyst", .analyst, regions: ["650100"])
            let saved = try #require(
                try await store.projects.save([PromotionContractTests.project("UR-200", region: "650102")], by: urumqi.access(for: .writeProjects))
                    .first?.after)
            var moved = saved
            moved.region = "653101"
            let error = await Self.refusal { try await store.projects.save([moved], by: urumqi.access(for: .writeProjects)) }
            #expect(error?.kind == .forbidden)
            #expect(try await store.projects.get(saved.id, for: .system)?.region == "650102")
        }
    }

    @Test("routing rules: only regions inside the scope, everywhere only with a province-wide scope", arguments: TestStoreKind.available)
    func routingRules(kind: TestStoreKind) async throws {
        try await Self.withStore(kind) { store in
            let urumqi = try await Self.principal(store, "ur-dispatcher", .dispatcher, regions: ["650100"])
            let province = try await Self.principal(store, "xj-dispatcher", .dispatcher, regions: ["650000"])
            try await store.cases.setRoutingRule(category: "C0101", region: "653100", unit: "喀什市城管局", by: province.access(for: .dispatchCases))

            let crossRegion = await Self.refusal {
                try await store.cases.setRoutingRule(category: "C0101", region: "653100", unit: "乌鲁木齐市城管局", by: urumqi.access(for: .dispatchCases))
            }
            #expect(crossRegion?.kind == .forbidden)
            let everywhere = await Self.refusal {
                try await store.cases.setRoutingRule(category: "C0101", region: "", unit: "乌鲁木齐市城管局", by: urumqi.access(for: .dispatchCases))
            }
            #expect(everywhere?.code == "province_wide_scope_required")
            #expect(try await store.cases.responsibleUnit(category: "C0101", region: "653101") == "喀什市城管局")

            try await store.cases.setRoutingRule(category: "C0101", region: "650102", unit: "天山区城管局", by: urumqi.access(for: .dispatchCases))
            try await store.cases.setRoutingRule(category: "C0201", region: "", unit: "自治区住建厅", by: province.access(for: .dispatchCases))
            #expect(try await store.cases.responsibleUnit(category: "C0101", region: "650102") == "天山区城管局")
            #expect(try await store.cases.responsibleUnit(category: "C0201", region: "653101") == "自治区住建厅")
        }
    }

    @Test(
        "frameworks and policies: province-wide ones only with a province-wide scope, regional ones inside the scope",
        arguments: TestStoreKind.available)
    func frameworksAndPolicies(kind: TestStoreKind) async throws {
        try await Self.withStore(kind) { store in
            let urumqi = try await Self.principal(store, "ur-analyst", .analyst, regions: ["650100"])
            let kashgar = try await Self.principal(store, "ks-analyst", .analyst, regions: ["653100"])
            let province = try await Self.principal(store, "xj-analyst", .analyst, regions: ["650000"])

            var framework = IndicatorFramework.builtIn
            framework.version += 1
            let regional = await Self.refusal { try await store.frameworks.save(framework, by: urumqi.access(for: .writeIndicators)) }
            #expect(regional?.code == "province_wide_scope_required")
            #expect(try await store.frameworks.active() == nil)
            try await store.frameworks.save(framework, by: province.access(for: .writeIndicators))
            #expect(try await store.frameworks.active()?.version == framework.version)

            var builtIn = Policy.xinjiang2025
            builtIn.titleZh = "被改写"
            let provincial = await Self.refusal { try await store.policies.save(builtIn, by: urumqi.access(for: .writeProjects)) }
            #expect(provincial?.kind == .forbidden)
            var everywhere = Policy.xinjiang2025
            everywhere.id = "national-copy"
            everywhere.region = nil
            #expect(
                await Self.refusal { try await store.policies.save(everywhere, by: urumqi.access(for: .writeProjects)) }?.code
                    == "province_wide_scope_required")
            #expect(try await store.policies.get(Policy.builtInID)?.titleZh == Policy.xinjiang2025.titleZh)
            #expect(try await store.policies.get("national-copy") == nil)

            var local = Policy.xinjiang2025
            local.id = "urumqi-2026"
            local.level = "prefecture"
            local.region = "650100"
            try await store.policies.save(local, by: urumqi.access(for: .writeProjects))
            var hijacked = local
            hijacked.region = "653100"
            let replaced = await Self.refusal { try await store.policies.save(hijacked, by: kashgar.access(for: .writeProjects)) }
            #expect(replaced?.kind == .forbidden, "a policy of another region cannot be replaced, even with one's own region")
            #expect(try await store.policies.get("urumqi-2026")?.region == "650100")
            try await store.policies.save(everywhere, by: province.access(for: .writeProjects))
        }
    }

    /// Urumqi: one case closed after 5 handling hours (on time), one open past its deadline, one open without a
    /// deadline. Kashgar: one closed after 30 hours without a deadline, one open past its deadline, one open whose
    /// deadline passed earlier today (China Standard Time). All registered in May 2026.
    static func registerCases(_ store: Store) async throws {
        func at(_ day: Int, _ hour: Double = 2) -> Date { CalendarDay(year: 2026, month: 5, day: day).date + hour * 3600 }
        func item(
            _ category: String, _ region: String, _ unit: String, registered: Date, dispatched: Date? = nil, closed: Date? = nil,
            deadline: Date? = nil
        ) -> HotlineCase {
            var workflow = CaseWorkflow()
            workflow.unit = unit
            workflow.status = closed == nil ? .dispatched : .closed
            return HotlineCase(
                category: category, channel: "test", description: "scope test", region: region, workflow: workflow, registeredAt: registered,
                dispatchedAt: dispatched, closedAt: closed,
                deadlines: deadline.map { CaseDeadlines(respondBy: $0, resolveBy: $0, warnAt: $0) })
        }
        _ = try await store.cases.register(
            [
                item("C0101", "650102", "天山区城管局", registered: at(10), dispatched: at(10, 3), closed: at(10, 8), deadline: at(13)),
                item("C0101", "650102", "天山区城管局", registered: at(11), dispatched: at(11, 3), deadline: at(20)),
                item("C0201", "650102", "天山区城管局", registered: at(12), dispatched: at(12, 3)),
                item("C0101", "653101", "喀什市城管局", registered: at(10), dispatched: at(10, 4), closed: at(11, 10)),
                item("C0101", "653101", "喀什市城管局", registered: at(13), dispatched: at(13, 3), deadline: at(20)),
                item("C0101", "653101", "喀什市城管局", registered: at(14), dispatched: at(14, 3), deadline: at(31, 20)),
            ], by: .system)
    }

    @Test("metrics and hotspots count only the cases inside the reader's regions and units", arguments: TestStoreKind.available)
    func scopedAggregates(kind: TestStoreKind) async throws {
        try await Self.withStore(kind) { store in
            try await Self.registerCases(store)
            let urumqi = try await Self.principal(store, "ur-supervisor", .supervisor, regions: ["650100"])
            let kashgarUnit = try await Self.principal(store, "ks-unit-supervisor", .supervisor, units: ["喀什市城管局"])
            let province = try await Self.principal(store, "xj-supervisor", .supervisor, regions: ["650000"])
            let asOf = Self.today

            let urumqiAll = try #require(
                try await store.cases.metrics(.all, byMonth: false, asOf: asOf, for: urumqi.access(for: .superviseCases)).first?.metrics)
            #expect(urumqiAll.cases == 3)
            #expect(
                urumqiAll.closureRate == 50,
                "1 closed of 2 due (the closed one and the open one past its deadline); Kashgar's case due today is not Urumqi's")
            #expect(urumqiAll.meanHandlingHours == 5)
            #expect(
                try await store.cases.metrics(.region, byMonth: false, asOf: asOf, for: urumqi.access(for: .superviseCases)).map(\.key) == ["650102"])
            #expect(
                try await store.cases.metrics(.unit, byMonth: true, asOf: asOf, for: urumqi.access(for: .superviseCases)).map {
                    "\($0.key) \($0.month ?? "")"
                } == [
                    "天山区城管局 2026-05"
                ])
            let categories = try await store.cases.metrics(
                .category, from: "2026-05", to: "2026-05", byMonth: false, asOf: asOf, for: urumqi.access(for: .superviseCases))
            #expect(categories.map { "\($0.key):\($0.metrics.cases)" } == ["C0101:2", "C0201:1"])
            #expect(
                try await store.cases.metrics(.all, from: "2026-06", byMonth: false, asOf: asOf, for: urumqi.access(for: .superviseCases)).isEmpty)

            let kashgar = try await Self.principal(store, "ks-supervisor", .supervisor, regions: ["653100"])
            let kashgarAll = try #require(
                try await store.cases.metrics(.all, byMonth: false, asOf: asOf, for: kashgar.access(for: .superviseCases)).first?.metrics)
            #expect(kashgarAll.cases == 3)
            #expect(kashgarAll.closureRate == 1.0 / 3.0 * 100, "1 closed of 3 due, one of them due earlier today")

            let unitAll = try #require(
                try await store.cases.metrics(.all, byMonth: false, asOf: asOf, for: kashgarUnit.access(for: .superviseCases)).first?.metrics)
            #expect(unitAll.cases == 3)
            #expect(unitAll.closureRate == 1.0 / 3.0 * 100, "1 closed of 3 due")
            #expect(unitAll.meanHandlingHours == 30)
            #expect(
                try await store.cases.metrics(.unit, byMonth: false, asOf: asOf, for: kashgarUnit.access(for: .superviseCases)).map(\.key) == [
                    "喀什市城管局"
                ])

            for everything in [try province.access(for: .superviseCases), StoreAccess.system] {
                let all = try #require(try await store.cases.metrics(.all, byMonth: false, asOf: asOf, for: everything).first?.metrics)
                #expect(all.cases == 6)
                #expect(all.closureRate == 40, "2 closed of 5 due")
                #expect(all.meanHandlingHours == 17.5)
                #expect(
                    try await store.cases.metrics(.region, byMonth: false, asOf: asOf, for: everything).map { "\($0.key):\($0.metrics.cases)" }
                        == ["650102:3", "653101:3"])
            }

            let spots = try await store.cases.hotspots(from: "2026-05", to: "2026-05", for: urumqi.access(for: .superviseCases))
            #expect(spots.map { "\($0.category) \($0.region) \($0.cases)" } == ["C0101 650102 2", "C0201 650102 1"])
            let unitSpots = try await store.cases.hotspots(from: "2026-05", to: "2026-05", for: kashgarUnit.access(for: .superviseCases))
            #expect(unitSpots.map { "\($0.category) \($0.region) \($0.cases)" } == ["C0101 653101 3"])
            #expect(
                try await store.cases.hotspots(from: "2026-05", to: "2026-05", for: province.access(for: .superviseCases)).map(\.cases) == [3, 2, 1])
        }
    }
}
