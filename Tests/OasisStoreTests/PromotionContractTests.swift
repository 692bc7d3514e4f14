import Foundation
import OasisCore
import OasisStore
import OasisTestSupport
import Testing

@Suite("Promotion contract: plans, schemes, the project library, progress and status views")
struct PromotionContractTests {
    static let today = CalendarDay(year: 2026, month: 6, day: 1).date
    static func day(_ text: String) -> Date { CalendarDay(text)!.date }

    static func project(
        _ code: String, region: String = "650102", type: ProjectType = .oldNeighbourhoodRenovation, stage: ProjectStage = .underConstruction,
        measures: [Int] = [13], unit: String = "天山区住建局"
    ) -> RenewalProject {
        RenewalProject(
            code: code, nameZh: "项目\(code)", nameEn: "Project \(code)", type: type, region: region, unit: unit, stage: stage,
            budget: [.fiscal: 600, .specialBonds: 400], plannedInvestment: [2025: 500, 2026: 500], actualInvestment: [2025: 450],
            plannedStart: day("2025-03-01"), plannedEnd: day("2026-10-31"),
            milestones: [
                ProjectMilestone(name: "开工", due: day("2025-04-01"), done: day("2025-03-28")), ProjectMilestone(name: "主体完工", due: day("2026-05-01")),
            ],
            measures: measures, risks: [ProjectRisk(description: "居民搬迁", level: .medium)])
    }

    static func withStore(_ kind: TestStoreKind, _ body: (Store) async throws -> Void) async throws {
        try await TestStore.with(kind, clock: ManualClock(today)) { store in
            _ = try await store.regions.upsert(Fixtures.xinjiangSample, by: .system)
            try await body(store)
        }
    }

