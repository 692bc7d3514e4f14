import Foundation
import HTTPTypes
import HummingbirdTesting
import OasisCore
import OasisServer
import OasisServices
import OasisStore
import OasisTestSupport
import Testing

@Suite("Major hazard register API: sources with GB 18218-2018's figures, CSV import all or nothing, permissions, the summary by region")
struct MajorHazardAPITests {
    static func items(_ response: TestResponse) throws -> [[String: Any]] { try response.json()["items"] as? [[String: Any]] ?? [] }

    static func figures(_ item: [String: Any]?) -> [String: Any] { item?["figures"] as? [String: Any] ?? [:] }

    static func close(_ value: Any?, _ expected: Double) -> Bool { (value as? Double).map { abs($0 - expected) < 1e-9 } ?? false }

    static func importCSV(_ app: Harness, _ csv: String, token: String? = nil) async throws -> TestResponse {
        try await app.request(.put, "/api/v1/lifeline/hazards", token: token ?? app.analystToken, body: csv, contentType: "text/csv")
    }

    @Test("a CSV of five sources (one spread over two rows) is imported with each source's α, S, R and grade, as worked by hand")
    func importGood() async throws {
        try await Harness.run { app in
            let imported = try await Self.importCSV(app, MajorHazardFixture.csv)
            #expect(imported.status == .ok, "\(imported.text)")
            #expect(try imported.json()["inserted"] as? Int == 5)
            let list = try Self.items(try await app.request(.get, "/api/v1/lifeline/hazards", token: app.analystToken))
            #expect(list.map { $0["code"] as? String } == ["HZ-CL", "HZ-COCL2", "HZ-H2", "HZ-LPG", "HZ-NG"])
            let byCode = Dictionary(uniqueKeysWithValues: list.map { ($0["code"] as? String ?? "", $0) })
            // Worked in MajorHazardFixture: (α, S, R, grade).
            let expected: [String: (Double, Double, Double, Int?)] = [
                "HZ-LPG": (2.0, 4, 12, 3), "HZ-H2": (0.5, 1.2, 0.9, 4), "HZ-CL": (1.5, 10, 54, 2), "HZ-COCL2": (1.0, 2 / 0.3, 400.0 / 3, 1),
                "HZ-NG": (2.0, 0.4, 2.0 * 1.5 * 0.4, nil),
            ]
            for (code, (alpha, ratio, r, grade)) in expected {
                let figures = Self.figures(byCode[code])
                #expect(Self.close(figures["alpha"], alpha), "\(code) α")
                #expect(Self.close(figures["ratioSum"], ratio), "\(code) S")
                #expect(Self.close(figures["r"], r), "\(code) R")
                #expect(figures["grade"] as? Int == grade, "\(code) grade")
            }
            let chlorine = byCode["HZ-CL"]?["inventory"] as? [[String: Any]]
            #expect(chlorine?.map { $0["cas"] as? String } == ["7782-50-5", "7664-41-7"])
            let lpgNames = byCode["HZ-LPG"]?["names"] as? [String: String]
            #expect(lpgNames?["ug"] == "تەڭرىتاغ سۇيۇق گاز ئامبىرى")
            // Re-importing replaces by code.
            let again = try await Self.importCSV(app, MajorHazardFixture.csv)
            #expect(try again.json()["updated"] as? Int == 5)
        }
    }

    @Test(
        "a bad file is refused naming each row and column — unknown substance, negative or non-finite tonnes, bad coordinates, unknown unit and region — and nothing is written"
    )
    func importBad() async throws {
        try await Harness.run { app in
            _ = try await Self.importCSV(app, MajorHazardFixture.csv)
            let header = "code,name_zh,name_en,name_ug,owner_unit,region,longitude,latitude,exposed_people,substance,tonnes\n"
            let bad =
                header + "BAD-1,坏一,Bad 1,,天山区城管局,650102,87.6,43.8,10,unobtainium,5\n"
                + "BAD-2,坏二,Bad 2,,天山区城管局,650102,87.6,43.8,10,氯,-1\n" + "BAD-3,坏三,Bad 3,,天山区城管局,650102,87.6,43.8,10,氯,inf\n"
                + "BAD-4,坏四,Bad 4,,天山区城管局,650102,187.6,91,10,氯,1\n" + "BAD-1,,,,,650103,,,,氯,2\n"
            let refused = try await Self.importCSV(app, bad)
            #expect(refused.status == .badRequest)
            let places = try refused.errorDetails().map { "\($0["line"] as? Int ?? 0):\($0["column"] as? String ?? "")" }
            // Line 6 is a further row of BAD-1 that names another region than its first row.
            #expect(places == ["2:substance", "3:tonnes", "4:tonnes", "5:longitude", "5:latitude", "6:region"])
            let unknown = header + "OK-1,好,Good,,天山区城管局,650102,87.6,43.8,10,氯,1\n" + "BAD-5,坏五,Bad 5,,无此单位,659999,87.6,43.8,10,氯,1\n"
            let refusedByStore = try await Self.importCSV(app, unknown)
            #expect(refusedByStore.status == .badRequest)
            let storePlaces = try refusedByStore.errorDetails().map { "\($0["line"] as? Int ?? 0):\($0["column"] as? String ?? "")" }
            #expect(storePlaces == ["3:region", "3:owner_unit"])
            // Nothing of either file was written: the five sources as they were.
            let list = try Self.items(try await app.request(.get, "/api/v1/lifeline/hazards", token: app.analystToken))
            #expect(list.map { $0["code"] as? String } == ["HZ-CL", "HZ-COCL2", "HZ-H2", "HZ-LPG", "HZ-NG"])
            #expect((list.first { $0["code"] as? String == "HZ-LPG" }?["inventory"] as? [Any])?.count == 1)
        }
    }

