import Foundation
import Hummingbird
import OasisCore
import OasisServices
import OasisStore

/// The promotion pages: each measure's status with delays by unit, the project library, and one project with
/// its flags, site map, milestones and progress reports.
extension PromotionRoutes {
    func overviewPage(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.page(context) { context in try await overview(request, context) }
    }

    func libraryPage(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.page(context) { context in try await library(request, context) }
    }

    func projectPage(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.page(context) { context in try await projectDetail(context, form: FormState()) }
    }

    func t(_ key: String, _ context: OasisRequestContext, _ arguments: String...) -> String {
        pages.text(key, context, arguments: arguments)
    }

    func regionName(_ region: Region, _ context: OasisRequestContext) -> String { region.name(in: context.language) }

    func overview(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let requested = try RequestParameters.region(request)
        let status = try await promotion.measureStatus(region: requested, by: context.principal)
        let delays = try await promotion.delays(region: status.region, by: context.principal)
        let choices = try await store.regions.list(level: .province) + (try await store.regions.list(level: .prefecture))
        let measures: [[String: Any]] = status.measures.map { measure in
            [
                "number": measure.measure, "title": measure.titles.text(in: context.language), "region": status.region,
                "tasks": "\(measure.tasksDone)/\(measure.tasks)", "projects": NumberFormat.integer(measure.projects),
                "budget": NumberFormat.whole(measure.budget), "actual": NumberFormat.whole(measure.actualInvestment),
                "progress": measure.meanProgress.map { SVG.number($0, decimals: 0) + " %" } ?? "—", "late": measure.lateProjects,
                "rowClass": measure.lateProjects + measure.tasksOverdue > 0 ? "fail" : "",
            ]
        }
        let bars = status.measures.filter { $0.projects > 0 }.map {
            BarChart.Bar(
                label: t("promo_measure_number", context, String($0.measure)), value: $0.meanProgress, note: "(\($0.projects))",
                hatched: $0.lateProjects > 0)
        }
        let units = delays.byUnit.filter(\.hasDelays).prefix(30).map { group -> [String: Any] in
            [
                "key": group.key, "tasks": group.tasks, "overdueTasks": group.overdueTasks, "projects": group.projects,
                "lateProjects": group.lateProjects,
                "overdueMilestones": group.overdueMilestones, "costOverruns": group.costOverruns,
            ]
        }
        let projectCount = try await store.projects.list(
            ProjectQuery(region: status.region, limit: 0), for: context.principal.access(for: .readProjects)
        ).total
        let data: [String: Any] = [
            "region": status.region, "lang": context.language.rawValue,
            "regions": choices.map {
                [
                    "code": $0.code.rawValue, "name": regionName($0, context), "selected": $0.code.rawValue == status.region,
                    "nameLang": $0.nameLanguage(in: context.language).rawValue,
                ]
            },
            "projects": NumberFormat.integer(projectCount), "late": NumberFormat.integer(status.measures.reduce(0) { $0 + $1.lateProjects }),
            "overdueTasks": NumberFormat.integer(status.measures.reduce(0) { $0 + $1.tasksOverdue }), "measures": measures,
            "chart": bars.isEmpty
                ? ""
                : BarChart(
                    title: t("promo_chart_progress", context), bars: bars, unit: "%", source: t("promo_chart_progress_note", context),
                    rightToLeft: context.language.dir == "rtl"
                ).render(),
            "units": units, "hasUnits": !units.isEmpty,
        ]
        return pages.render("promotion", title: t("promo_title", context), data: data, current: "/promotion", context: context)
    }

    func library(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        var query = try Self.query(request)
        query.limit = 50
        let region = query.region ?? "650000"
        query.region = region
        let page = try await store.projects.list(query, for: context.principal.access(for: .readProjects))
        let views = try await promotion.views(page.items)
        let regionNames = Dictionary(
            try await store.regions.list().map { ($0.code.rawValue, regionName($0, context)) }, uniquingKeysWith: { first, _ in first })
        let rows: [[String: Any]] = views.map { view in
            let project = view.project
            return [
                "id": project.id, "code": project.code,
                "name": project.name(in: context.language), "nameLang": project.nameLanguage(in: context.language).rawValue,
                "type": t("project_type_\(project.type.rawValue)", context),
                "region": regionNames[project.region] ?? project.region, "regionCode": project.region,
                "stage": t("project_stage_\(project.stage.rawValue)", context),
                "budget": NumberFormat.whole(project.totalBudget), "progress": project.progress.map { SVG.number($0, decimals: 0) + " %" } ?? "—",
                "flags": view.flags.map { t("flag_\($0.kind.rawValue)", context) }.joined(separator: "、"),
                "rowClass": view.flags.isEmpty ? "" : "fail",
            ]
        }
        func link(offset: Int) -> String {
            var parts = ["region=\(region)", "offset=\(offset)"]
            if let stage = query.stage { parts.append("stage=\(stage.rawValue)") }
            if let measure = query.measure { parts.append("measure=\(measure)") }
            return "/projects?" + parts.joined(separator: "&")
        }
        let data: [String: Any] = [
            "region": region, "measure": query.measure.map { $0 as Any } ?? false, "projects": rows,
            "canWrite": context.principal.can(.writeProjects),
            "stages": ProjectStage.allCases.map {
                ["value": $0.rawValue, "label": t("project_stage_\($0.rawValue)", context), "selected": $0 == query.stage]
            },
            "summary": t(
                "promo_list_summary", context, NumberFormat.integer(page.total), String(page.total == 0 ? 0 : query.offset + 1),
                String(query.offset + rows.count)),
            "previous": query.offset > 0 ? link(offset: max(0, query.offset - 50)) : false,
            "next": query.offset + rows.count < page.total ? link(offset: query.offset + 50) : false,
        ]
        return pages.render("projects", title: t("promo_library", context), data: data, current: "/promotion", context: context)
    }

