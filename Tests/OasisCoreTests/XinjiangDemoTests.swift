import Foundation
import OasisCore
import OasisImport
import Testing

@Suite("Built-in Xinjiang demo (2020 census)")
struct XinjiangDemoTests {
    let regions: [Region]

    init() throws {
        regions = try RegionCSVReader().read(Array(XinjiangCensus2020.csv.utf8))
    }

    @Test("Xinjiang's 2020 urbanisation rate computed from the census counts is 56.53 %")
    func urbanisation() throws {
        let xinjiang = try #require(regions.first { $0.code.rawValue == "650000" })
        let rate = try #require(xinjiang.urbanisationRate)
        #expect(String(format: "%.2f", rate) == "56.53")
        #expect(xinjiang.population == 25_852_345)
    }

    @Test("14 prefecture-level units and the XPCC cities sit directly under the region")
    func prefectures() {
        let prefectures = regions.filter { $0.level == .prefecture }
        let xpcc = prefectures.filter { $0.code.rawValue.hasPrefix("6590") }
        #expect(prefectures.count - xpcc.count == 14)
        #expect(xpcc.count == 10)
        #expect(prefectures.allSatisfy { $0.parentCode?.rawValue == "650000" })
    }

    @Test("each prefecture's counties add up to its population")
    func sums() {
        for prefecture in regions where prefecture.level == .prefecture && !prefecture.code.rawValue.hasPrefix("6590") {
            let counties = regions.filter { $0.parentCode == prefecture.code }
            #expect(!counties.isEmpty, "\(prefecture.nameEn) has counties")
            #expect(counties.compactMap(\.population).reduce(0, +) == prefecture.population, "\(prefecture.nameEn)")
        }
    }

    @Test("every region has a Chinese and an English name")
    func names() {
        #expect(regions.count == 121)
        #expect(regions.allSatisfy { !$0.nameZh.isEmpty && !$0.nameEn.isEmpty })
    }
}
