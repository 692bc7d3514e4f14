import Foundation
import OasisCore
import Testing

/// The built-in framework and policy carry their names as maps of languages, with a Uyghur name for every entry,
/// and files in the older shape (flat Chinese and English fields only) still load.
@Suite("Built-in names in every language; framework and policy files old and new")
struct BuiltInNamesTests {
    /// Arabic-script letters (U+0600–U+06FF): a Uyghur name written in the Latin or Cyrillic script, or left in
    /// Chinese, fails.
    static func isArabicScript(_ text: String?) -> Bool {
        guard let text, !text.isEmpty else { return false }
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        let arabic = letters.filter { (0x0600...0x06FF).contains($0.value) }
        // Codes such as CIM stay in Latin letters inside a Uyghur name; most letters must be Arabic-script.
        return arabic.count * 10 >= letters.count * 9
    }

    @Test("every built-in indicator, group, goal and level has a Uyghur name in the Arabic script")
    func frameworkNames() {
        let framework = IndicatorFramework.builtIn
        #expect(framework.indicators.count == 73)
        for indicator in framework.indicators {
            #expect(Self.isArabicScript(indicator.names[.ug]), "indicator \(indicator.code) has no Uyghur name")
            #expect(indicator.name(in: .ug) == indicator.names[.ug])
            #expect(!indicator.nameZh.isEmpty && !indicator.nameEn.isEmpty)
        }
        for category in framework.groups + framework.goals + framework.levels {
            #expect(Self.isArabicScript(category.names[.ug]), "\(category.code) has no Uyghur name")
        }
        #expect(Self.isArabicScript(framework.names[.ug]))
        #expect(framework.indicator("P03")?.name(in: .ug) == "دائىملىق ئاھالىنىڭ شەھەرلىشىش نىسبىتى")
        #expect(framework.indicator("P03")?.name(in: .en) == "Urbanisation rate of the resident population")
    }

    @Test("every measure and section of the built-in policy has a Uyghur title, and every measure a Uyghur summary")
    func policyNames() {
        let policy = Policy.xinjiang2025
        #expect(policy.measures.count == 28)
        for measure in policy.measures {
            #expect(Self.isArabicScript(measure.titles[.ug]), "measure \(measure.number) has no Uyghur title")
            #expect(Self.isArabicScript(measure.summaries[.ug]), "measure \(measure.number) has no Uyghur summary")
            #expect(measure.summaries.text(in: .ug) == measure.summaries[.ug])
            #expect(!measure.summaryZh.isEmpty && !measure.summaryEn.isEmpty)
        }
        for section in policy.sections { #expect(Self.isArabicScript(section.titles[.ug]), "section \(section.number)") }
        #expect(Self.isArabicScript(policy.titles[.ug]))
        #expect(Self.isArabicScript(policy.issuers[.ug]))
        #expect(policy.measure(9)?.title(in: .ug) == "شەھەر يېڭىلاشنى يۇقىرى سۈپەتتە ئېلىپ بېرىش")
        #expect(
            policy.measure(9)?.summaries.text(in: .ug)
                == "مەخسۇس پىلانغا ئاساسەن شەھەر سالامەتلىك تەكشۈرۈشى بىلەن شەھەر يېڭىلاشنى بىرلەشتۈرۈش، كونا ئولتۇراق رايونلىرى، كوچا رايونلىرى، زاۋۇت رايونلىرى ۋە شەھەر ئىچىدىكى يېزىلارنى ئۆزگەرتىش، سانائەت باغچىلىرىنى يۈكسەلدۈرۈش، ئۈنۈمى تۆۋەن ۋە ئىشلىتىلمەي ياتقان مەۋجۇت يەرلەرنى جانلاندۇرۇش."
        )
        #expect(policy.measure(9)?.summaries.text(in: .en).hasPrefix("Link city health checks to renewal") == true)
    }

