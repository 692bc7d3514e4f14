import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import OasisCore
import OasisServer
import OasisServices
import OasisStore
import OasisTestSupport
import Testing

@Suite("Promotion over the API: plan → scheme → project, the loop back to the ledger, checks, files and reports")
struct PromotionAPITests {
    static func projectJSON(
        _ code: String, region: String = "650200", type: String = "old_neighbourhood_renovation", plannedEnd: String = "2030-10-31",
        measures: String = "[9, 13]", extra: String = ""
    ) -> String {
        """
        {"code": "\(code)", "nameZh": "克拉玛依老旧小区改造\(code)", "nameEn": "Karamay renovation \(code)", "type": "\(type)", "region": "\(region)",
         "unit": "克拉玛依市住建局", "stage": "under_construction", "budget": {"fiscal": 800, "special_bonds": 200},
         "plannedStart": "2025-03-01", "plannedEnd": "\(plannedEnd)", "measures": \(measures)\(extra)}
        """
    }

    static func problems(_ app: Harness, region: String) async throws -> [[String: Any]] {
        let response = try await app.request(.get, "/api/v1/problems?region=\(region)", token: app.analystToken)
        return try #require(try response.json()["items"] as? [[String: Any]])
    }

    @Test(
        "a ledger problem is cited by a project, solved when it completes, and verified by the next period's check",
        arguments: TestStoreKind.available)
    func problemToVerification(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let failing = "region,indicator,period,value,source\n650200,U01,2025,50,住建局\n"
            let imported = try await app.request(
                .post, "/api/v1/indicator-values/import?fileName=fail.csv", token: app.analystToken, body: failing, contentType: "text/csv")
            #expect(imported.status == .created)
            let open = try #require(
                try await Self.problems(app, region: "650200").first { $0["indicator"] as? String == "U01" && $0["status"] as? String == "open" })
            let problemID = try #require(open["id"] as? Int)

            let created = try await app.request(
                .post, "/api/v1/projects", token: app.analystToken,
                json: Self.projectJSON("KLMY-2025-01", extra: ", \"citedProblems\": [\(problemID)]"))
            #expect(created.status == .created)
            let view = try #require((try created.json()["items"] as? [[String: Any]])?.first)
            let projectID = try #require((view["project"] as? [String: Any])?["id"] as? Int)
            #expect((view["flags"] as? [[String: Any]])?.isEmpty == true)

            let skipped = try await app.request(
                .post, "/api/v1/projects/\(projectID)/stage", token: app.analystToken, json: #"{"stage": "accepted"}"#)
            #expect(skipped.status == .conflict)
            #expect(try skipped.errorCode() == "invalid_transition")
            let completed = try await app.request(
                .post, "/api/v1/projects/\(projectID)/stage", token: app.analystToken, json: #"{"stage": "completed", "on": "2025-11-30"}"#)
            #expect(completed.status == .ok)
            let solved = try #require(try await Self.problems(app, region: "650200").first { $0["id"] as? Int == problemID })
            #expect(solved["status"] as? String == "solved")
            #expect(solved["solvedPeriod"] as? Int == 2025)

            let passing = "region,indicator,period,value,source\n650200,U01,2026,93,住建局\n"
            _ = try await app.request(
                .post, "/api/v1/indicator-values/import?fileName=pass.csv", token: app.analystToken, body: passing, contentType: "text/csv")
            let verified = try #require(try await Self.problems(app, region: "650200").first { $0["id"] as? Int == problemID })
            #expect(verified["status"] as? String == "verified")
            #expect(verified["verifiedPeriod"] as? Int == 2026)

            let events = try await app.store.audit.history(entityType: "problem", entityID: String(problemID), for: .system)
            #expect(events.map(\.action).contains("problem.solved"))
        }
    }

