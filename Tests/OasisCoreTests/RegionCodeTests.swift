import OasisCore
import Testing

@Suite("Region codes and levels")
struct RegionCodeTests {
    @Test("accepts 6-, 9-, 12- and 15-digit codes", arguments: ["650000", "650102001", "650102001001", "650102001001001"])
    func accepts(_ text: String) throws {
        #expect(try RegionCode(text).rawValue == text)
    }

    @Test("trims surrounding spaces")
    func trims() throws {
        #expect(try RegionCode(" 650100 ").rawValue == "650100")
    }

    @Test("refuses malformed codes with a message that quotes them", arguments: ["", "65", "6501000", "65010a", "６５０１００"])
    func refuses(_ text: String) {
        #expect {
            try RegionCode(text)
        } throws: { error in
            guard let error = error as? OasisError else { return false }
            return error.code == "region_code_malformed" && error.message.contains("\"\(text)\"")
        }
    }

    @Test("levels order from province down")
    func levels() {
        #expect(RegionLevel.allCases.sorted() == [.province, .prefecture, .county, .subdistrict, .community, .neighbourhood])
        #expect(RegionLevel.county.depth == 2)
    }

    @Test("the urbanisation rate is urban ÷ total × 100")
    func rate() throws {
        let region = Region(
            code: try RegionCode("650100"), parentCode: nil, level: .prefecture, nameZh: "乌鲁木齐市", nameEn: "Urumqi",
            population: 4_054_369, urbanPopulation: 3_882_487)
        #expect(abs(region.urbanisationRate! - 95.76) < 0.005)
        var empty = region
        empty.population = 0
        #expect(empty.urbanisationRate == nil)
    }
}
