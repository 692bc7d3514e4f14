import OasisCore
import Testing

@Suite("Hotline desk: a unit of the register is checked, tracking codes read as typed, points find their deepest region")
struct HotlineDeskCoreTests {
    @Test("a unit is trimmed and checked, every problem named by its field")
    func unitValidation() throws {
        let leaves: Set<String> = ["C0101", "C0201"]
        let unit = try CaseUnit(name: "  天山区城管局 ", names: ["en": " Tianshan ", "ug": ""], region: "650102", categories: ["C0201", "C0101", "C0101"])
            .validated(leafCategories: leaves)
        #expect(unit == CaseUnit(name: "天山区城管局", names: ["en": "Tianshan"], region: "650102", categories: ["C0101", "C0201"]))
        #expect(unit.name(.en) == "Tianshan")
        #expect(unit.name(.ug) == "天山区城管局", "a language without a name falls back to the Chinese one")
        #expect(unit.handles("C0101") && !unit.handles("C0301"))
        #expect(CaseUnit(name: "x").handles("C0301"), "a unit naming no category handles any")

        do {
            _ = try CaseUnit(
                name: " ", names: ["fr": "Bureau", "en": String(repeating: "a", count: 101)], region: "65-01", categories: ["C01", "C0101"],
                supervisor: "lead\u{7}"
            ).validated(leafCategories: leaves)
            Issue.record("an invalid unit was accepted")
        } catch {
            #expect(error.code == "case_unit_invalid")
            #expect(Set(error.details.compactMap(\.field)) == ["name", "names", "names.en", "region", "categories", "supervisor"])
            #expect(error.details.first { $0.field == "categories" }?.reason.contains("C01") == true)
        }
    }

    @Test("tracking codes: 16 characters of Crockford's base32, typed in any case with groups and read-alikes")
    func trackingCodes() {
        let codes = Set((0..<200).map { _ in TrackingCode.random() })
        #expect(codes.count == 200)
        #expect(codes.allSatisfy { $0.count == 16 && TrackingCode.normalised($0) == $0 })
        #expect(TrackingCode.normalised("K3M9-IL0O-abcd-efgh") == "k3m9110" + "0abcdefgh")
        #expect(TrackingCode.grouped("k3m9110" + "0abcdefgh") == "k3m9-1100-abcd-efgh")
        #expect(TrackingCode.normalised("42") == nil, "a case number is no code")
        #expect(TrackingCode.normalised("k3m9110" + "0abcdefgu") == nil, "u is not in the alphabet")
        #expect(TrackingCode.normalised("") == nil)
    }

    @Test("every letter of the alphabet is about equally likely at every position of a new code")
    func trackingCodeLetters() {
        // 6,400 codes: each of the 32 letters is expected 200 times per position (binomial, standard deviation
        // about 14); a position that used fewer bits than 5, or reused a word's bits, falls far outside 120–280.
        var counts = Array(repeating: [Character: Int](), count: TrackingCode.length)
        var halvesAlike = 0
        for _ in 0..<6_400 {
            let code = Array(TrackingCode.random())
            for (position, letter) in code.enumerated() { counts[position][letter, default: 0] += 1 }
            if code[0..<8] == code[8..<16] { halvesAlike += 1 }
        }
        #expect(halvesAlike == 0, "the two halves come from different random words")
        for (position, letters) in counts.enumerated() {
            #expect(letters.count == 32, "position \(position) uses all 32 letters: \(letters.count)")
            #expect(letters.values.allSatisfy { (120...280).contains($0) }, "position \(position): \(letters.values.sorted())")
        }
    }

    @Test("a point finds the deepest region whose area holds it; a point in none finds none")
    func locator() {
        func square(_ minLon: Double, _ minLat: Double, _ size: Double) -> BoundaryArea {
            BoundaryArea(polygons: [
                [
                    [
                        GeoPoint(longitude: minLon, latitude: minLat), GeoPoint(longitude: minLon + size, latitude: minLat),
                        GeoPoint(longitude: minLon + size, latitude: minLat + size), GeoPoint(longitude: minLon, latitude: minLat + size),
                    ]
                ]
            ])
        }
        let locator = RegionLocator([
            .init(code: "650100", depth: 2, area: square(87.0, 43.5, 1.0)),
            .init(code: "650102", depth: 3, area: square(87.6, 43.75, 0.1)),
            .init(code: "650000", depth: 1, area: square(73.0, 34.0, 23.0)),
        ])
        #expect(locator.locate(GeoPoint(longitude: 87.62, latitude: 43.79)) == "650102")
        #expect(locator.locate(GeoPoint(longitude: 87.2, latitude: 43.6)) == "650100")
        #expect(locator.locate(GeoPoint(longitude: 80.0, latitude: 40.0)) == "650000")
        #expect(locator.locate(GeoPoint(longitude: 116.4, latitude: 39.9)) == nil)
        #expect(RegionLocator([]).isEmpty)
    }
}
