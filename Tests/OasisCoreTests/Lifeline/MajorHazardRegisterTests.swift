import OasisCore
import Testing

@Suite("The major hazard register's core: substances named as files name them, figures of a source, region colours")
struct MajorHazardRegisterTests {
    @Test("a substance by CAS number, by the table's Chinese or English name (case and spaces aside), or by category; an unknown one is nil")
    func lookup() {
        let tables = GB18218Tables.standard
        #expect(tables.item(substance: "7782-50-5", tonnes: 1) == HazardInventoryItem(cas: "7782-50-5", tonnes: 1))
        #expect(tables.item(substance: "氯", tonnes: 2)?.cas == "7782-50-5")
        #expect(tables.item(substance: "  Liquefied  Petroleum Gas ", tonnes: 2)?.cas == "68476-85-7")
        #expect(tables.item(substance: "w5.3", tonnes: 3) == HazardInventoryItem(category: "W5.3", tonnes: 3))
        #expect(tables.item(substance: "unobtainium", tonnes: 1) == nil)
        #expect(tables.item(substance: "", tonnes: 1) == nil)
        #expect(tables.names(of: HazardInventoryItem(category: "W2", tonnes: 1))?[.en] == "flammable gases, categories 1 and 2")
    }

    @Test("a source's figures: a hydrogen store of 6 t with nobody within 500 m is a grade 4 major hazard")
    func figures() {
        // Hydrogen: Q = 5 t (GB 18218-2018 table 1), flammable gas W2, β = 1.5 (table 4); 0 people: α = 0.5 (table 5).
        // S = 6/5 = 1.2 ≥ 1 (4.2, formula 1); R = 0.5 × 1.5 × 1.2 = 0.9 < 10 (4.3, formula 2): grade 4 (table 6).
        let source = MajorHazardSource(
            code: "H2", names: LocalizedText([.en: "hydrogen store"]), ownerUnit: "unit", region: "650102",
            location: GeoPoint(longitude: 87.6, latitude: 43.8), exposedPeople: 0, inventory: [HazardInventoryItem(cas: "1333-74-0", tonnes: 6)])
        let (problems, figures) = source.assessed()
        #expect(problems.isEmpty)
        #expect(figures?.alpha == 0.5)
        #expect(abs((figures?.ratioSum ?? 0) - 1.2) < 1e-9)
        #expect(abs((figures?.r ?? 0) - 0.9) < 1e-9)
        #expect(figures?.grade == .four)
        var empty = source
        empty.inventory = []
        #expect(empty.assessed().problems.map(\.field) == ["inventory"])
    }

    @Test("a region's colour is its worst grade, its own and below; no major hazard, no colour")
    func regionColours() {
        func source(_ code: String, _ region: String, _ grade: MajorHazardGrade?) -> MajorHazardSource {
            var source = MajorHazardSource(
                code: code, names: LocalizedText([.en: code]), ownerUnit: "u", region: region, location: GeoPoint(longitude: 0, latitude: 0),
                exposedPeople: 0, inventory: [])
            source.figures = MajorHazardFigures(alpha: 1, ratioSum: grade == nil ? 0.5 : 2, r: 1, majorHazard: grade != nil, grade: grade)
            return source
        }
        let parents = ["650102": "650100", "650103": "650100", "650100": "650000", "650200": "650000"]
        let summaries = MajorHazardRegionSummary.byRegion(
            [source("a", "650102", .three), source("b", "650102", .four), source("c", "650103", .two), source("d", "650200", nil)], parents: parents)
        let byRegion = Dictionary(uniqueKeysWithValues: summaries.map { ($0.region, $0) })
        #expect(summaries.map(\.region) == ["650000", "650100", "650102", "650103", "650200"])
        #expect(byRegion["650102"]?.colour == .yellow)
        #expect(byRegion["650102"]?.grades == ["1": 0, "2": 0, "3": 1, "4": 1])
        #expect(byRegion["650100"]?.colour == .orange)
        #expect(byRegion["650200"]?.colour == nil)
        #expect(byRegion["650000"]?.sources == 4)
        #expect(MajorHazardRiskColour(worstOf: [MajorHazardGrade.four, .one]) == .red)
    }
}