    @Test("no renewal without a check: warn flags an uncited renewal project, refuse rejects it", arguments: TestStoreKind.available)
    func citationRule(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let warned = try await app.request(.post, "/api/v1/projects", token: app.analystToken, json: Self.projectJSON("W-1"))
            #expect(warned.status == .created)
            let flags = (try warned.json()["items"] as? [[String: Any]])?.first?["flags"] as? [[String: Any]]
            #expect(flags?.compactMap { $0["kind"] as? String } == ["no_cited_problem"])
        }
        try await Harness.run(kind, configure: { $0.renewalCitation = .refuse }) { app in
            let refused = try await app.request(.post, "/api/v1/projects", token: app.analystToken, json: Self.projectJSON("R-1"))
            #expect(refused.status == .badRequest)
            #expect(try refused.errorDetails().first?["field"] as? String == "projects[0].citedProblems")
            let shelter = try await app.request(.post, "/api/v1/projects", token: app.analystToken, json: Self.projectJSON("S-1", type: "shelter"))
            #expect(shelter.status == .created)
            let csv = "code,name_zh,type,region\nR-2,更新项目,urban_village,650200\n"
            let file = try await app.request(.post, "/api/v1/projects/import", token: app.analystToken, body: csv, contentType: "text/csv")
            #expect(file.status == .badRequest)
            let detail = try #require(try file.errorDetails().first)
            #expect(detail["line"] as? Int == 2)
            #expect(detail["column"] as? String == "problems")
        }
    }

    @Test("the boundary, super-tall, time and cost checks flag what the policy asks", arguments: TestStoreKind.available)
    func checks(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let boundary = """
                {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"name": "克拉玛依城镇开发边界"},
                 "geometry": {"type": "Polygon", "coordinates": [[[84.7, 45.4], [85.0, 45.4], [85.0, 45.7], [84.7, 45.7], [84.7, 45.4]]]}}]}
                """
            let saved = try await app.request(
                .put, "/api/v1/boundaries/650200?name=UDB", token: app.analystToken, json: boundary, contentType: "application/geo+json")
            #expect(saved.status == .created)
            let inside = Self.projectJSON("IN", type: "shelter", extra: #", "location": {"longitude": 84.87, "latitude": 45.6}"#)
            let outside = Self.projectJSON("OUT", type: "shelter", extra: #", "location": {"longitude": 85.3, "latitude": 45.6}"#)
            let tall = Self.projectJSON("TALL", type: "public_service", extra: #", "residential": true, "maximumHeightMeters": 96"#)
            let overrun = Self.projectJSON("LATE", type: "shelter", plannedEnd: "2024-06-30", extra: #", "actualInvestment": {"2024": 1500}"#)
            let response = try await app.request(
                .post, "/api/v1/projects", token: app.analystToken, json: "[\(inside), \(outside), \(tall), \(overrun)]")
            #expect(response.status == .created)
            let items = try #require(try response.json()["items"] as? [[String: Any]])
            func kinds(_ code: String) -> [String] {
                let view = items.first { ($0["project"] as? [String: Any])?["code"] as? String == code }
                return (view?["flags"] as? [[String: Any]])?.compactMap { $0["kind"] as? String } ?? []
            }
            #expect(kinds("IN") == [])
            #expect(kinds("OUT") == ["outside_boundary"])
            #expect(kinds("TALL") == ["super_tall_residential"])
            #expect(kinds("LATE") == ["time_overrun", "cost_overrun"])

            let delays = try await app.request(.get, "/api/v1/promotion/delays?region=650200", token: app.analystToken)
            let units = try #require(try delays.json()["byUnit"] as? [[String: Any]])
            #expect(units.first?["lateProjects"] as? Int == 1)
            #expect(units.first?["costOverruns"] as? Int == 1)
        }
    }

    @Test("bad input is refused with the field, line or path named, and nothing is written", arguments: TestStoreKind.available)
    func badInput(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let csv = """
                code,name_zh,type,region,stage,longitude,latitude,budget_fiscal,planned_start,planned_end,measures,problems,residential,colour
                A-1,好项目,shelter,650200,reserve,84.9,45.6,100,2025-01-01,2025-12-31,23,,no,x
                A-2,坏项目,castle,659999,done,200,45.6,abc,2025-13-01,2025-12-31,99,424242,maybe,x
                """
            let refused = try await app.request(.post, "/api/v1/projects/import", token: app.analystToken, body: csv, contentType: "text/csv")
            #expect(refused.status == .badRequest)
            #expect(try refused.errorCode() == "project_file_invalid")
            let details = try refused.errorDetails()
            let columns = Set(details.compactMap { $0["column"] as? String })
            #expect(
                columns == [
                    "colour", "type", "region", "stage", "longitude", "budget_fiscal", "planned_start", "measures", "problems", "residential",
                ])
            #expect(details.filter { $0["line"] as? Int == 3 }.count == 9)
            let none = try await app.request(.get, "/api/v1/projects", token: app.analystToken)
            #expect(try none.json()["total"] as? Int == 0)

            let lenient = "code,name_zh,type,region\nB-1,好项目,shelter,650200\nB-2,坏项目,castle,650200\n"
            let accepted = try await app.request(
                .post, "/api/v1/projects/import?acceptValid=true", token: app.analystToken, body: lenient, contentType: "text/csv")
            #expect(accepted.status == .created)
            #expect(try accepted.json()["created"] as? Int == 1)
            #expect(try accepted.json()["rejectedRows"] as? Int == 1)

            let badJSON = try await app.request(
                .post, "/api/v1/projects", token: app.analystToken, json: #"{"code": "X", "nameZh": "x", "type": "shelter"}"#)
            #expect(badJSON.status == .badRequest)
            #expect(try badJSON.errorDetails().first?["field"] as? String == "region")
            let badPoint = try await app.request(
                .post, "/api/v1/projects", token: app.analystToken,
                json: Self.projectJSON("P", type: "shelter", measures: "[99]", extra: #", "location": {"longitude": 184, "latitude": 45}"#))
            #expect(Set(try badPoint.errorDetails().compactMap { $0["field"] as? String }) == ["projects[0].location", "projects[0].measures"])
            let badGeo = try await app.request(
                .put, "/api/v1/boundaries/650200", token: app.analystToken,
                json: #"{"type": "Polygon", "coordinates": [[[84.7, 45.4], [85.0, 95.4], [85.0, 45.7]]]}"#)
            #expect(badGeo.status == .badRequest)
            #expect(try badGeo.errorDetails().first?["field"] as? String == "$.coordinates[0]")
            let lineString = try await app.request(
                .put, "/api/v1/boundaries/650200", token: app.analystToken, json: #"{"type": "LineString", "coordinates": [[1, 2], [3, 4]]}"#)
            let mercator = try await app.request(
                .put, "/api/v1/boundaries/650200", token: app.analystToken,
                json: """
                    {"type": "Polygon", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3857"}},
                     "coordinates": [[[9448000, 5696000], [9449000, 5696000], [9449000, 5697000], [9448000, 5696000]]]}
                    """)
            #expect(mercator.status == .badRequest)
            #expect(try mercator.errorDetails().first?["field"] as? String == "$.crs")
            #expect(try lineString.errorDetails().first?["field"] as? String == "$.type")
            let badReport = try await app.request(
                .post, "/api/v1/projects/1/reports", token: app.analystToken, json: #"{"reportedOn": "yesterday", "percent": 5, "narrative": "x"}"#)
            #expect(badReport.status == .badRequest)
            let xml = try await app.request(
                .post, "/api/v1/projects/import", token: app.analystToken, body: "<projects/>", contentType: "application/xml")
            #expect(xml.status == .unsupportedMediaType)
            let anonymous = try await app.request(.get, "/api/v1/projects")
            #expect(anonymous.status == .unauthorized)
        }
    }

    @Test("the library exports to CSV and XLSX and imports back unchanged", arguments: TestStoreKind.available)
    func exportImportRoundTrip(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let project = Self.projectJSON(
                "RT-1", type: "pocket_park",
                extra: """
                    , "location": {"longitude": 84.8812, "latitude": 45.5953}, "plannedInvestment": {"2025": 600, "2026": 400.5}, "actualInvestment": {"2025": 590},
                    "milestones": [{"name": "设计批复", "due": "2025-04-01", "done": "2025-03-30"}, {"name": "竣工", "due": "2026-10-31"}], "residential": false
                    """)
            _ = try await app.request(.post, "/api/v1/projects", token: app.analystToken, json: project)
            let original = try #require(try await app.store.projects.list(ProjectQuery(), for: .system).items.first)
            for format in ["csv", "xlsx"] {
                let exported = try await app.request(.get, "/api/v1/projects/export?format=\(format)", token: app.analystToken)
                #expect(exported.status == .ok)
                let contentType = format == "csv" ? "text/csv" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                #expect(exported.headers[.contentType]?.hasPrefix(contentType) == true)
                var renamed = Array(exported.body.readableBytesView)
                if format == "csv" {
                    renamed = Array(String(decoding: renamed, as: UTF8.self).replacingOccurrences(of: "RT-1", with: "RT-\(format)").utf8)
                }
                let back = try await app.client.execute(
                    uri: "/api/v1/projects/import?fileName=p.\(format)", method: .post,
                    headers: [.authorization: "Bearer \(app.analystToken)", .contentType: contentType], body: ByteBuffer(bytes: renamed))
                #expect(back.status == .created)
                let code = format == "csv" ? "RT-csv" : "RT-1"
                let reread = try #require(try await app.store.projects.list(ProjectQuery(), for: .system).items.first { $0.code == code })
                #expect(reread.location == original.location)
                #expect(reread.plannedInvestment == original.plannedInvestment)
                #expect(reread.actualInvestment == original.actualInvestment)
                #expect(reread.milestones == original.milestones)
                #expect(reread.budget == original.budget)
                #expect(reread.measures == original.measures)
                #expect(reread.plannedEnd == original.plannedEnd)
                #expect(reread.nameZh == original.nameZh.replacingOccurrences(of: "RT-1", with: code))
            }
        }
    }

    @Test(
        "plans, schemes and tasks feed the measure status; the progress report has its structure in both languages",
        arguments: TestStoreKind.available)
    func statusAndReport(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let values = "region,indicator,period,value,source\n650200,D01,2024,3,住建局\n650200,D01,2025,0,住建局\n"
            _ = try await app.request(
                .post, "/api/v1/indicator-values/import?fileName=d01.csv", token: app.analystToken, body: values, contentType: "text/csv")
            let plan = try await app.request(
                .post, "/api/v1/plans", token: app.analystToken,
                json: """
                    {"region": "650200", "policyID": "xj-urban-development-2025", "titleZh": "克拉玛依城市更新规划", "titleEn": "Karamay renewal plan",
                     "startYear": 2025, "endYear": 2030, "goals": [{"textZh": "污水集中收集率达到 90%", "textEn": "Sewage collection 90 %", "indicator": "U01", "target": 90, "year": 2030}]}
                    """)
            #expect(plan.status == .created)
            let planID = try #require(try plan.json()["id"] as? Int)
            let scheme = try await app.request(
                .post, "/api/v1/plans/\(planID)/schemes", token: app.analystToken,
                json: """
                    {"measure": 9, "region": "650200", "titleZh": "城市更新实施方案", "tasks": [
                      {"titleZh": "排查老旧管网", "leadUnit": "克拉玛依市住建局", "coUnits": ["市水务局"], "deadline": "2025-06-30", "deliverable": "排查台账"},
                      {"titleZh": "编制更新项目库", "leadUnit": "克拉玛依市住建局", "deadline": "2027-06-30", "deliverable": "项目库"}]}
                    """)
            #expect(scheme.status == .created)
            let taskID = try #require(((try scheme.json()["tasks"] as? [[String: Any]])?.last)?["id"] as? Int)
            let done = try await app.request(
                .post, "/api/v1/tasks/\(taskID)/status", token: app.analystToken, json: #"{"status": "done", "doneOn": "2025-12-01"}"#)
            #expect(done.status == .ok)
            let emptyScheme = try await app.request(
                .post, "/api/v1/plans/\(planID)/schemes", token: app.analystToken,
                json:
                    #"{"measure": 9, "region": "650200", "titleZh": "x", "tasks": [{"titleZh": "t", "leadUnit": "", "deadline": "2026-01-01", "deliverable": ""}]}"#
            )
            #expect(Set(try emptyScheme.errorDetails().compactMap { $0["field"] as? String }) == ["tasks[0].leadUnit", "tasks[0].deliverable"])

            let created = try await app.request(
                .post, "/api/v1/projects", token: app.analystToken,
                json: Self.projectJSON("K-1", type: "pipe_network_renewal", extra: ", \"taskID\": \(taskID)"))
            let projectID = try #require(((try created.json()["items"] as? [[String: Any]])?.first?["project"] as? [String: Any])?["id"] as? Int)
            let report = try await app.request(
                .post, "/api/v1/projects/\(projectID)/reports", token: app.analystToken,
                json:
                    #"{"reportedOn": "2025-10-31", "percent": 45, "narrative": "管网更新完成 4.5 公里", "photos": [{"fileName": "k1-1031.jpg", "caption": "管沟回填"}]}"#
            )
            #expect(report.status == .created)

            let status = try await app.request(.get, "/api/v1/measures/status?region=650200", token: app.analystToken)
            #expect(status.status == .ok)
            let measures = try #require(try status.json()["measures"] as? [[String: Any]])
            #expect(measures.count == 28)
            let nine = try #require(measures.first { $0["measure"] as? Int == 9 })
            #expect(nine["projects"] as? Int == 1)
            #expect(nine["tasks"] as? Int == 2)
            #expect(nine["tasksDone"] as? Int == 1)
            #expect(nine["tasksOverdue"] as? Int == 1)
            #expect(nine["meanProgress"] as? Double == 45)
            let indicators = try #require(nine["indicators"] as? [[String: Any]])
            #expect(!indicators.isEmpty)
            let d01 = try #require(indicators.first { $0["code"] as? String == "D01" })
            let points = try #require(d01["points"] as? [[String: Any]])
            #expect(points.compactMap { $0["period"] as? Int } == [2024, 2025])
            #expect(points.compactMap { $0["value"] as? Double } == [3, 0])

            for (lang, title) in [
                ("zh-Hans", "克拉玛依市城市高质量发展推进情况报告"), ("en", "Karamay: progress report on high-quality urban development"),
                ("ug", "قاراماي شەھىرى: شەھەرلەرنىڭ يۇقىرى سۈپەتلىك تەرەققىياتىنى ئىلگىرى سۈرۈش ئەھۋالى دوكلاتى"),
            ] {
                let html = try await app.request(.get, "/api/v1/reports/progress?region=650200&year=2025&lang=\(lang)", token: app.analystToken)
                #expect(html.status == .ok)
                #expect(html.headers[.contentType]?.hasPrefix("text/html") == true)
                let text = html.text
                #expect(text.contains("<html lang=\"\(lang)\""))
                #expect(text.contains(title))
                for id in ["summary", "chart-progress", "measures", "measure-table", "delays", "delay-units", "completed", "flagged", "method"] {
                    #expect(text.contains("id=\"\(id)\""), "missing #\(id) in \(lang)")
                }
                #expect(!text.contains("<script"))
                #expect(!text.contains("src=\"http"))
                #expect(!text.contains("[promo_"))
                #expect(text.contains("@page"))
            }
        }
    }

    @Test("the promotion pages render in both languages with no missing message, and the site map shows the boundary")
    func pages() async throws {
        try await Harness.run { app in
            let boundary = #"{"type": "Polygon", "coordinates": [[[84.7, 45.4], [85.0, 45.4], [85.0, 45.7], [84.7, 45.7], [84.7, 45.4]]]}"#
            _ = try await app.request(.put, "/api/v1/boundaries/650200", token: app.analystToken, json: boundary)
            let created = try await app.request(
                .post, "/api/v1/projects", token: app.analystToken,
                json: Self.projectJSON("PG-1", type: "shelter", extra: #", "location": {"longitude": 85.2, "latitude": 45.5}"#))
            let id = try #require(((try created.json()["items"] as? [[String: Any]])?.first?["project"] as? [String: Any])?["id"] as? Int)
            _ = try await app.request(
                .post, "/api/v1/projects/\(id)/reports", token: app.analystToken,
                json: #"{"reportedOn": "2026-05-31", "percent": 30, "narrative": "场地平整"}"#)
            for language in ["zh-Hans", "en"] {
                for path in [
                    "/promotion", "/promotion?region=650200", "/projects?region=650200", "/projects?region=650000&stage=under_construction",
                    "/projects/\(id)",
                ] {
                    let page = try await app.request(
                        .get, path + (path.contains("?") ? "&" : "?") + "lang=\(language)",
                        headers: [.authorization: "Bearer \(app.analystToken)", .accept: "text/html"])
                    #expect(page.status == .ok, "\(path)")
                    let missing = page.text.range(of: #"\[[a-z]+_[a-z_]+\]"#, options: .regularExpression)
                    #expect(missing == nil, "\(path) in \(language) shows a missing message")
                }
            }
            let project = try await app.request(
                .get, "/projects/\(id)?lang=en", headers: [.authorization: "Bearer \(app.analystToken)", .accept: "text/html"])
            #expect(project.text.contains("Outside the urban development boundary"))
            #expect(project.text.contains("<svg"))
            #expect(project.text.contains("#a4161a"))
            #expect(project.text.contains("id=\"progress-reports\""))
            let overview = try await app.request(
                .get, "/promotion?region=650200&lang=en", headers: [.authorization: "Bearer \(app.analystToken)", .accept: "text/html"])
            #expect(overview.text.contains("id=\"measure-status\""))
            #expect(overview.text.contains("(23) "))
            let library = try await app.request(
                .get, "/projects?region=650200&lang=en", headers: [.authorization: "Bearer \(app.analystToken)", .accept: "text/html"])
            #expect(library.text.contains("PG-1"))
            let report = try await app.request(.get, "/api/v1/reports/progress?region=650200", token: app.analystToken)
            #expect(report.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
        }
    }
}
