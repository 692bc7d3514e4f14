import Foundation
import OasisCore
import OasisImport
import Testing

@Suite("Names as maps of languages")
struct LocalizedTextTests {
    @Test("a missing language falls back to zh-Hans, then English; empty texts are not kept")
    func fallback() {
        let both = LocalizedText(zhHans: "天山区", en: "Tianshan District")
        #expect(both.text(in: .ug) == "天山区")
        #expect(both.text(in: .en) == "Tianshan District")
        let english = LocalizedText([.en: "Only English", .zhHans: ""])
        #expect(english.text(in: .ug) == "Only English")
        #expect(english[.zhHans] == nil)
        var uyghur = both
        uyghur[.ug] = "تەڭرىتاغ رايونى"
        #expect(uyghur.text(in: .ug) == "تەڭرىتاغ رايونى")
        #expect(uyghur.text(in: .zhHans) == "天山区")
    }

    @Test("encodes as an object keyed by language tag and refuses an unknown tag")
    func coding() throws {
        let text = LocalizedText([.zhHans: "天山区", .ug: "تەڭرىتاغ رايونى"])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(text), as: UTF8.self)
        #expect(json == #"{"ug":"تەڭرىتاغ رايونى","zh-Hans":"天山区"}"#)
        #expect(try JSONDecoder().decode(LocalizedText.self, from: Data(json.utf8)) == text)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(LocalizedText.self, from: Data(#"{"xx":"?"}"#.utf8)) }
    }

    @Test("the demo seeds official Uyghur names of Xinjiang's prefectures and counties")
    func xinjiangUyghurNames() throws {
        let regions = try RegionCSVReader().read(Array(XinjiangCensus2020.csv.utf8))
        let codes = Set(regions.map(\.code.rawValue))
        #expect(Set(XinjiangRegionNamesUyghur.names.keys).isSubset(of: codes), "every Uyghur name belongs to a seeded region")
        // Names as the regional government writes them (checked by hand against its Uyghur-language publications).
        #expect(XinjiangRegionNamesUyghur.names["650000"] == "شىنجاڭ ئۇيغۇر ئاپتونوم رايونى")
        #expect(XinjiangRegionNamesUyghur.names["653100"] == "قەشقەر ۋىلايىتى")
        #expect(XinjiangRegionNamesUyghur.names["654002"] == "غۇلجا شەھىرى")
        // The prefecture-level units all have one.
        for region in regions where region.level == .prefecture && !region.code.rawValue.hasPrefix("6590") {
            #expect(XinjiangRegionNamesUyghur.names[region.code.rawValue] != nil, "\(region.code) \(region.nameZh)")
        }
    }

    @Test("a region file's name_ug column gives the Uyghur name")
    func regionCSV() throws {
        let csv = """
            code,parent_code,level,name_zh,name_en,name_ug
            650000,,province,新疆维吾尔自治区,Xinjiang,شىنجاڭ ئۇيغۇر ئاپتونوم رايونى
            650100,650000,prefecture,乌鲁木齐市,Urumqi,
            """
        let regions = try RegionCSVReader().read(Array(csv.utf8))
        #expect(regions[0].name(in: .ug) == "شىنجاڭ ئۇيغۇر ئاپتونوم رايونى")
        #expect(regions[1].names[.ug] == nil)
        #expect(regions[1].name(in: .ug) == "乌鲁木齐市")
    }

    @Test("case categories carry names in every language; the built-in taxonomy has Uyghur for each")
    func caseCategories() throws {
        let taxonomy = CaseTaxonomy.builtIn
        for category in taxonomy.categories {
            #expect(category.names[.ug] != nil, "\(category.code) \(category.nameZh) has no Uyghur name")
        }
        let manhole = try #require(taxonomy.category("C0101"))
        #expect(manhole.name(.ug) == "قۇدۇق قاپقىقى")
        #expect(manhole.name(.zhHans) == "井盖")
        #expect(manhole.description(.ug) == manhole.description(.zhHans), "a description without Uyghur falls back to zh-Hans")
        let decoded = try JSONDecoder().decode(CaseTaxonomy.self, from: Data(taxonomy.encodedJSON()))
        #expect(decoded == taxonomy, "the taxonomy survives export and import with its Uyghur names")
    }
}