    @Test("an exported framework carries nameZh, nameEn and the names map, and imports back equal")
    func frameworkRoundTrip() throws {
        let json = IndicatorFramework.builtIn.encodedJSON()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])
        let first = try #require((object["indicators"] as? [[String: Any]])?.first)
        #expect(first["nameZh"] as? String == "存在结构安全隐患的住宅栋数")
        #expect(first["nameEn"] as? String == "Buildings with structural hazards")
        let names = try #require(first["names"] as? [String: String])
        #expect(Set(names.keys) == ["zh-Hans", "en", "ug"])
        #expect(names["zh-Hans"] == "存在结构安全隐患的住宅栋数")
        #expect(try IndicatorFramework.decode(json: json) == .builtIn)
    }

    static let smallFramework = #"""
        {"id": "f", "version": 2026, "nameZh": "体系", "nameEn": "System",
         "goals": [{"code": "g", "nameZh": "宜居", "nameEn": "Liveable"}],
         "groups": [{"code": "gr", "nameZh": "组", "nameEn": "Group", "level": "city"}],
         "indicators": [{"code": "X1", INDICATOR_NAMES, "unit": "%", "level": "city", "group": "gr", "goal": "g", "direction": "higherIsBetter"}]}
        """#

    @Test("an old file with only nameZh and nameEn loads; a names map may carry zh-Hans in place of nameZh")
    func oldAndNewShapes() throws {
        let old = Self.smallFramework.replacingOccurrences(of: "INDICATOR_NAMES", with: #""nameZh": "覆盖率", "nameEn": "Coverage""#)
        let indicator = try #require(try IndicatorFramework.decode(json: Array(old.utf8)).indicators.first)
        #expect(indicator.names == LocalizedText(zhHans: "覆盖率", en: "Coverage"))
        #expect(indicator.name(in: .ug) == "覆盖率")

        let mapOnly = Self.smallFramework.replacingOccurrences(
            of: "INDICATOR_NAMES", with: #""names": {"zh-Hans": "覆盖率", "en": "Coverage", "ug": "قاپلاش نىسبىتى"}"#)
        let mapped = try #require(try IndicatorFramework.decode(json: Array(mapOnly.utf8)).indicators.first)
        #expect(mapped.nameZh == "覆盖率")
        #expect(mapped.name(in: .ug) == "قاپلاش نىسبىتى")

        let flatWins = Self.smallFramework.replacingOccurrences(
            of: "INDICATOR_NAMES", with: #""nameZh": "新名", "nameEn": "New", "names": {"zh-Hans": "旧名", "ug": "قاپلاش"}"#)
        #expect(try IndicatorFramework.decode(json: Array(flatWins.utf8)).indicators.first?.names[.zhHans] == "新名")
    }

    @Test("a missing Chinese name, an unknown language tag and an over-long Uyghur name are refused, naming the field")
    func badNames() {
        let missing = Self.smallFramework.replacingOccurrences(of: "INDICATOR_NAMES", with: #""nameEn": "Coverage""#)
        #expect { try IndicatorFramework.decode(json: Array(missing.utf8)) } throws: { error in
            (error as? OasisError)?.details.contains { $0.reason.contains("nameZh") || ($0.field ?? "").contains("nameZh") } == true
        }
        let unknown = Self.smallFramework.replacingOccurrences(
            of: "INDICATOR_NAMES", with: #""nameZh": "覆盖率", "nameEn": "Coverage", "names": {"xx": "?"}"#)
        #expect { try IndicatorFramework.decode(json: Array(unknown.utf8)) } throws: { error in
            (error as? OasisError)?.code == "framework_invalid"
        }
        let long = String(repeating: "ئا", count: 150)
        let tooLong = Self.smallFramework.replacingOccurrences(
            of: "INDICATOR_NAMES", with: #""nameZh": "覆盖率", "nameEn": "Coverage", "names": {"ug": "\#(long)"}"#)
        #expect { try IndicatorFramework.decode(json: Array(tooLong.utf8)) } throws: { error in
            (error as? OasisError)?.details.contains { $0.field == "indicators[0] (X1).names.ug" } == true
        }
    }
}