    @Test("create, get, replace and delete one source; a body naming another code is refused; figures worked out anew")
    func oneSource() async throws {
        try await Harness.run { app in
            // 25 t of ammonia (Q 10 t, β 2), 35 people (α 1.2): S = 2.5, R = 1.2 × 2 × 2.5 = 6 → grade 4.
            let body = """
                {"code": "HZ-NH3", "names": {"zh-Hans": "测试液氨站", "en": "Test ammonia station"}, "ownerUnit": "乌鲁木齐市水务局",
                 "region": "650100", "location": {"longitude": 87.6, "latitude": 43.8}, "exposedPeople": 35,
                 "inventory": [{"cas": "7664-41-7", "tonnes": 25}], "figures": {"alpha": 9, "ratioSum": 9, "r": 999, "majorHazard": true, "grade": 1}}
                """
            let created = try await app.request(.put, "/api/v1/lifeline/hazards/HZ-NH3", token: app.analystToken, json: body)
            #expect(created.status == .ok, "\(created.text)")
            var figures = Self.figures(try created.json())
            #expect(Self.close(figures["alpha"], 1.2))
            #expect(Self.close(figures["ratioSum"], 2.5))
            #expect(Self.close(figures["r"], 6))
            #expect(figures["grade"] as? Int == 4)
            // 120 people: α 2.0, R = 2 × 2 × 2.5 = 10 → grade 3 (the band's lower edge).
            let more = body.replacingOccurrences(of: "\"exposedPeople\": 35", with: "\"exposedPeople\": 120")
            let replaced = try await app.request(.put, "/api/v1/lifeline/hazards/HZ-NH3", token: app.analystToken, json: more)
            figures = Self.figures(try replaced.json())
            #expect(Self.close(figures["r"], 10))
            #expect(figures["grade"] as? Int == 3)
            let fetched = try await app.request(.get, "/api/v1/lifeline/hazards/HZ-NH3", token: app.analystToken)
            #expect(Self.figures(try fetched.json())["grade"] as? Int == 3)
            let mismatch = try await app.request(.put, "/api/v1/lifeline/hazards/OTHER", token: app.analystToken, json: body)
            #expect(mismatch.status == .badRequest)
            let badUnit = body.replacingOccurrences(of: "乌鲁木齐市水务局", with: "无此单位")
            let refused = try await app.request(.put, "/api/v1/lifeline/hazards/HZ-NH3", token: app.analystToken, json: badUnit)
            #expect(refused.status == .badRequest)
            #expect(try refused.errorDetails().map { $0["field"] as? String } == ["ownerUnit"])
            let deleted = try await app.request(.delete, "/api/v1/lifeline/hazards/HZ-NH3", token: app.analystToken)
            #expect(deleted.status == .ok)
            #expect(try await app.request(.get, "/api/v1/lifeline/hazards/HZ-NH3", token: app.analystToken).status == .notFound)
            #expect(try await app.request(.delete, "/api/v1/lifeline/hazards/HZ-NH3", token: app.analystToken).status == .notFound)
            let actions = try await app.store.audit.recent(limit: 10, for: .system).map(\.action)
            #expect(
                actions.filter { $0.hasPrefix("lifeline.hazard.") } == ["lifeline.hazard.delete", "lifeline.hazard.save", "lifeline.hazard.save"])
        }
    }

    @Test("read_layers reads and write_layers writes: a supervisor reads but may not write, a dispatcher neither")
    func permissions() async throws {
        try await Harness.run { app in
            let supervisor = try await HotlineDeskTests.token(app, "hazard-supervisor", .supervisor)
            let dispatcher = try await HotlineDeskTests.token(app, "hazard-dispatcher", .dispatcher)
            #expect(try await app.request(.get, "/api/v1/lifeline/hazards", token: supervisor).status == .ok)
            #expect(try await app.request(.get, "/api/v1/lifeline/hazard-regions", token: supervisor).status == .ok)
            #expect(try await Self.importCSV(app, MajorHazardFixture.csv, token: supervisor).status == .forbidden)
            #expect(try await app.request(.get, "/api/v1/lifeline/hazards", token: dispatcher).status == .forbidden)
            #expect(try await app.request(.delete, "/api/v1/lifeline/hazards/HZ-LPG", token: dispatcher).status == .forbidden)
            #expect(try await app.request(.get, "/api/v1/lifeline/hazards").status == .unauthorized)
            #expect(try await app.store.majorHazards.sources(for: .system).isEmpty)
        }
    }

    @Test("the summary per region: major hazards by grade within each region and below, and the colour of the worst grade")
    func regionSummary() async throws {
        try await Harness.run { app in
            try await MajorHazardFixture.seed(app.store)
            let summary = try Self.items(try await app.request(.get, "/api/v1/lifeline/hazard-regions", token: app.analystToken))
            let byRegion = Dictionary(uniqueKeysWithValues: summary.map { ($0["region"] as? String ?? "", $0) })
            func grades(_ region: String) -> [Int] { (1...4).map { (byRegion[region]?["grades"] as? [String: Int])?[String($0)] ?? -1 } }
            func colour(_ region: String) -> String? { byRegion[region]?["colour"] as? String }
            #expect(Set(byRegion.keys) == ["650000", "650100", "650102", "650103", "650200", "653100", "653101"])
            #expect(grades("650102") == [0, 0, 1, 1])
            #expect(colour("650102") == "yellow")
            #expect(grades("650103") == [0, 1, 0, 0])
            #expect(colour("650103") == "orange")
            #expect(grades("650100") == [0, 1, 1, 1])
            #expect(colour("650100") == "orange")
            #expect(colour("653101") == "red")
            #expect(byRegion["650200"]?["sources"] as? Int == 1)
            #expect(grades("650200") == [0, 0, 0, 0])
            #expect(byRegion["650200"]?["colour"] is NSNull)
            #expect(byRegion["650000"]?["sources"] as? Int == 5)
            #expect(grades("650000") == [1, 1, 1, 1])
            #expect(colour("650000") == "red")
            let within = try Self.items(try await app.request(.get, "/api/v1/lifeline/hazard-regions?region=650100", token: app.analystToken))
            #expect(within.map { $0["region"] as? String } == ["650100", "650102", "650103"])
        }
    }

    @Test("the page lists the sources with S, R and grade and draws the regions in their risk colours, linked from /lifeline")
    func page() async throws {
        try await Harness.run { app in
            try await MajorHazardFixture.seed(app.store)
            let session = try await app.browserSession()
            let lifeline = try await app.request(.get, "/lifeline?lang=en", headers: [.cookie: session.cookies, .accept: "text/html"])
            #expect(lifeline.text.contains("href=\"/lifeline/hazards\""))
            let page = try await app.request(.get, "/lifeline/hazards?lang=en", headers: [.cookie: session.cookies, .accept: "text/html"])
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains("<svg"))
            // Kashgar City red (grade 1), Saybagh orange (2), Tianshan yellow (3, over its grade 4), Karamay grey.
            let outline = { (fill: String, name: String) in
                "fill=\"\(fill)\" fill-rule=\"evenodd\" stroke=\"#4b5d5b\" stroke-width=\"0.8\"><title translate=\"no\">\(name)</title>"
            }
            #expect(html.contains(outline("#c0392b", "Kashgar City")))
            #expect(html.contains(outline("#e67e22", "Saybag District")))
            #expect(html.contains(outline("#f1c40f", "Tianshan District")))
            #expect(html.contains(outline("#d5d8dc", "Karamay")))
            #expect(html.contains("Red (grade 1)") && html.contains("Grey (no major hazard)"))
            #expect(html.contains("<td class=\"num\">133.33</td><td>Grade 1</td>"))
            #expect(html.contains("<td class=\"num\">10.00</td><td class=\"num\">54.00</td><td>Grade 2</td>"))
            #expect(html.contains("Not a major hazard"))
            let chinese = try await app.request(.get, "/lifeline/hazards?lang=zh-Hans", headers: [.cookie: session.cookies, .accept: "text/html"])
            #expect(chinese.text.contains("红色（一级）"))
            #expect(chinese.text.contains("<td>一级</td>"))
        }
    }
}