    @Test("projects round-trip with their links, update by code, and stay inside the writer's and reader's scope", arguments: TestStoreKind.available)
    func libraryRoundTrip(kind: TestStoreKind) async throws {
        try await Self.withStore(kind) { store in
            let saved = try await store.projects.save(
                [Self.project("TS-001"), Self.project("KS-001", region: "653101", measures: [13, 14])], by: .system)
            #expect(saved.allSatisfy { $0.before == nil && $0.after.id > 0 })
            let id = try #require(saved.first { $0.after.code == "TS-001" }?.after.id)
            let loaded = try #require(try await store.projects.get(id, for: .system))
            #expect(loaded.budget == [.fiscal: 600, .specialBonds: 400])
            #expect(loaded.plannedInvestment == [2025: 500, 2026: 500])
            #expect(loaded.milestones.count == 2)
            #expect(loaded.milestones[0].done == Self.day("2025-03-28"))
            #expect(loaded.plannedEnd == Self.day("2026-10-31"))
            #expect(loaded.risks.first?.level == .medium)
            #expect(loaded.measures == [13])

            var changed = loaded
            changed.measures = [13, 16]
            changed.stage = .completed
            changed.actualEnd = Self.day("2026-05-20")
            let update = try await store.projects.save([changed], by: .system)
            #expect(update.first?.before?.stage == .underConstruction)
            #expect(update.first?.after.id == id)
            #expect(try await store.projects.get(id, for: .system)?.measures == [13, 16])

            let measure14 = try await store.projects.list(ProjectQuery(measure: 14), for: .system)
            #expect(measure14.items.map(\.code) == ["KS-001"])
            let underKashgar = try await store.projects.list(ProjectQuery(region: "653100"), for: .system)
            #expect(underKashgar.total == 1)

            let kashgarAnalyst = Principal(user: try await Fixtures.user(store, "ks-analyst", role: .analyst, regions: ["653100"]))
            let visible = try await store.projects.list(ProjectQuery(), for: kashgarAnalyst.access(for: .readProjects))
            #expect(visible.items.map(\.code) == ["KS-001"])
            #expect(try await store.projects.get(id, for: kashgarAnalyst.access(for: .readProjects)) == nil)
            await #expect(throws: OasisError.self) {
                try await store.projects.save([Self.project("TS-002")], by: kashgarAnalyst.access(for: .writeProjects))
            }
            let citizen = Principal(user: try await Fixtures.user(store, "citizen", role: .citizen))
            #expect { try citizen.access(for: .readProjects) } throws: { ($0 as? OasisError)?.kind == .forbidden }

            let events = try await store.audit.recent(limit: 10, for: .system)
            #expect(events.filter { $0.entityType == "project" }.count == 3)
        }
    }

    @Test("a batch with a duplicate code or an unknown region writes nothing", arguments: TestStoreKind.available)
    func allOrNothing(kind: TestStoreKind) async throws {
        try await Self.withStore(kind) { store in
            await #expect { try await store.projects.save([Self.project("A"), Self.project("A")], by: .system) } throws: {
                ($0 as? OasisError)?.code == "project_code_duplicate"
            }
            await #expect(throws: OasisError.self) {
                try await store.projects.save([Self.project("B"), Self.project("C", region: "659999")], by: .system)
            }
            let total = try await store.projects.list(ProjectQuery(), for: .system).total
            #expect(total == 0)
        }
    }

    @Test("progress reports keep the project's latest progress; a bad report is refused", arguments: TestStoreKind.available)
    func progress(kind: TestStoreKind) async throws {
        try await Self.withStore(kind) { store in
            let id = try await store.projects.save([Self.project("TS-001")], by: .system)[0].after.id
            _ = try await store.progressReports.add(
                ProgressReport(projectID: id, reportedOn: Self.day("2026-04-30"), percent: 60, narrative: "主体结构完成"), by: .system)
            _ = try await store.progressReports.add(
                ProgressReport(
                    projectID: id, reportedOn: Self.day("2026-03-31"), percent: 40, narrative: "管网施工",
                    photos: [PhotoMetadata(fileName: "site-0331.jpg", location: GeoPoint(longitude: 87.6, latitude: 43.8))]),
                by: .system)
            let project = try #require(try await store.projects.get(id, for: .system))
            #expect(project.progress == 60)
            #expect(project.progressOn == Self.day("2026-04-30"))
            let reports = try await store.progressReports.list(projectID: id, for: .system)
            #expect(reports.map(\.percent) == [60, 40])
            #expect(reports[1].photos.first?.fileName == "site-0331.jpg")
            await #expect {
                try await store.progressReports.add(ProgressReport(projectID: id, reportedOn: Self.today, percent: 120, narrative: ""), by: .system)
            } throws: {
                ($0 as? OasisError)?.details.map(\.field) == ["percent", "narrative"]
            }
            await #expect {
                try await store.progressReports.add(ProgressReport(projectID: 9_999, reportedOn: Self.today, percent: 1, narrative: "x"), by: .system)
            } throws: {
                ($0 as? OasisError)?.kind == .notFound
            }
            #expect(
                try await store.progressReports.count(region: "650100", from: Self.day("2026-01-01"), to: Self.day("2026-12-31"), for: .system) == 2)
            #expect(
                try await store.progressReports.count(region: "653100", from: Self.day("2026-01-01"), to: Self.day("2026-12-31"), for: .system) == 0)
        }
    }

    @Test("plans break into schemes and tasks; tasks move along and refuse a move from a closed state", arguments: TestStoreKind.available)
    func plansAndTasks(kind: TestStoreKind) async throws {
        try await Self.withStore(kind) { store in
            await #expect {
                try await store.plans.create(
                    PromotionPlan(region: "650100", policyID: Policy.builtInID, titleZh: "", titleEn: "", startYear: 2026, endYear: 2025), by: .system
                )
            } throws: {
                Set(($0 as? OasisError)?.details.compactMap(\.field) ?? []) == ["titleZh", "endYear"]
            }
            let plan = try await store.plans.create(
                PromotionPlan(
                    region: "650100", policyID: Policy.builtInID, titleZh: "乌鲁木齐城市更新规划", titleEn: "Urumqi renewal plan",
                    startYear: 2025, endYear: 2030,
                    goals: [PlanGoal(textZh: "常住人口城镇化率", textEn: "Urbanisation", indicator: "P03", target: 80, year: 2030)]),
                by: .system)
            let scheme = try await store.plans.createScheme(
                ImplementationScheme(
                    planID: plan.id, measure: 13, region: "650100", titleZh: "完整社区建设方案",
                    tasks: [
                        SchemeTask(titleZh: "完成社区普查", leadUnit: "市住建局", coUnits: ["市民政局"], deadline: Self.day("2026-03-31"), deliverable: "普查报告"),
                        SchemeTask(titleZh: "制定改造计划", leadUnit: "市住建局", deadline: Self.day("2026-12-31"), deliverable: "年度计划"),
                    ]), by: .system)
            #expect(scheme.tasks.allSatisfy { $0.id > 0 && $0.schemeID == scheme.id })
            let survey = scheme.tasks[0]
            #expect(survey.isOverdue(at: Self.today))
            await #expect { try await store.plans.setTaskStatus(survey.id, to: .done, doneOn: nil, by: .system) } throws: {
                ($0 as? OasisError)?.code == "done_on_required"
            }
            let done = try await store.plans.setTaskStatus(survey.id, to: .done, doneOn: Self.day("2026-04-10"), by: .system)
            #expect(done.status == .done)
            await #expect { try await store.plans.setTaskStatus(survey.id, to: .inProgress, doneOn: nil, by: .system) } throws: {
                ($0 as? OasisError)?.code == "invalid_transition"
            }
            let schemes = try await store.plans.schemes(plan: plan.id, for: .system)
            #expect(schemes.first?.tasks.map(\.titleZh) == ["完成社区普查", "制定改造计划"])
            #expect(try await store.plans.plan(plan.id, for: .system)?.goals.first?.target == 80)
        }
    }

    @Test("measure status and delays aggregate tasks, stages, money, progress and lateness", arguments: TestStoreKind.available)
    func statusViews(kind: TestStoreKind) async throws {
        try await Self.withStore(kind) { store in
            let plan = try await store.plans.create(
                PromotionPlan(region: "650100", policyID: Policy.builtInID, titleZh: "规划", titleEn: "Plan", startYear: 2025, endYear: 2030),
                by: .system)
            _ = try await store.plans.createScheme(
                ImplementationScheme(
                    planID: plan.id, measure: 13, region: "650102", titleZh: "方案",
                    tasks: [
                        SchemeTask(titleZh: "逾期任务", leadUnit: "天山区住建局", deadline: Self.day("2026-03-31"), deliverable: "报告"),
                        SchemeTask(titleZh: "按期任务", leadUnit: "天山区住建局", deadline: Self.day("2026-12-31"), deliverable: "报告"),
                    ]), by: .system)
            var late = Self.project("LATE")
            late.plannedEnd = Self.day("2026-01-31")
            var over = Self.project("OVER", measures: [13, 14])
            over.actualInvestment = [2025: 900, 2026: 300]
            let done = Self.project("DONE", stage: .completed, measures: [14])
            let saved = try await store.projects.save([late, over, done, Self.project("OK", region: "653101", unit: "喀什市住建局")], by: .system)
            let lateID = try #require(saved.first { $0.after.code == "LATE" }?.after.id)
            _ = try await store.progressReports.add(
                ProgressReport(projectID: lateID, reportedOn: Self.day("2026-05-01"), percent: 80, narrative: "收尾"), by: .system)

            let statuses = try await store.promotionStatus.measures(policyID: Policy.builtInID, region: nil, today: Self.today, for: .system)
            let m13 = try #require(statuses[13])
            #expect(m13.projects == 3)
            #expect(m13.projectsByStage == ["under_construction": 3])
            #expect(m13.budget == 3_000)
            #expect(m13.actualInvestment == 450 + 1_200 + 450)
            #expect(m13.lateProjects == 1)
            #expect(m13.meanProgress == 80)
            #expect(m13.tasks == 2)
            #expect(m13.tasksOverdue == 1)
            let m14 = try #require(statuses[14])
            #expect(m14.projectsByStage == ["under_construction": 1, "completed": 1])
            let tianshanOnly = try await store.promotionStatus.measures(policyID: Policy.builtInID, region: "653100", today: Self.today, for: .system)
            #expect(tianshanOnly[13]?.projects == 1)
            #expect(tianshanOnly[13]?.tasks == nil || tianshanOnly[13]?.tasks == 0)

            let delays = try await store.promotionStatus.delays(region: nil, today: Self.today, for: .system)
            let tianshan = try #require(delays.byUnit.first { $0.key == "天山区住建局" })
            #expect(tianshan.projects == 3)
            #expect(tianshan.lateProjects == 1)
            #expect(tianshan.costOverruns == 1)
            // Each of the three Tianshan projects has the milestone "主体完工" due 2026-05-01 and not done.
            #expect(tianshan.overdueMilestones == 3)
            #expect(tianshan.overdueTasks == 1)
            #expect(delays.byUnit.first?.key == "天山区住建局")
            let kashgar = try #require(delays.byRegion.first { $0.key == "653101" })
            #expect(kashgar.projects == 1)
            #expect(kashgar.lateProjects == 0)
        }
    }

    @Test("a region's boundary applies to its subdivisions unless they have their own", arguments: TestStoreKind.available)
    func boundaries(kind: TestStoreKind) async throws {
        try await Self.withStore(kind) { store in
            let square = BoundaryArea(polygons: [
                [
                    [
                        GeoPoint(longitude: 87, latitude: 43), GeoPoint(longitude: 88, latitude: 43), GeoPoint(longitude: 88, latitude: 44),
                        GeoPoint(longitude: 87, latitude: 44), GeoPoint(longitude: 87, latitude: 43),
                    ]
                ]
            ])
            try await store.boundaries.save(region: "650100", name: "乌鲁木齐城镇开发边界", area: square, by: .system)
            #expect(try await store.boundaries.boundary(for: "650102") == square)
            #expect(try await store.boundaries.boundary(for: "653101") == nil)
            #expect(try await store.boundaries.list().map(\.name) == ["乌鲁木齐城镇开发边界"])
        }
    }

    @Test("the measure rollups kept on every save and report equal a rebuild from the library", arguments: TestStoreKind.available)
    func rollupsMatchRebuild(kind: TestStoreKind) async throws {
        try await Self.withStore(kind) { store in
            var first = Self.project("R-1", measures: [9, 13])
            let saved = try await store.projects.save(
                [
                    first, Self.project("R-2", region: "653101", stage: .preparation, measures: [13]),
                    Self.project("R-3", stage: .completed, measures: [14]),
                ], by: .system)
            first.id = saved[0].after.id
            _ = try await store.progressReports.add(
                ProgressReport(projectID: first.id, reportedOn: Self.day("2026-02-01"), percent: 30, narrative: "a"), by: .system)
            _ = try await store.progressReports.add(
                ProgressReport(projectID: first.id, reportedOn: Self.day("2026-03-01"), percent: 55, narrative: "b"), by: .system)
            first.measures = [13, 16]
            first.stage = .completed
            first.actualEnd = Self.day("2026-11-30")
            first.budget = [.fiscal: 2_000]
            _ = try await store.projects.save([first], by: .system)
            let query =
                "SELECT policy_id, measure, region_code, stage, planned_end, projects, budget, actual, progress_sum, progress_n, finished_late, open_unfinished FROM measure_rollups ORDER BY measure, region_code, stage, planned_end"
            let kept = try await store.database.query(query).map { $0.values.map(\.description) }
            try await store.database.transaction { tx in try await MeasureRollup.rebuild(on: tx) }
            let rebuilt = try await store.database.query(query).map { $0.values.map(\.description) }
            #expect(kept == rebuilt)
            #expect(kept.count == 4)
        }
    }
}
