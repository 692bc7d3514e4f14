import OasisCore
import OasisImport
import Testing

@Suite("Region CSV import")
struct RegionCSVReaderTests {
    @Test("reads regions and puts parents first")
    func reads() throws {
        let csv = """
            code,parent_code,level,name_zh,name_en,population,urban_population
            650102,650100,county,天山区,Tianshan District,"709,386",709386
            650100,650000,prefecture,乌鲁木齐市,Urumqi,4054369,3882487
            650000,,province,新疆维吾尔自治区,Xinjiang,25852345,14613622
            """
        let regions = try RegionCSVReader().read(Array(csv.utf8))
        #expect(regions.map(\.code.rawValue) == ["650000", "650100", "650102"])
        #expect(regions[2].population == 709_386)
        #expect(regions[0].parentCode == nil)
    }

    @Test("reports every problem at once, with line and column")
    func allProblems() {
        let csv = """
            code,parent_code,level,name_zh,name_en,population,urban_population
            65010X,650000,prefecture,甲,A,1,1
            650100,650000,city,乙,B,1,1
            650200,650000,prefecture,,C,abc,1
            650300,650000,prefecture,丁,D,10,20
            650300,650000,prefecture,丁,D,10,5
            650400,650000
            """
        #expect {
            try RegionCSVReader().read(Array(csv.utf8))
        } throws: { error in
            guard let error = error as? OasisError else { return false }
            let seen = Set(error.details.map { "\($0.line ?? 0):\($0.column ?? "-")" })
            return error.code == "region_file_invalid"
                && seen.isSuperset(of: ["2:code", "3:level", "4:name_zh", "4:population", "5:urban_population", "6:code", "7:-"])
        }
    }

    @Test("names the missing required columns")
    func missingColumns() {
        #expect {
            try RegionCSVReader().read(Array("code,name_zh\n650000,新疆\n".utf8))
        } throws: { error in
            let columns = (error as? OasisError)?.details.compactMap(\.column) ?? []
            return Set(columns) == ["parent_code", "level", "name_en"]
        }
    }
}
