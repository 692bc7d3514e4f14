import Foundation
import OasisCore
import OasisStore
import OasisTestSupport
import Testing

/// The register of major hazard sources on both stores. The figures are GB 18218-2018's, worked by hand below from
/// the standard's formulae — 4.2, formula (1): S = q₁/Q₁ + q₂/Q₂ + …, a major hazard at S ≥ 1; 4.3, formula (2):
/// R = α (β₁ q₁/Q₁ + β₂ q₂/Q₂ + …) — and tables: 1 (critical quantities Q), 3 (β of the toxic gases), 4 (β of the
/// categories), 5 (α by the people within 500 m: 0 → 0.5, 1–29 → 1.0, 30–49 → 1.2, 50–99 → 1.5, ≥ 100 → 2.0) and 6
/// (grade 1 at R ≥ 100, 2 at 50 ≤ R < 100, 3 at 10 ≤ R < 50, 4 at R < 10).
@Suite("Major hazard register contract: figures worked out on save, replaced by code, scoped, audited, all or nothing (both stores)")
struct MajorHazardContractTests {
    /// An LPG storage depot: 200 t of liquefied petroleum gas (table 1: Q = 50 t; a flammable gas, category W2, so
    /// table 4: β = 1.5), 120 people within 500 m (table 5: α = 2.0).
    /// S = 200/50 = 4 ≥ 1: a major hazard. R = 2.0 × 1.5 × 4 = 12; 10 ≤ 12 < 50: grade 3 (yellow).
    static let lpgDepot = MajorHazardSource(
        code: "MH-LPG-1", names: LocalizedText([.zhHans: "天山区液化石油气储配站", .en: "Tianshan LPG depot"]), ownerUnit: "乌鲁木齐市燃气公司",
        region: "650102", location: GeoPoint(longitude: 87.63, latitude: 43.79), exposedPeople: 120,
        inventory: [HazardInventoryItem(cas: "68476-85-7", tonnes: 200)])

    /// A water works' chlorine store: 40 t of chlorine (table 1: Q = 5 t; table 3: β = 4) and 20 t of ammonia (Q = 10 t,
    /// β = 2), 60 people within 500 m (α = 1.5).
    /// S = 40/5 + 20/10 = 8 + 2 = 10. R = 1.5 × (4 × 8 + 2 × 2) = 1.5 × 36 = 54; 50 ≤ 54 < 100: grade 2 (orange).
    static let chlorineStore = MajorHazardSource(
        code: "MH-CL-1", names: LocalizedText([.zhHans: "喀什市水厂加氯间", .en: "Kashgar water works chlorine store"]),
        ownerUnit: "喀什市城管局", region: "653101", location: GeoPoint(longitude: 75.99, latitude: 39.47), exposedPeople: 60,
        inventory: [HazardInventoryItem(cas: "7782-50-5", tonnes: 40), HazardInventoryItem(cas: "7664-41-7", tonnes: 20)])

    static func withRegister(_ kind: TestStoreKind, _ body: (Store) async throws -> Void) async throws {
        try await TestStore.with(kind, clock: ManualClock(CalendarDay(year: 2026, month: 6, day: 1).date)) { store in
            _ = try await store.regions.upsert(Fixtures.xinjiangSample, by: .system)
            try await store.cases.saveUnit(CaseUnit(name: "乌鲁木齐市燃气公司", region: "650100"), by: .system)
            try await store.cases.saveUnit(CaseUnit(name: "喀什市城管局", region: "653101"), by: .system)
            #expect(try await store.majorHazards.save([lpgDepot, chlorineStore], by: .system) == LifelineImportSummary(inserted: 2, updated: 0))
            try await body(store)
        }
    }

    static func close(_ a: Double?, _ b: Double) -> Bool { a.map { abs($0 - b) < 1e-9 } ?? false }

    @Test("the two hand-worked examples: S, α, R and grade stored with each source and read back", arguments: TestStoreKind.available)
    func workedExamples(kind: TestStoreKind) async throws {
        try await Self.withRegister(kind) { store in
            let sources = try await store.majorHazards.sources(for: .system)
            #expect(sources.map(\.code) == ["MH-CL-1", "MH-LPG-1"])
            let chlorine = try #require(sources.first)
            #expect(chlorine.names == Self.chlorineStore.names)
            #expect(chlorine.inventory == Self.chlorineStore.inventory)
            #expect(chlorine.location == Self.chlorineStore.location)
            #expect(chlorine.figures?.alpha == 1.5)
            #expect(Self.close(chlorine.figures?.ratioSum, 10))
            #expect(Self.close(chlorine.figures?.r, 54))
            #expect(chlorine.figures?.grade == .two)
            let lpg = try #require(sources.last)
            #expect(lpg.figures?.alpha == 2.0)
            #expect(Self.close(lpg.figures?.ratioSum, 4))
            #expect(Self.close(lpg.figures?.r, 12))
            #expect(lpg.figures?.majorHazard == true)
            #expect(lpg.figures?.grade == .three)
        }
    }

