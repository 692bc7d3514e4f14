import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import OasisCore
import OasisServer
import OasisStore
import OasisTestSupport
import Testing

/// Projects, indicators and measures carry a map of names over the API and in files; pages show the name in the
/// page's language and fall back to zh-Hans.
@Suite("Names in every language over the API, in files and on pages")
struct LocalizedNamesAPITests {
    static let uyghurName = "قاراماي كونا ئولتۇراق رايونىنى ئۆزگەرتىش"
    static let html: HTTPFields = [.accept: "text/html"]

    @Test(
        "a project posted with a Uyghur name answers with nameZh, nameEn and the names map, and its page in ug shows it",
        arguments: TestStoreKind.available)
    func projectNames(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let json = PromotionAPITests.projectJSON("UG-1", type: "shelter", extra: #", "names": {"ug": "\#(Self.uyghurName)"}"#)
            let created = try await app.request(.post, "/api/v1/projects", token: app.analystToken, json: json)
            #expect(created.status == .created)
            let project = try #require(((try created.json()["items"] as? [[String: Any]])?.first?["project"] as? [String: Any]))
            #expect(project["nameZh"] as? String == "克拉玛依老旧小区改造UG-1")
            #expect(project["nameEn"] as? String == "Karamay renovation UG-1")
            let names = try #require(project["names"] as? [String: String])
            #expect(names == ["zh-Hans": "克拉玛依老旧小区改造UG-1", "en": "Karamay renovation UG-1", "ug": Self.uyghurName])
            let id = try #require(project["id"] as? Int)
            var headers = Self.html
            headers[.authorization] = "Bearer \(app.analystToken)"
            let uyghur = try await app.request(.get, "/projects/\(id)?lang=ug", headers: headers)
            #expect(uyghur.text.contains(Self.uyghurName))
            let english = try await app.request(.get, "/projects/\(id)?lang=en", headers: headers)
            #expect(english.text.contains("Karamay renovation UG-1"))
            #expect(!english.text.contains(Self.uyghurName))
        }
    }

