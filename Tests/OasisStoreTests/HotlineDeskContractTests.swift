import Foundation
import OasisCore
import OasisStore
import OasisTestSupport
import Testing

@Suite("Hotline desk contract: the top-level queue, scoped dashboards, the register of units, tracking codes (both stores)")
struct HotlineDeskContractTests {
    static func item(_ region: String?, unit: String = "天山区城管局", registered day: Int = 10) -> HotlineCase {
        var workflow = CaseWorkflow()
        workflow.unit = unit
        workflow.status = .dispatched
        return HotlineCase(
            category: "C0101", channel: "test", description: "desk test", region: region, workflow: workflow,
            registeredAt: CalendarDay(year: 2026, month: 5, day: day).date + 7200,
            dispatchedAt: CalendarDay(year: 2026, month: 5, day: day).date + 9000)
    }

    @Test(
        "a case without a region waits in the top-level queue: seen by a scope above every district, never by a district's",
        arguments: TestStoreKind.available)
    func topLevelQueue(kind: TestStoreKind) async throws {
        try await ScopeContractTests.withStore(kind) { store in
            let saved = try await store.cases.register([Self.item("650102"), Self.item("653101", unit: "喀什市城管局"), Self.item(nil)], by: .system)
            let unplaced = saved[2].id
            let province = try await ScopeContractTests.principal(store, "xj-dispatcher", .dispatcher, regions: ["650000"])
            let urumqi = try await ScopeContractTests.principal(store, "ur-dispatcher", .dispatcher, regions: ["650100"])
            let provinceList = try await store.cases.list(CaseQuery(), for: province.access(for: .readCases))
            #expect(provinceList.total == 3)
            #expect(Set(provinceList.items.map(\.id)) == Set(saved.map(\.id)))
            let urumqiList = try await store.cases.list(CaseQuery(), for: urumqi.access(for: .readCases))
            #expect(urumqiList.total == 1)
            #expect(urumqiList.items.map(\.region) == ["650102"])
            #expect(try await store.cases.get(unplaced, for: urumqi.access(for: .readCases)) == nil)
            #expect(try await store.cases.get(unplaced, for: province.access(for: .readCases))?.region == nil)
            #expect(try await store.cases.list(CaseQuery(), for: .system).total == 3)
        }
    }

