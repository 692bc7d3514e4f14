import Foundation
import OasisCore
import Testing

/// Threshold and target sources are maps of languages like names: the built-in ones carry Uyghur, the flat
/// sourceZh and sourceEn stay in files and the API, and files written before the map still load.
@Suite("Threshold and target sources in every language")
struct BuiltInSourcesTests {
    static let u22Uyghur =
        "GB 21734-2008 «يەر تەۋرەش جىددىي ئەھۋال پاناھلىنىش ئورنى — ئورۇن ۋە قوشۇمچە ئەسلىھەلەر»: ھەر بىر پاناھلانغۇچىغا توغرا كېلىدىغان ئولتۇراق كۆلىمى 1.5 m² دىن چوڭ (پاناھلانغۇچى بويىچە ھېسابلىنىدۇ، بۇ يەردە دائىملىق نوپۇس بويىچە قوللىنىلدى)"

    @Test("every sourced threshold and target of the built-in framework has a Uyghur source in the Arabic script")
    func builtInSources() throws {
        let framework = IndicatorFramework.builtIn
        let sourced = framework.indicators.compactMap(\.threshold).filter { $0.sourceZh != nil }
        // D01–D04, U01, U06, U08, U09, U10 and U22 (counted by hand in MOHURDBasicFramework).
        #expect(sourced.count == 10)
        for threshold in sourced {
            #expect(BuiltInNamesTests.isArabicScript(threshold.sources[.ug]), "\(threshold) has no Uyghur source")
            #expect(threshold.sourceEn?.isEmpty == false)
        }
        let u22 = try #require(framework.indicator("U22")?.threshold)
        #expect(u22.source(in: .ug) == Self.u22Uyghur)
        #expect(u22.sourceZh?.hasPrefix("GB 21734-2008《地震应急避难场所 场址及配套设施》") == true)
        #expect(u22.source(in: .en)?.hasPrefix("GB 21734-2008 (earthquake emergency shelters)") == true)
        let target = try #require(framework.targets.first)
        #expect(target.id == "xj-urbanisation-2030")
        #expect(BuiltInNamesTests.isArabicScript(target.sources[.ug]))
        #expect(target.source(in: .ug)?.contains("65%") == true)
        #expect(target.sourceEn == "Xinjiang implementation opinions on high-quality urban development, 2025-10-31")
    }

