import Foundation
import HTTPTypes
import HummingbirdTesting
import OasisCore
import OasisStore
import OasisTestSupport
import Testing

/// Plans, schemes and tasks changed after they were created, and tasks added to a scheme: over the API on both
/// stores and through the planners' forms. Expected values are the ones typed in; refusals name the field.
@Suite("Plans, schemes and tasks are edited and tasks added, over the API and in the browser, each change audited")
struct PlanEditTests {
    /// A plan of Urumqi 2026–2030 with a scheme for measure 13 and one task.
    static func seed(_ app: Harness) async throws -> (plan: PromotionPlan, scheme: ImplementationScheme) {
        let plan = try await app.store.plans.create(
            PromotionPlan(region: "650100", policyID: Policy.builtInID, titleZh: "乌鲁木齐城市更新规划", titleEn: "", startYear: 2026, endYear: 2030),
            by: .system)
        let task = SchemeTask(
            titleZh: "完成社区补短板清单", leadUnit: "市住建局", deadline: CalendarDay("2026-12-31")!.date, deliverable: "清单")
        let scheme = try await app.store.plans.createScheme(
            ImplementationScheme(planID: plan.id, measure: 13, region: "650100", titleZh: "完整社区建设方案", tasks: [task]), by: .system)
        return (plan, scheme)
    }

    @Test("the API changes a plan, a scheme and a task, adds a task, refuses bad values naming the field", arguments: TestStoreKind.available)
    func api(_ kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let (plan, scheme) = try await Self.seed(app)
            let token = app.analystToken
            let planBody = #"{"region": "650100", "titleZh": "乌鲁木齐城市更新规划（修订）", "titleEn": "Urumqi renewal plan", "startYear": 2026, "endYear": 2035}"#
            let updated = try await app.request(.put, "/api/v1/plans/\(plan.id)", token: token, json: planBody)
            #expect(updated.status == .ok)
            let stored = try #require(try await app.store.plans.plan(plan.id, for: .system))
            #expect(stored.titleZh == "乌鲁木齐城市更新规划（修订）" && stored.titleEn == "Urumqi renewal plan" && stored.endYear == 2035)
            #expect(stored.region == "650100" && stored.policyID == Policy.builtInID)

            let backwards = try await app.request(
                .put, "/api/v1/plans/\(plan.id)", token: token, json: #"{"region": "650100", "titleZh": "x", "startYear": 2030, "endYear": 2026}"#)
            #expect(backwards.status == .badRequest)
            #expect(try backwards.errorDetails().contains { $0["field"] as? String == "endYear" })
            #expect(try await app.store.plans.plan(plan.id, for: .system)?.endYear == 2035)

            let unknown = try await app.request(.put, "/api/v1/plans/999999", token: token, json: planBody)
            #expect(unknown.status == .notFound)

            let measure = try await app.request(
                .put, "/api/v1/schemes/\(scheme.id)", token: token, json: #"{"region": "650100", "measure": 999, "titleZh": "方案"}"#)
            #expect(measure.status == .badRequest)
            #expect(try measure.errorDetails().contains { $0["field"] as? String == "measure" })
            let renamed = try await app.request(
                .put, "/api/v1/schemes/\(scheme.id)", token: token, json: #"{"region": "650100", "measure": 14, "titleZh": "完整社区建设实施方案"}"#)
            #expect(renamed.status == .ok)
            let schemeAfter = try #require(try await app.store.plans.scheme(scheme.id, for: .system))
            #expect(schemeAfter.measure == 14 && schemeAfter.titleZh == "完整社区建设实施方案" && schemeAfter.tasks.count == 1)

            let noUnit = try await app.request(
                .post, "/api/v1/schemes/\(scheme.id)/tasks", token: token,
                json: #"{"titleZh": "编制社区设施清单", "leadUnit": "", "deadline": "2027-06-30", "deliverable": "清单"}"#)
            #expect(noUnit.status == .badRequest)
            #expect(try noUnit.errorDetails().contains { $0["field"] as? String == "leadUnit" })
            let added = try await app.request(
                .post, "/api/v1/schemes/\(scheme.id)/tasks", token: token,
                json: #"{"titleZh": "编制社区设施清单", "leadUnit": "市民政局", "deadline": "2027-06-30", "deliverable": "清单", "status": "done"}"#)
            #expect(added.status == .created)
            let tasks = try #require(try await app.store.plans.scheme(scheme.id, for: .system)?.tasks)
            #expect(tasks.count == 2)
            let newTask = try #require(tasks.first { $0.titleZh == "编制社区设施清单" })
            #expect(newTask.status == .planned && newTask.leadUnit == "市民政局")

            let first = try #require(tasks.first { $0.titleZh == "完成社区补短板清单" })
            _ = try await app.store.plans.setTaskStatus(first.id, to: .inProgress, doneOn: nil, by: .system)
            let changed = try await app.request(
                .put, "/api/v1/tasks/\(first.id)", token: token,
                json:
                    #"{"titleZh": "完成社区补短板清单", "leadUnit": "天山区住建局", "coUnits": ["市民政局"], "deadline": "2027-03-31", "deliverable": "清单和台账", "status": "cancelled"}"#
            )
            #expect(changed.status == .ok)
            let after = try #require(try await app.store.plans.task(first.id, for: .system)?.task)
            #expect(after.leadUnit == "天山区住建局" && after.coUnits == ["市民政局"] && after.deliverable == "清单和台账")
            #expect(CalendarDay(date: after.deadline).description == "2027-03-31")
            #expect(after.status == .inProgress)

            #expect(
                try await app.store.audit.history(entityType: "plan", entityID: String(plan.id), for: .system).map(\.action).contains("plan.update"))
            #expect(
                try await app.store.audit.history(entityType: "scheme", entityID: String(scheme.id), for: .system).map(\.action).contains(
                    "scheme.update"))
            #expect(
                try await app.store.audit.history(entityType: "task", entityID: String(newTask.id), for: .system).map(\.action) == ["task.create"])
            #expect(
                try await app.store.audit.history(entityType: "task", entityID: String(first.id), for: .system).map(\.action).contains("task.update"))
        }
    }