    @Test("a supervisor's dashboard counts exactly the cases their queue shows", arguments: TestStoreKind.available)
    func dashboardScope(kind: TestStoreKind) async throws {
        try await ScopeContractTests.withStore(kind) { store in
            // 659001 (Shihezi) is not among the stored regions: a historical import may name it.
            _ = try await store.cases.register(
                [
                    Self.item("650102"), Self.item("650102"), Self.item("653101", unit: "喀什市城管局"), Self.item(nil),
                    Self.item("659001", unit: "石河子"),
                ],
                by: .system)
            let asOf = ScopeContractTests.today
            let urumqi = try await ScopeContractTests.principal(store, "ur-supervisor", .supervisor, regions: ["650100"])
            let province = try await ScopeContractTests.principal(store, "xj-supervisor", .supervisor, regions: ["650000"])
            let urumqiAccess = try urumqi.access(for: .superviseCases)
            #expect(try await store.cases.metrics(.all, byMonth: false, asOf: asOf, for: urumqiAccess).first?.metrics.cases == 2)
            #expect(
                try await store.cases.metrics(.unit, byMonth: false, asOf: asOf, for: urumqiAccess).map { "\($0.key):\($0.metrics.cases)" } == [
                    "天山区城管局:2"
                ])
            let provinceAccess = try province.access(for: .superviseCases)
            let provinceAll = try await store.cases.metrics(.all, byMonth: false, asOf: asOf, for: provinceAccess).first?.metrics.cases
            #expect(provinceAll == 3 + 1, "650102 ×2, 653101 and the top-level case; not the case of a region outside the stored ones")
            #expect(provinceAll == (try await store.cases.list(CaseQuery(), for: province.access(for: .readCases)).total))
            #expect(
                try await store.cases.metrics(.unit, byMonth: false, asOf: asOf, for: provinceAccess).map { "\($0.key):\($0.metrics.cases)" }.sorted()
                    == ["喀什市城管局:1", "天山区城管局:3"])
            #expect(try await store.cases.metrics(.all, byMonth: false, asOf: asOf, for: .system).first?.metrics.cases == 5)
        }
    }

    @Test("the register of units: saved within the writer's scope, audited, and the names it does not hold found", arguments: TestStoreKind.available)
    func unitRegister(kind: TestStoreKind) async throws {
        try await ScopeContractTests.withStore(kind) { store in
            let unit = CaseUnit(
                name: "天山区城管局", names: ["en": "Tianshan District City Management", "ug": "تەڭرىتاغ رايونلۇق شەھەر باشقۇرۇش ئىدارىسى"],
                region: "650102",
                categories: ["C0101"], supervisor: "ts-lead")
            let urumqi = try await ScopeContractTests.principal(store, "ur-admin", .admin, regions: ["650100"])
            try await store.cases.saveUnit(unit, by: urumqi.access(for: .manageUsers))
            try await store.cases.saveUnit(CaseUnit(name: "自治区住建厅"), by: .system)
            #expect(try await store.cases.units() == [unit, CaseUnit(name: "自治区住建厅")].sorted { $0.name < $1.name })
            #expect(try await store.cases.unit(named: "天山区城管局")?.name(.ug) == "تەڭرىتاغ رايونلۇق شەھەر باشقۇرۇش ئىدارىسى")
            #expect(try await store.cases.unknownUnits(["天山区城管局", "天山区城管", "自治区住建厅"]) == ["天山区城管"])
            let history = try await store.audit.history(entityType: "case_unit", entityID: "天山区城管局", for: .system)
            #expect(history.map(\.action) == ["unit.save"])
            #expect(history.first?.actorName == "ur-admin")

            let outside = await ScopeContractTests.refusal {
                try await store.cases.saveUnit(CaseUnit(name: "喀什市城管局", region: "653101"), by: urumqi.access(for: .manageUsers))
            }
            #expect(outside?.kind == .forbidden)
            let everywhere = await ScopeContractTests.refusal {
                try await store.cases.saveUnit(CaseUnit(name: "全疆单位"), by: urumqi.access(for: .manageUsers))
            }
            #expect(everywhere?.kind == .forbidden, "a unit for every region needs a scope covering every region")
            let unknownRegion = await ScopeContractTests.refusal {
                try await store.cases.saveUnit(CaseUnit(name: "某单位", region: "659001"), by: .system)
            }
            #expect(unknownRegion?.details.map(\.field) == ["region"])
            #expect(try await store.cases.units().count == 2, "nothing refused was written")
        }
    }

    @Test("tracking codes: one per case, found as typed, never by the case's number; a citizen's own requests", arguments: TestStoreKind.available)
    func trackingCodes(kind: TestStoreKind) async throws {
        try await ScopeContractTests.withStore(kind) { store in
            let citizen = try await ScopeContractTests.principal(store, "citizen-a", .citizen)
            let mine = try await store.cases.register([Self.item("650102")], by: citizen.access(for: .submitCases))[0]
            let anonymous = try await store.cases.register([Self.item("650102")], by: .system)[0]
            let code = try await store.cases.trackingCode(of: mine.id)
            #expect(code.count == 16)
            #expect(TrackingCode.normalised(code) == code)
            #expect(try await store.cases.trackingCode(of: anonymous.id) != code)
            #expect(try await store.cases.trackingCode(of: mine.id) == code, "the code is stored, not drawn again")
            let typed = TrackingCode.grouped(code).uppercased()
            #expect(try await store.cases.byTrackingCode(typed)?.item.id == mine.id)
            #expect(try await store.cases.byTrackingCode(String(mine.id)) == nil)
            #expect(try await store.cases.byTrackingCode("0000000000000000") == nil)
            let submitted = try await store.cases.submitted(by: try #require(citizen.userID))
            #expect(submitted.map(\.item.id) == [mine.id])
            #expect(submitted.map(\.code) == [code])

            // A case without a code (a bulk import) gets one when it is first asked for.
            try await store.database.execute("DELETE FROM case_tracking WHERE case_id = ?", [.int(anonymous.id)])
            let given = try await store.cases.trackingCode(of: anonymous.id)
            #expect(given.count == 16)
            #expect(try await store.cases.trackingCode(of: anonymous.id) == given)
        }
    }

    @Test("migration 11: existing cases get codes and their submitters, existing unit names enter the register", arguments: TestStoreKind.available)
    func migrationFill(kind: TestStoreKind) async throws {
        try await ScopeContractTests.withStore(kind) { store in
            let citizen = try await ScopeContractTests.principal(store, "citizen-b", .citizen)
            let first = try await store.cases.register([Self.item("650102")], by: citizen.access(for: .submitCases))[0]
            var handled = Self.item("653101", unit: "喀什市城管局")
            handled.workflow.lastHandlingUnit = "喀什市城管局"
            handled.workflow.unit = nil
            _ = try await store.cases.register([handled], by: .system)
            try await store.cases.setRoutingRule(category: "C0201", region: "", unit: "自治区住建厅", by: .system)
            // As before migration 11: no codes, no register.
            try await store.database.execute("DELETE FROM case_tracking", [])
            try await store.database.execute("DELETE FROM case_units", [])
            let migration = try #require(Migrations.all.first { $0.version == 11 })
            for statement in migration.statements(store.database.dialect) where statement.hasPrefix("INSERT") {
                try await store.database.execute(statement, [])
            }
            #expect(try await store.cases.units().map(\.name) == ["喀什市城管局", "天山区城管局", "自治区住建厅"].sorted())
            let codes = try await store.database.query("SELECT case_id, code, submitter_id FROM case_tracking ORDER BY case_id", [])
            #expect(codes.count == 2)
            let firstCode = try codes[0].string("code")
            #expect(firstCode.count == 16 && TrackingCode.normalised(firstCode) == firstCode)
            #expect(try codes[0].string("code") != (try codes[1].string("code")))
            #expect(codes[0].optionalInt("submitter_id") == citizen.userID)
            #expect(codes[1].optionalInt("submitter_id") == nil)
            #expect(try await store.cases.byTrackingCode(firstCode)?.item.id == first.id)
        }
    }
}
