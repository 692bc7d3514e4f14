import OasisCore
import Testing

/// GB 18218-2018 identification (S = Σ q/Q ≥ 1) and grading (R = α Σ β q/Q, table 6), worked by hand from the
/// standard's tables.
@Suite("Major hazard installations under GB 18218-2018")
struct MajorHazardAssessmentTests {
    @Test("an LPG depot of 120 t with 60 people within 500 m: a major hazard of grade 4")
    func liquefiedPetroleumGas() throws {
        // Q = 50 t (table 1), β = 1.5 (W2, table 4), α = 1.5 (50–99 people, table 5).
        // S = 120/50 = 2.4 ≥ 1; R = 1.5 × 1.5 × 2.4 = 5.4 < 10 → grade 4.
        let assessment = try MajorHazardAssessment(items: [HazardInventoryItem(cas: "68476-85-7", tonnes: 120)], exposedPeople: 60)
        #expect(abs(assessment.ratioSum - 2.4) < 1e-9)
        #expect(assessment.isMajorHazard)
        #expect(assessment.alpha == 1.5)
        #expect(abs(assessment.r - 5.4) < 1e-9)
        #expect(assessment.grade == .four)
    }

    @Test("a water works holding 30 t of chlorine and 50 t of ammonia beside 150 residents: grade 2")
    func waterWorks() throws {
        // Chlorine Q 5 t, β 4 (table 3); ammonia Q 10 t, β 2; α 2.0 (100 or more people).
        // S = 30/5 + 50/10 = 6 + 5 = 11; R = 2 × (4 × 6 + 2 × 5) = 68 → 50 ≤ R < 100 → grade 2.
        let assessment = try MajorHazardAssessment(
            items: [HazardInventoryItem(cas: "7782-50-5", tonnes: 30), HazardInventoryItem(cas: "7664-41-7", tonnes: 50)], exposedPeople: 150)
        #expect(abs(assessment.ratioSum - 11) < 1e-9)
        #expect(abs(assessment.r - 68) < 1e-9)
        #expect(assessment.grade == .two)
        #expect(assessment.grade?.mapLevel == .orange)
    }

    @Test("grade 1 at R ≥ 100, and the band edges of tables 5 and 6")
    func edges() throws {
        // 1 t of phosgene (Q 0.3 t, β 20) with 40 people (α 1.2): S = 3.33; R = 1.2 × 20 × 3.333… = 80 → grade 2.
        let phosgene = try MajorHazardAssessment(items: [HazardInventoryItem(cas: "75-44-5", tonnes: 1)], exposedPeople: 40)
        #expect(abs(phosgene.r - 80) < 1e-9)
        #expect(phosgene.grade == .two)
        // 1.5 t with 100 people: α 2, R = 2 × 20 × 5 = 200 → grade 1.
        let more = try MajorHazardAssessment(items: [HazardInventoryItem(cas: "75-44-5", tonnes: 1.5)], exposedPeople: 100)
        #expect(abs(more.r - 200) < 1e-9)
        #expect(more.grade == .one)
        let tables = GB18218Tables.standard
        #expect([0, 1, 29, 30, 49, 50, 99, 100, 5000].map(tables.alpha(exposedPeople:)) == [0.5, 1.0, 1.0, 1.2, 1.2, 1.5, 1.5, 2.0, 2.0])
        #expect([0, 9.99, 10, 49.9, 50, 99.9, 100].map(tables.grade(r:)) == [.four, .four, .three, .three, .two, .two, .one])
    }

    @Test("below the critical quantities: not a major hazard and not graded")
    func belowThreshold() throws {
        // 5 t of ammonia (0.5) and 20 t of a W5.3 flammable liquid (Q 1000 t: 0.02): S = 0.52 < 1.
        let assessment = try MajorHazardAssessment(
            items: [HazardInventoryItem(cas: "7664-41-7", tonnes: 5), HazardInventoryItem(category: "W5.3", tonnes: 20)], exposedPeople: 500)
        #expect(abs(assessment.ratioSum - 0.52) < 1e-9)
        #expect(!assessment.isMajorHazard)
        #expect(assessment.grade == nil)
    }

    @Test("an inventory that cannot be assessed names each item at fault")
    func refused() {
        do {
            _ = try MajorHazardAssessment(
                items: [
                    HazardInventoryItem(cas: "0000-00-0", tonnes: 1), HazardInventoryItem(category: "W99", tonnes: 1),
                    HazardInventoryItem(tonnes: .nan), HazardInventoryItem(tonnes: 3),
                ],
                exposedPeople: -1)
            Issue.record("an impossible inventory was assessed")
        } catch {
            #expect(error.code == "invalid_hazard_inventory")
            #expect(error.details.map(\.field) == ["exposedPeople", "items[0].cas", "items[1].category", "items[2].tonnes", "items[3]"])
        }
    }

    @Test("the compiled-in tables hold table 2 (24 categories) and table 3 (β of the toxic gases table 1 names)")
    func tables() {
        let tables = GB18218Tables.standard
        #expect(tables.categories.count == 24)
        #expect(tables.substances.filter { $0.beta != nil }.count == 13)
        #expect(tables.category("J5")?.criticalTonnes == 500)
        #expect(tables.category("W2")?.beta == 1.5)
        #expect(tables.substance(cas: "7783-06-4")?.beta == 5)
    }
}