    /// One project; `form` carries a refused stage or report form's typed values and errors.
    func projectDetail(_ context: OasisRequestContext, form: FormState) async throws -> Response {
        let view = try await promotion.view(try RequestParameters.id(context), by: context.principal)
        let project = view.project
        let region = try await store.regions.get(try RegionCode(project.region))
        let problems = try await store.problems.problems(ids: project.citedProblems, for: .system)
        let framework = try await store.frameworks.activeOrBuiltIn()
        let reports = try await store.progressReports.list(projectID: project.id, for: context.principal.access(for: .readProjects))
        let day = { (date: Date?) in date.map { CalendarDay(date: $0).description } ?? "—" }
        let boundary = try await store.boundaries.boundary(for: project.region)
        let map = SiteMap(
            title: t("promo_site_map", context), boundary: boundary, site: project.location, area: project.area,
            outside: view.flags.contains { $0.kind == .outsideBoundary }
        ).render()
        let now = store.clock.now()
        let comma = context.language == .zhHans ? "，" : ", "
        let semicolon = context.language == .zhHans ? "；" : "; "
        let stageMoves = ProjectStage.allCases.filter { project.stage.canMove(to: $0) }.sorted { $0 > $1 }
        let data: [String: Any] = [
            "id": project.id, "canWrite": context.principal.can(.writeProjects), "hasStageMoves": !stageMoves.isEmpty,
            "stageMoves": stageMoves.map { ["value": $0.rawValue, "label": t("project_stage_\($0.rawValue)", context), "selected": false] },
            "code": project.code, "name": project.name(in: context.language),
            "nameLang": project.nameLanguage(in: context.language).rawValue,
            "flags": view.flags.map {
                ["label": t("flag_\($0.kind.rawValue)", context), "detail": $0.detail(in: context.language, catalogue: catalogue)]
            },
            "type": t("project_type_\(project.type.rawValue)", context), "region": project.region,
            "regionName": region.map { regionName($0, context) } ?? project.region,
            "unit": project.unit ?? "—", "stage": t("project_stage_\(project.stage.rawValue)", context),
            "progress": project.progress.map { SVG.number($0, decimals: 0) + " % (\(day(project.progressOn)))" } ?? "—",
            "budget": FundingSource.allCases.compactMap { source in
                project.budget[source].map { "\(t("funding_\(source.rawValue)", context)) \(NumberFormat.whole($0))" }
            }
            .joined(separator: comma),
            "actual": project.actualInvestment.keys.sorted().map { "\($0): \(NumberFormat.whole(project.actualInvestment[$0] ?? 0))" }.joined(
                separator: comma),
            "dates": "\(day(project.plannedStart)) – \(day(project.plannedEnd)) / \(day(project.actualEnd))",
            "measures": project.measures.map { "(\($0))" }.joined(separator: " "),
            "problems": problems.isEmpty
                ? "—"
                : problems.map { problem in
                    "\(framework.indicator(problem.indicator)?.name(in: context.language) ?? problem.indicator) (\(problem.region), \(problem.firstPeriod)) — \(t("problem_status_\(problem.status.rawValue)", context))"
                }.joined(separator: semicolon),
            "map": map ?? false,
            "milestones": project.milestones.map {
                ["name": $0.name, "due": day($0.due), "done": day($0.done), "rowClass": $0.isOverdue(at: now) ? "fail" : ""]
            },
            "reports": reports.map { report -> [String: Any] in
                [
                    "day": day(report.reportedOn), "percent": SVG.number(report.percent, decimals: 0) + " %", "narrative": report.narrative,
                    "by": report.reportedBy,
                    "photos": report.photos.isEmpty ? false : report.photos.map(\.fileName).joined(separator: ", "),
                ]
            },
        ]
        return pages.render(
            "project", title: "\(project.code) \(project.name(in: context.language))", data: data, form: form, current: "/promotion",
            context: context)
    }
}
