import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import OasisCore
import OasisStore
import Testing

/// The planners' and officials' pages: the ledger filtered, paged and exported; projects created, edited, moved a
/// stage and given a progress report through forms; a refused form keeps the typed input and shows each error
/// beside its field in the page's language, and writes nothing.
@Suite("Planner pages: the ledger and the project forms")
struct PlannerPagesTests {
    static let html: HTTPFields = [.accept: "text/html"]

    func get(_ app: Harness, _ path: String, _ session: (cookies: String, csrf: String)) async throws -> TestResponse {
        try await app.request(.get, path, headers: [.cookie: session.cookies, .accept: "text/html"])
    }

    func post(_ app: Harness, _ path: String, _ session: (cookies: String, csrf: String), _ fields: [(String, String)]) async throws
        -> TestResponse
    { try await app.postForm(path, session, fields) }

    /// A ledger of more than one page: six indicators failing in each of the first twelve regions (severities in
    /// turn), and the population figure P01 entered for each as an older evaluation did.
    static func seedLedger(_ app: Harness) async throws {
        let regions = try await app.store.regions.list().map(\.code.rawValue).sorted().prefix(12)
        var problems: [LedgerProblem] = []
        for (index, region) in regions.enumerated() {
            for (offset, indicator) in ["D01", "D02", "D03", "U05", "U06", "U07", "P01"].enumerated() {
                problems.append(
                    LedgerProblem(
                        id: 0, region: region, indicator: indicator, category: "c", severity: ProblemSeverity.allCases[(index + offset) % 3],
                        status: .open, firstPeriod: 2024, lastFailedPeriod: 2025))
            }
        }
        _ = try await app.store.problems.apply(problems, by: .system)
    }

    func rows(_ page: TestResponse) -> Int { page.text.components(separatedBy: "<tr data-region=").count - 1 }

    @Test("the ledger: filters by region and severity, pages by 50, never lists the population figures, says a bad year beside its field")
    func ledger() async throws {
        try await Harness.run { app in
            let session = try await app.browserSession()
            try await Self.seedLedger(app)
            let all = try await app.store.problems.page(LedgerQuery(excludedIndicators: ["P01", "P02", "P03"]), for: .system)
            #expect(all.total > 50, "the demo ledger should need more than one page")
            let first = try await get(app, "/evaluation/problems", session)
            #expect(first.status == .ok)
            #expect(rows(first) == 50)
            #expect(first.text.contains("id=\"ledger-next\""))
            #expect(first.text.contains("共 \(NumberText.grouped(all.total)) 条问题，显示第 1–50 条"))
            let context = try await app.store.problems.page(LedgerQuery(), for: .system).items.filter {
                ["P01", "P02", "P03"].contains($0.indicator)
            }
            for problem in context { #expect(!first.text.contains("<td>\(problem.id)</td>")) }

            let expected = try await app.store.problems.page(
                LedgerQuery(region: "650100", severity: .high, excludedIndicators: ["P01", "P02", "P03"], limit: 50), for: .system)
            #expect(expected.total > 0)
            let filtered = try await get(app, "/evaluation/problems?region=650100&severity=high", session)
            #expect(filtered.status == .ok)
            #expect(rows(filtered) == expected.items.count)
            #expect(filtered.text.components(separatedBy: "<tr data-region=\"6501").count - 1 == expected.items.count)
            #expect(filtered.text.contains("<option value=\"high\" selected>"))

            let second = try await get(app, "/evaluation/problems?offset=50", session)
            #expect(rows(second) == min(50, all.total - 50))
            #expect(second.text.contains("id=\"ledger-previous\""))

            let bad = try await get(app, "/evaluation/problems?year=20x5&severity=high", session)
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("value=\"20x5\""))
            #expect(bad.text.contains("id=\"year-error\" role=\"alert\"><span aria-hidden=\"true\">✖</span> 年度须为 1900–2200 之间的四位年份，如 2025。</p>"))
            #expect(bad.text.contains("aria-describedby=\"year-error\""))
        }
    }

    @Test("the ledger exports the filtered rows as CSV (headed in the page's language) and XLSX")
    func export() async throws {
        try await Harness.run { app in
            let session = try await app.browserSession()
            try await Self.seedLedger(app)
            let expected = try await app.store.problems.page(
                LedgerQuery(region: "650100", severity: .high, excludedIndicators: ["P01", "P02", "P03"]), for: .system)
            let csv = try await get(app, "/evaluation/problems/export?format=csv&region=650100&severity=high", session)
            #expect(csv.status == .ok)
            #expect(csv.headers[.contentType]?.hasPrefix("text/csv") == true)
            let lines = csv.text.split(separator: "\r\n")
            #expect(lines.count == expected.total + 1)
            #expect(lines.first?.contains("编号,区划代码,区划") == true)
            #expect(lines.dropFirst().allSatisfy { $0.contains(",高,") })
            let english = try await get(app, "/evaluation/problems/export?format=csv&region=650100&severity=high&lang=en", session)
            #expect(english.text.split(separator: "\r\n").first?.contains("No.,Region code,Region") == true)
            let xlsx = try await get(app, "/evaluation/problems/export?format=xlsx&severity=low", session)
            #expect(xlsx.status == .ok)
            #expect(Array(xlsx.body.readableBytesView.prefix(2)) == Array("PK".utf8))
            let wrong = try await get(app, "/evaluation/problems/export?format=pdf", session)
            #expect(wrong.status == .badRequest)
        }
    }