    @Test("a planner edits a plan, a scheme and a task and adds a task in the browser; a refused form keeps the typed values beside the error")
    func forms() async throws {
        try await Harness.run { app in
            let (plan, scheme) = try await Self.seed(app)
            let session = try await app.browserSession()
            let headers: HTTPFields = [.cookie: session.cookies, .accept: "text/html"]

            let planPage = try await app.request(.get, "/plans/\(plan.id)", headers: headers)
            #expect(planPage.text.contains("href=\"/plans/\(plan.id)/edit\""))
            #expect(
                planPage.text.contains("href=\"/schemes/\(scheme.id)/edit\"") && planPage.text.contains("href=\"/schemes/\(scheme.id)/tasks/new\""))
            let editPage = try await app.request(.get, "/plans/\(plan.id)/edit", headers: headers)
            #expect(editPage.status == .ok && editPage.text.contains("value=\"乌鲁木齐城市更新规划\""))

            let backwards = try await app.postForm(
                "/plans/\(plan.id)/edit", session, [("titleZh", "新标题"), ("titleEn", ""), ("startYear", "2030"), ("endYear", "2026")])
            #expect(backwards.status == .unprocessableContent)
            #expect(backwards.text.contains("id=\"endYear-error\""))
            #expect(backwards.text.contains("value=\"新标题\""))
            #expect(try await app.store.plans.plan(plan.id, for: .system)?.titleZh == "乌鲁木齐城市更新规划")
            let saved = try await app.postForm(
                "/plans/\(plan.id)/edit", session, [("titleZh", "新标题"), ("titleEn", "New title"), ("startYear", "2026"), ("endYear", "2032")])
            #expect(saved.status == .seeOther)
            #expect(try await app.store.plans.plan(plan.id, for: .system)?.endYear == 2032)

            let badMeasure = try await app.postForm("/schemes/\(scheme.id)/edit", session, [("measure", "999"), ("titleZh", "方案"), ("titleEn", "")])
            #expect(badMeasure.status == .unprocessableContent && badMeasure.text.contains("id=\"measure-error\""))
            let renamed = try await app.postForm("/schemes/\(scheme.id)/edit", session, [("measure", "14"), ("titleZh", "方案二"), ("titleEn", "")])
            #expect(renamed.status == .seeOther)
            #expect(try await app.store.plans.scheme(scheme.id, for: .system)?.measure == 14)

            let noDeliverable = try await app.postForm(
                "/schemes/\(scheme.id)/tasks/new", session,
                [
                    ("taskTitle", "编制设施清单"), ("taskTitleEn", ""), ("leadUnit", "市民政局"), ("coUnits", ""), ("deadline", "2027-06-30"),
                    ("deliverable", ""),
                ])
            #expect(noDeliverable.status == .unprocessableContent && noDeliverable.text.contains("id=\"deliverable-error\""))
            #expect(noDeliverable.text.contains("value=\"编制设施清单\""))
            let added = try await app.postForm(
                "/schemes/\(scheme.id)/tasks/new", session,
                [
                    ("taskTitle", "编制设施清单"), ("taskTitleEn", ""), ("leadUnit", "市民政局"), ("coUnits", "天山区、沙依巴克区"), ("deadline", "2027-06-30"),
                    ("deliverable", "清单"),
                ])
            #expect(added.status == .seeOther)
            let task = try #require(try await app.store.plans.scheme(scheme.id, for: .system)?.tasks.first { $0.titleZh == "编制设施清单" })
            #expect(task.coUnits == ["天山区", "沙依巴克区"])

            let taskPage = try await app.request(.get, "/tasks/\(task.id)/edit", headers: headers)
            #expect(taskPage.status == .ok && taskPage.text.contains("value=\"天山区、沙依巴克区\""))
            let badDay = try await app.postForm(
                "/tasks/\(task.id)/edit", session,
                [
                    ("taskTitle", "编制设施清单"), ("taskTitleEn", ""), ("leadUnit", "市民政局"), ("coUnits", ""), ("deadline", "2027-13-40"),
                    ("deliverable", "清单"),
                ])
            #expect(badDay.status == .unprocessableContent && badDay.text.contains("id=\"deadline-error\""))
            let moved = try await app.postForm(
                "/tasks/\(task.id)/edit", session,
                [
                    ("taskTitle", "编制设施清单"), ("taskTitleEn", ""), ("leadUnit", "市住建局"), ("coUnits", ""), ("deadline", "2027-09-30"),
                    ("deliverable", "清单"),
                ])
            #expect(moved.status == .seeOther)
            let after = try #require(try await app.store.plans.task(task.id, for: .system)?.task)
            #expect(after.leadUnit == "市住建局" && CalendarDay(date: after.deadline).description == "2027-09-30" && after.coUnits.isEmpty)
        }
    }
}