    @Test("a project file's name_ug column is read, and exported back", arguments: TestStoreKind.available)
    func projectFileColumn(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let csv = "code,name_zh,name_ug,type,region\nF-1,避难场所,\(Self.uyghurName),shelter,650200\nF-2,公园,,pocket_park,650200\n"
            let imported = try await app.request(.post, "/api/v1/projects/import", token: app.analystToken, body: csv, contentType: "text/csv")
            #expect(imported.status == .created)
            let items = try await app.store.projects.list(ProjectQuery(), for: .system).items
            #expect(items.first { $0.code == "F-1" }?.names[.ug] == Self.uyghurName)
            #expect(items.first { $0.code == "F-2" }?.names[.ug] == nil)
            #expect(items.first { $0.code == "F-2" }?.name(in: .ug) == "公园")
            let exported = try await app.request(.get, "/api/v1/projects/export?format=csv", token: app.analystToken)
            let lines = exported.text.split(separator: "\r\n")
            #expect(lines.first?.hasPrefix("\u{FEFF}code,name_zh,name_en,name_ug,type,region") == true)
            #expect(lines.contains { $0.hasPrefix("F-1,避难场所,,\(Self.uyghurName),shelter,650200") })
        }
    }

    @Test("the framework page in ug names indicators, groups and goals in Uyghur; the measure status carries Uyghur titles")
    func frameworkAndMeasures() async throws {
        try await Harness.run { app in
            var headers = Self.html
            headers[.authorization] = "Bearer \(app.analystToken)"
            let page = try await app.request(.get, "/evaluation/framework?lang=ug", headers: headers)
            #expect(page.status == .ok)
            #expect(page.text.contains("دائىملىق ئاھالىنىڭ شەھەرلىشىش نىسبىتى"))
            #expect(page.text.contains("نوپۇس ۋە شەھەرلىشىش"))
            #expect(!page.text.contains("常住人口城镇化率"))
            let chinese = try await app.request(.get, "/evaluation/framework?lang=zh-Hans", headers: headers)
            #expect(chinese.text.contains("常住人口城镇化率"))

            let status = try await app.request(.get, "/api/v1/measures/status?region=650000", token: app.analystToken)
            let measures = try #require(try status.json()["measures"] as? [[String: Any]])
            let nine = try #require(measures.first { $0["measure"] as? Int == 9 })
            #expect(nine["titleZh"] as? String == "高质量开展城市更新")
            #expect((nine["titles"] as? [String: String])?["ug"] == "شەھەر يېڭىلاشنى يۇقىرى سۈپەتتە ئېلىپ بېرىش")
            let overview = try await app.request(.get, "/promotion?region=650000&lang=ug", headers: headers)
            #expect(overview.text.contains("شەھەر يېڭىلاشنى يۇقىرى سۈپەتتە ئېلىپ بېرىش"))
        }
    }

    @Test(
        "the exported framework carries sourceZh, sourceEn and the sources map; a posted Uyghur source shows on the framework page in ug",
        arguments: TestStoreKind.available)
    func frameworkSources(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let exported = try await app.request(.get, "/api/v1/frameworks/active", token: app.analystToken)
            let object = try exported.json()
            let indicators = try #require(object["indicators"] as? [[String: Any]])
            let u10 = try #require(indicators.first { $0["code"] as? String == "U10" }?["threshold"] as? [String: Any])
            #expect(u10["sourceZh"] as? String == "住房和城乡建设部2021年城市体检指标体系：底线值为0")
            #expect(u10["sourceEn"] as? String == "MOHURD 2021 city health-check indicator system: bottom line 0")
            let sources = try #require(u10["sources"] as? [String: String])
            #expect(
                sources["ug"]
                    == "تۇرالغۇ ۋە شەھەر-يېزا قۇرۇلۇش مىنىستىرلىكىنىڭ 2021-يىللىق شەھەر سالامەتلىك تەكشۈرۈشى كۆرسەتكۈچ سىستېمىسى: ئاستىنقى چەك قىممىتى 0"
            )

            var framework = try JSONDecoder().decode(IndicatorFramework.self, from: Data(exported.body.readableBytesView))
            framework.version = 2026
            let u22 = try #require(framework.indicators.firstIndex { $0.code == "U22" })
            framework.indicators[u22].threshold?.sources[.ug] = "سىناق مەنبەسى"
            let saved = try await app.request(
                .post, "/api/v1/frameworks", token: app.analystToken, json: String(decoding: framework.encodedJSON(), as: UTF8.self))
            #expect(saved.status == .created)
            #expect(try await app.store.frameworks.active()?.indicator("U22")?.threshold?.sources[.ug] == "سىناق مەنبەسى")
            var headers = Self.html
            headers[.authorization] = "Bearer \(app.analystToken)"
            let uyghur = try await app.request(.get, "/evaluation/framework?lang=ug", headers: headers)
            #expect(uyghur.text.contains(" (سىناق مەنبەسى)"))
            #expect(!uyghur.text.contains("GB 21734-2008《地震应急避难场所"))
            let chinese = try await app.request(.get, "/evaluation/framework?lang=zh-Hans", headers: headers)
            #expect(chinese.text.contains("GB 21734-2008《地震应急避难场所 场址及配套设施》"))
            #expect(!chinese.text.contains("سىناق مەنبەسى"))

            framework.version = 2027
            let body = String(decoding: framework.encodedJSON(), as: UTF8.self)
            let unknownTag = body.replacingOccurrences(of: #""ug" : "سىناق مەنبەسى""#, with: #""xx" : "?""#)
            #expect(unknownTag != body)
            let unknown = try await app.request(.post, "/api/v1/frameworks", token: app.analystToken, json: unknownTag)
            #expect(unknown.status == .badRequest)
            #expect(try unknown.errorCode() == "framework_invalid")
            #expect(try await app.store.frameworks.active()?.version == 2026)
        }
    }
}