    @Test("a refused project form keeps what was typed, shows each error beside its field in Chinese, and writes nothing")
    func refusedProject() async throws {
        try await Harness.run { app in
            let session = try await app.browserSession()
            let before = try await app.store.projects.list(ProjectQuery(), for: .system).total
            let audit = try await app.store.audit.history(entityType: "project", entityID: "1", for: .system).count
            let refused = try await post(
                app, "/projects/new", session,
                [
                    ("code", "XJ-WEB-1"), ("nameZh", ""), ("type", "pocket_park"), ("region", "650102"), ("budgetFiscal", "一百"),
                    ("plannedStart", "2026-13-01"), ("measures", "9, x"), ("unit", "天山区住建局"),
                ])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("value=\"XJ-WEB-1\""))
            #expect(refused.text.contains("value=\"一百\""))
            #expect(refused.text.contains("value=\"天山区住建局\""))
            #expect(refused.text.contains("id=\"nameZh-error\" role=\"alert\"><span aria-hidden=\"true\">✖</span> 此项必填。</p>"))
            #expect(refused.text.contains("id=\"budgetFiscal-error\" role=\"alert\"><span aria-hidden=\"true\">✖</span> 请填写数字，如 1200 或 35.5。</p>"))
            #expect(
                refused.text.contains(
                    "id=\"plannedStart-error\" role=\"alert\"><span aria-hidden=\"true\">✖</span> 请按 YYYY-MM-DD 填写日期，如 2026-03-01。</p>"))
            #expect(refused.text.contains("id=\"measures-error\" role=\"alert\"><span aria-hidden=\"true\">✖</span> "))
            #expect(refused.text.contains("<option value=\"pocket_park\" selected>"))
            // A domain rule of the service (measure 99 does not exist) comes back beside its field too.
            let unknownMeasure = try await post(
                app, "/projects/new", session,
                [("code", "XJ-WEB-1"), ("nameZh", "口袋公园"), ("type", "shelter"), ("region", "650102"), ("measures", "99")])
            #expect(unknownMeasure.status == .unprocessableContent)
            #expect(unknownMeasure.text.contains("id=\"measures-error\" role=\"alert\"><span aria-hidden=\"true\">✖</span> 政策中没有这条措施"))
            #expect(try await app.store.projects.list(ProjectQuery(), for: .system).total == before)
            #expect(try await app.store.audit.history(entityType: "project", entityID: "1", for: .system).count == audit)
        }
    }

    @Test("a planner creates a project with a drawn site, edits it, moves it a stage and reports progress; each step audited")
    func plannerDay() async throws {
        try await Harness.run { app in
            let session = try await app.browserSession()
            let site = #"{"type":"Polygon","coordinates":[[[87.6,43.8],[87.61,43.8],[87.61,43.81],[87.6,43.8]]]}"#
            let created = try await post(
                app, "/projects/new", session,
                [
                    ("code", "XJ-WEB-2"), ("nameZh", "红山口袋公园"), ("type", "shelter"), ("region", "650102"), ("budgetFiscal", "1200"),
                    ("plannedStart", "2026-03-01"), ("plannedEnd", "2026-10-31"), ("measures", "23"), ("site", site),
                ])
            #expect(created.status == .seeOther)
            let location = try #require(created.headers[.location])
            let id = try #require(Int64(location.replacingOccurrences(of: "/projects/", with: "")))
            var project = try #require(try await app.store.projects.get(id, for: .system))
            #expect(project.names[.zhHans] == "红山口袋公园" && project.budget[.fiscal] == 1200 && project.measures == [23])
            #expect(project.area?.polygons.first?.first?.count == 4)
            #expect(project.stage == .reserve)

            let page = try await get(app, location, session)
            #expect(page.text.contains("id=\"stage-form\"") && page.text.contains("id=\"report-form\""))
            let edit = try await get(app, "/projects/\(id)/edit", session)
            #expect(edit.text.contains("value=\"红山口袋公园\""))
            let edited = try await post(
                app, "/projects/\(id)/edit", session,
                [("nameZh", "红山公园应急避难场所"), ("type", "shelter"), ("region", "650102"), ("budgetFiscal", "1500"), ("measures", "23"), ("site", site)])
            #expect(edited.status == .seeOther)
            project = try #require(try await app.store.projects.get(id, for: .system))
            #expect(project.names[.zhHans] == "红山公园应急避难场所" && project.budget[.fiscal] == 1500 && project.code == "XJ-WEB-2")

            let skipped = try await post(app, "/projects/\(id)/stage", session, [("stage", "completed")])
            #expect(skipped.status == .conflict)
            #expect(skipped.text.contains("id=\"stage-error\" role=\"alert\"><span aria-hidden=\"true\">✖</span> 项目每次只能前进或后退一个阶段。</p>"))
            #expect(try await app.store.projects.get(id, for: .system)?.stage == .reserve)
            let moved = try await post(app, "/projects/\(id)/stage", session, [("stage", "preparation")])
            #expect(moved.status == .seeOther)
            #expect(try await app.store.projects.get(id, for: .system)?.stage == .preparation)

            let badReport = try await post(
                app, "/projects/\(id)/reports", session, [("reportedOn", "2026-05-31"), ("percent", "150"), ("narrative", "场地平整")])
            #expect(badReport.status == .unprocessableContent)
            #expect(badReport.text.contains("id=\"percent-error\" role=\"alert\"><span aria-hidden=\"true\">✖</span> 请填写 0 到 100 之间的数。</p>"))
            #expect(badReport.text.contains("value=\"150\"") && badReport.text.contains(">场地平整</textarea>"))
            #expect(try await app.store.progressReports.list(projectID: id, for: .system).isEmpty)
            let report = try await post(
                app, "/projects/\(id)/reports", session, [("reportedOn", "2026-05-31"), ("percent", "30"), ("narrative", "场地平整")])
            #expect(report.status == .seeOther)
            #expect(try await app.store.progressReports.list(projectID: id, for: .system).map(\.percent) == [30])

            let history = try await app.store.audit.history(entityType: "project", entityID: String(id), for: .system).map(\.action)
            #expect(history == ["project.create", "project.update", "project.update", "project.progress"])
        }
    }

    @Test("plans, schemes and tasks are created and moved through forms; bad years are said beside their fields")
    func plans() async throws {
        try await Harness.run { app in
            let session = try await app.browserSession()
            let refused = try await post(
                app, "/plans", session, [("titleZh", "乌鲁木齐城市更新规划"), ("region", "650100"), ("startYear", "二〇二六"), ("endYear", "2030")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("id=\"startYear-error\" role=\"alert\"><span aria-hidden=\"true\">✖</span> 请填写四位年份，如 2026。</p>"))
            #expect(try await app.store.plans.plans(for: .system).isEmpty)
            let created = try await post(
                app, "/plans", session, [("titleZh", "乌鲁木齐城市更新规划"), ("region", "650100"), ("startYear", "2026"), ("endYear", "2030")])
            #expect(created.status == .seeOther)
            let plan = try #require(try await app.store.plans.plans(for: .system).first)
            let scheme = try await post(
                app, "/plans/\(plan.id)/schemes", session,
                [
                    ("measure", "13"), ("titleZh", "完整社区建设方案"), ("taskTitle", "完成社区补短板清单"), ("leadUnit", "市住建局"),
                    ("deadline", "2026-12-31"), ("deliverable", "清单"),
                ])
            #expect(scheme.status == .seeOther)
            let task = try #require(try await app.store.plans.schemes(plan: plan.id, for: .system).first?.tasks.first)
            let moved = try await post(app, "/tasks/\(task.id)/status", session, [("status", "in_progress"), ("plan", String(plan.id))])
            #expect(moved.status == .seeOther)
            #expect(try await app.store.plans.schemes(plan: plan.id, for: .system).first?.tasks.first?.status == .inProgress)
            let page = try await get(app, "/plans/\(plan.id)", session)
            #expect(page.text.contains("完成社区补短板清单") && page.text.contains("进行中"))
        }
    }

    @Test("the library names each project's region instead of showing its code under the name heading")
    func libraryRegionName() async throws {
        try await Harness.run { app in
            let session = try await app.browserSession()
            _ = try await post(app, "/projects/new", session, [("code", "XJ-WEB-3"), ("nameZh", "避难场所"), ("type", "shelter"), ("region", "650102")])
            let library = try await get(app, "/projects?region=650100", session)
            #expect(library.text.contains("<td>天山区 <span class=\"note\">650102</span></td>"))
        }
    }

    @Test("the import page's upload words each problem's place and reason in the page's language, and writes nothing")
    func importInChinese() async throws {
        try await Harness.run { app in
            let session = try await app.browserSession()
            let before = try await app.store.indicatorValues.imports().count
            let response = try await app.request(
                .post, "/evaluation/import?fileName=bad.csv",
                headers: [.cookie: session.cookies, .accept: "application/json", HTTPField.Name("X-CSRF-Token")!: session.csrf],
                body: "region,indicator,period,value\n999999,U01,2025,5\n", contentType: "text/csv")
            #expect(response.status == .badRequest)
            let error = try #require(try response.json()["error"] as? [String: Any])
            #expect((error["message"] as? String)?.hasPrefix("共 1 处问题，未导入任何数据。") == true)
            let details = try response.errorDetails()
            #expect(details.first?["field"] as? String == "第 2 行，“region”列")
            #expect(details.first?["reason"] as? String == "未知的区划代码“999999”")
            #expect(try await app.store.indicatorValues.imports().count == before)
            let page = try await get(app, "/evaluation/import", session)
            #expect(page.text.contains("data-endpoint=\"/evaluation/import\""))
            #expect(!page.text.contains("JavaScript is needed"))
        }
    }
}