    @Test("an exported threshold carries sourceZh, sourceEn and the sources map; one without a source carries none of them")
    func exportShape() throws {
        var framework = IndicatorFramework.builtIn
        let json = framework.encodedJSON()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])
        let indicators = try #require(object["indicators"] as? [[String: Any]])
        let u22 = try #require(indicators.first { $0["code"] as? String == "U22" }?["threshold"] as? [String: Any])
        #expect(u22["value"] as? Double == 1.5)
        #expect((u22["sourceZh"] as? String)?.hasPrefix("GB 21734-2008") == true)
        #expect((u22["sourceEn"] as? String)?.hasPrefix("GB 21734-2008") == true)
        let sources = try #require(u22["sources"] as? [String: String])
        #expect(Set(sources.keys) == ["zh-Hans", "en", "ug"])
        #expect(sources["ug"] == Self.u22Uyghur)
        let target = try #require((object["targets"] as? [[String: Any]])?.first)
        #expect((target["sources"] as? [String: String])?["ug"] == framework.targets[0].sources[.ug])
        #expect(try IndicatorFramework.decode(json: json) == .builtIn)

        let index = try #require(framework.indicators.firstIndex { $0.code == "U22" })
        framework.indicators[index].threshold = Threshold(value: 2)
        let bare = try #require(try JSONSerialization.jsonObject(with: Data(framework.encodedJSON())) as? [String: Any])
        let bareThreshold = try #require(
            (bare["indicators"] as? [[String: Any]])?.first { $0["code"] as? String == "U22" }?["threshold"] as? [String: Any])
        #expect(Set(bareThreshold.keys) == ["value"])
    }

    static let smallFramework = #"""
        {"id": "f", "version": 2026, "nameZh": "体系", "nameEn": "System",
         "goals": [{"code": "g", "nameZh": "宜居", "nameEn": "Liveable"}],
         "groups": [{"code": "gr", "nameZh": "组", "nameEn": "Group", "level": "city"}],
         "indicators": [{"code": "X1", "nameZh": "覆盖率", "nameEn": "Coverage", "unit": "%", "level": "city", "group": "gr", "goal": "g",
                         "direction": "higherIsBetter", "threshold": {"value": 80, THRESHOLD_SOURCES}}],
         "targets": [{"id": "t", "indicator": "X1", "region": "650100", "baseYear": 2024, "targetYear": 2030, "value": 90,
                      "comparison": "atLeast", TARGET_SOURCES}]}
        """#

    static func framework(threshold: String, target: String = #""sourceZh": "规划""#) -> [UInt8] {
        Array(
            smallFramework.replacingOccurrences(of: "THRESHOLD_SOURCES", with: threshold)
                .replacingOccurrences(of: "TARGET_SOURCES", with: target).utf8)
    }

    @Test("an old file with flat sources loads; a sources map may stand alone; a flat source wins over the map")
    func oldAndNewShapes() throws {
        let old = try IndicatorFramework.decode(json: Self.framework(threshold: #""sourceZh": "标准", "sourceEn": "Standard""#))
        let threshold = try #require(old.indicators.first?.threshold)
        #expect(threshold.sources == LocalizedText(zhHans: "标准", en: "Standard"))
        #expect(threshold.source(in: .ug) == "标准")
        #expect(old.targets.first?.sourceZh == "规划")
        #expect(old.targets.first?.sourceEn == nil)
        #expect(old.targets.first?.source(in: .en) == "规划")

        let mapped = try IndicatorFramework.decode(
            json: Self.framework(
                threshold: #""sources": {"zh-Hans": "标准", "ug": "ئۆلچەم"}"#, target: #""sources": {"en": "Plan", "ug": "پىلان"}"#))
        let mappedThreshold = try #require(mapped.indicators.first?.threshold)
        #expect(mappedThreshold.sourceZh == "标准")
        #expect(mappedThreshold.sourceEn == nil)
        #expect(mappedThreshold.source(in: .ug) == "ئۆلچەم")
        #expect(mapped.targets.first?.sourceZh == nil)
        #expect(mapped.targets.first?.source(in: .ug) == "پىلان")
        #expect(mapped.targets.first?.source(in: .zhHans) == "Plan")

        let flatWins = try IndicatorFramework.decode(
            json: Self.framework(threshold: #""sourceZh": "新", "sources": {"zh-Hans": "旧", "ug": "ئۆلچەم"}"#))
        #expect(flatWins.indicators.first?.threshold?.sources == LocalizedText([.zhHans: "新", .ug: "ئۆلچەم"]))
    }

    @Test("an unknown language tag and an over-long Uyghur source are refused, naming the field")
    func badSources() {
        #expect {
            try IndicatorFramework.decode(json: Self.framework(threshold: #""sources": {"xx": "?"}"#))
        } throws: { error in
            (error as? OasisError)?.code == "framework_invalid"
        }
        let long = String(repeating: "ئا", count: 5_001)
        #expect {
            try IndicatorFramework.decode(json: Self.framework(threshold: #""sources": {"ug": "\#(long)"}"#))
        } throws: { error in
            (error as? OasisError)?.details.contains { $0.field == "indicators[0] (X1).threshold.sources.ug" } == true
        }
        #expect {
            try IndicatorFramework.decode(json: Self.framework(threshold: #""sourceZh": "标准""#, target: #""sources": {"ug": "\#(long)"}"#))
        } throws: { error in
            (error as? OasisError)?.details.contains { $0.field == "targets[0] (t).sources.ug" } == true
        }
    }
}