    @Test(
        "a change is worked out anew: fewer people lower α and the grade; below the critical quantity no grade; audited with before and after",
        arguments: TestStoreKind.available)
    func recomputedOnChange(kind: TestStoreKind) async throws {
        try await Self.withRegister(kind) { store in
            var lpg = Self.lpgDepot
            // 20 people: α = 1.0; R = 1.0 × 1.5 × 4 = 6 < 10: grade 4.
            lpg.exposedPeople = 20
            #expect(try await store.majorHazards.save([lpg], by: .system) == LifelineImportSummary(inserted: 0, updated: 1))
            var saved = try #require(try await store.majorHazards.sources(code: "MH-LPG-1", for: .system).first)
            #expect(saved.figures?.alpha == 1.0)
            #expect(Self.close(saved.figures?.r, 6))
            #expect(saved.figures?.grade == .four)
            // 40 t: S = 40/50 = 0.8 < 1, not a major hazard, no grade.
            lpg.inventory = [HazardInventoryItem(cas: "68476-85-7", tonnes: 40)]
            _ = try await store.majorHazards.save([lpg], by: .system)
            saved = try #require(try await store.majorHazards.sources(code: "MH-LPG-1", for: .system).first)
            #expect(Self.close(saved.figures?.ratioSum, 0.8))
            #expect(saved.figures?.majorHazard == false)
            #expect(saved.figures?.grade == nil)
            let events = try await store.audit.recent(limit: 20, for: .system).filter { $0.action == "lifeline.hazard.save" }
            #expect(events.count == 4)
            #expect(events.first?.entityID == "MH-LPG-1")
            #expect(events.first?.beforeJSON?.contains("\"exposedPeople\":20") == true)
        }
    }

    @Test(
        "a bad batch names every problem (unit, region, substance, quantity, coordinates, people, duplicate) and writes nothing",
        arguments: TestStoreKind.available)
    func refusedBatch(kind: TestStoreKind) async throws {
        try await Self.withRegister(kind) { store in
            var good = Self.lpgDepot
            good.code = "MH-LPG-2"
            var bad = Self.chlorineStore
            bad.code = "MH-BAD"
            bad.ownerUnit = "无此单位"
            bad.region = "659999"
            bad.location = GeoPoint(longitude: 200, latitude: .nan)
            bad.exposedPeople = -3
            bad.inventory = [HazardInventoryItem(cas: "0000-00-0", tonnes: 1), HazardInventoryItem(cas: "7782-50-5", tonnes: -5)]
            var twice = good
            twice.names = LocalizedText()
            let error = await LifelineContractTests.refusal { _ = try await store.majorHazards.save([good, bad, twice], by: .system) }
            #expect(error?.code == "lifeline_hazards_invalid")
            #expect(
                error?.details.compactMap(\.field) == [
                    "[1].location.longitude", "[1].location.latitude", "[1].exposedPeople", "[1].inventory[0].cas", "[1].inventory[1].tonnes",
                    "[1].region", "[1].ownerUnit", "[2].names", "[2].code",
                ])
            let kept = try await store.majorHazards.sources(for: .system)
            #expect(kept.map(\.code) == ["MH-CL-1", "MH-LPG-1"])
        }
    }

    @Test("reads and writes keep to the user's regions; a delete is audited and answers the source", arguments: TestStoreKind.available)
    func scopeAndDelete(kind: TestStoreKind) async throws {
        try await Self.withRegister(kind) { store in
            let urumqi = try await ScopeContractTests.principal(store, "ur-hazards", .analyst, regions: ["650100"])
            #expect(try await store.majorHazards.sources(for: urumqi.access(for: .readLayers)).map(\.code) == ["MH-LPG-1"])
            #expect(try await store.majorHazards.sources(region: "653100", for: .system).map(\.code) == ["MH-CL-1"])
            var moved = Self.chlorineStore
            moved.exposedPeople = 0
            let forbidden = await LifelineContractTests.refusal {
                _ = try await store.majorHazards.save([moved], by: urumqi.access(for: .writeLayers))
            }
            #expect(forbidden?.kind == .forbidden)
            #expect(try await store.majorHazards.delete(code: "MH-CL-1", by: urumqi.access(for: .writeLayers)) == nil)
            let deleted = try await store.majorHazards.delete(code: "MH-CL-1", by: .system)
            #expect(deleted?.code == "MH-CL-1")
            #expect(try await store.majorHazards.sources(for: .system).map(\.code) == ["MH-LPG-1"])
            let events = try await store.audit.recent(limit: 5, for: .system).filter { $0.action == "lifeline.hazard.delete" }
            #expect(events.map(\.entityID) == ["MH-CL-1"])
        }
    }
}
