import Foundation
import Hummingbird
import OasisCore
import OasisImport
import OasisServices
import OasisStore

/// Planners at work in the browser: a project created or edited (with its site drawn or uploaded), moved a stage,
/// given a progress report. Each form goes through the same service and store calls as the API, so the same
/// rules and the same audit apply; a refused form comes back with what was typed and each error beside its field.
extension PromotionRoutes {
    func newProjectPage(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.page(context) { context in
            var form = ProjectForm()
            form.region = RequestParameters.text(request, "region")
            return try await projectFormPage(form, project: nil, state: FormState(values: form.values), context: context)
        }
    }

    func editProjectPage(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.page(context) { context in
            let project = try await promotion.view(try RequestParameters.id(context), by: context.principal).project
            let form = ProjectForm(project)
            return try await projectFormPage(form, project: project, state: FormState(values: form.values), context: context)
        }
    }

    func createProjectForm(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let form = try await WebPages.form(ProjectForm.self, request, context)
        try pages.checkCSRF(form.csrf, context)
        return try await pages.page(context) { context in try await saveProjectForm(form, base: nil, context: context) }
    }

    func updateProjectForm(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let form = try await WebPages.form(ProjectForm.self, request, context)
        try pages.checkCSRF(form.csrf, context)
        return try await pages.page(context) { context in
            let project = try await promotion.view(try RequestParameters.id(context), by: context.principal).project
            return try await saveProjectForm(form, base: project, context: context)
        }
    }

    func saveProjectForm(_ form: ProjectForm, base: RenewalProject?, context: OasisRequestContext) async throws -> Response {
        var state = FormState(values: form.values)
        let project = form.project(base: base, into: &state)
        if let candidate = project, base == nil {
            var taken = ProjectQuery(limit: 0)
            taken.code = candidate.code
            if try await store.projects.list(taken, for: .system).total > 0 { state.reject("code", "form_code_taken") }
        }
        if let project, !state.hasErrors {
            do {
                let saved = try await promotion.save([project], by: context.principal)
                return Response.redirect(to: "/projects/\(saved[0].project.id)", type: .normal)
            } catch let error as OasisError where state.accepts(error) || error.kind == .forbidden {
                state.reject(error, fieldOf: ProjectForm.field(ofDetail:), otherField: error.kind == .forbidden ? "region" : nil)
            }
        }
        return try await projectFormPage(form, project: base, state: state, context: context)
    }

    func projectFormPage(_ form: ProjectForm, project: RenewalProject?, state: FormState, context: OasisRequestContext) async throws
        -> Response
    {
        let regions = try await store.regions.list().filter { $0.level <= .county }
        let chosenRegion = form.region ?? project?.region ?? ""
        let chosenType = form.type ?? ""
        let chosenStage = form.stage ?? ProjectStage.reserve.rawValue
        let heading = project.map { t("planner_edit_title", context, $0.code) } ?? t("planner_new_project", context)
        let map = try await siteDrawingMap(region: project?.region ?? chosenRegion, project: project, context: context)
        let regionChoices: [[String: Any]] =
            [["value": "", "label": "—", "selected": chosenRegion.isEmpty]]
            + regions.map {
                [
                    "value": $0.code.rawValue, "label": "\(regionName($0, context)) \($0.code.rawValue)",
                    "selected": $0.code.rawValue == chosenRegion,
                    "lang": $0.nameLanguage(in: context.language).rawValue,
                ]
            }
        let typeChoices: [[String: Any]] =
            [["value": "", "label": "—", "selected": chosenType.isEmpty]]
            + ProjectType.allCases.map {
                ["value": $0.rawValue, "label": t("project_type_\($0.rawValue)", context), "selected": $0.rawValue == chosenType]
            }
        let stageChoices: [[String: Any]] = ProjectStage.allCases.map {
            ["value": $0.rawValue, "label": t("project_stage_\($0.rawValue)", context), "selected": $0.rawValue == chosenStage]
        }
        let data: [String: Any] = [
            "heading": heading, "isNew": project == nil, "action": project.map { "/projects/\($0.id)/edit" } ?? "/projects/new",
            "cancel": project.map { "/projects/\($0.id)" } ?? "/projects",
            "stageName": project.map { t("project_stage_\($0.stage.rawValue)", context) } ?? "",
            "drawingMap": map ?? false, "residential": form.residential != nil, "regions": regionChoices, "types": typeChoices,
            "stages": stageChoices,
        ]
        return pages.render("project-form", title: heading, data: data, form: state, current: "/promotion", context: context)
    }

    /// The map to draw a site on: the region's stored outline, else its urban development boundary; nil without either.
    func siteDrawingMap(region: String, project: RenewalProject?, context: OasisRequestContext) async throws -> String? {
        guard !region.isEmpty else { return nil }
        var outline = try await store.regionAreas.outline(of: region)
        if outline == nil { outline = try await store.boundaries.boundary(for: region) }
        guard let outline else { return nil }
        return SiteDrawingMap(title: t("planner_site_map", context), outline: outline, site: project?.location, area: project?.area).render()
    }

    struct StageForm: Decodable {
        var csrf: String?
        var stage: String?
        var on: String?
    }

    func moveProjectForm(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let form = try await WebPages.form(StageForm.self, request, context)
        try pages.checkCSRF(form.csrf, context)
        return try await pages.page(context) { context in
            let id = try RequestParameters.id(context)
            var state = FormState(values: ["stage": form.stage ?? "", "on": form.on ?? ""])
            let stage = ProjectStage(rawValue: ProjectForm.trimmed(form.stage))
            if stage == nil { state.reject("stage", "form_choice_invalid") }
            let onText = ProjectForm.trimmed(form.on)
            let day = onText.isEmpty ? nil : CalendarDay(onText)
            if !onText.isEmpty, day == nil { state.reject("on", "form_day_invalid") }
            if let stage, !state.hasErrors {
                do {
                    _ = try await promotion.advance(projectID: id, to: stage, on: day?.date, by: context.principal)
                    return Response.redirect(to: "/projects/\(id)", type: .normal)
                } catch let error as OasisError where state.accepts(error) {
                    state.reject(error, fieldOf: { _ in "stage" }, otherField: "stage")
                }
            }
            return try await projectDetail(context, form: state)
        }
    }

    struct ReportForm: Decodable {
        var csrf: String?
        var reportedOn: String?
        var percent: String?
        var narrative: String?
    }

    func addReportForm(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let form = try await WebPages.form(ReportForm.self, request, context)
        try pages.checkCSRF(form.csrf, context)
        return try await pages.page(context) { context in
            let id = try RequestParameters.id(context)
            var state = FormState(values: ["reportedOn": form.reportedOn ?? "", "percent": form.percent ?? "", "narrative": form.narrative ?? ""])
            let dayText = ProjectForm.trimmed(form.reportedOn)
            let day = CalendarDay(dayText)
            if dayText.isEmpty { state.reject("reportedOn", "form_required") } else if day == nil { state.reject("reportedOn", "form_day_invalid") }
            let percentText = ProjectForm.trimmed(form.percent)
            let percent = Double(percentText)
            if percentText.isEmpty {
                state.reject("percent", "form_required")
            } else if percent == nil {
                state.reject("percent", "form_percent_invalid")
            }
            if ProjectForm.trimmed(form.narrative).isEmpty { state.reject("narrative", "form_required") }
            if let day, let percent, !state.hasErrors {
                do {
                    _ = try await store.progressReports.add(
                        ProgressReport(projectID: id, reportedOn: day.date, percent: percent, narrative: ProjectForm.trimmed(form.narrative)),
                        by: context.principal.access(for: .writeProjects))
                    return Response.redirect(to: "/projects/\(id)#progress-reports", type: .normal)
                } catch let error as OasisError where state.accepts(error) {
                    state.reject(error, fieldOf: { ["reportedOn", "percent", "narrative"].contains($0) ? $0 : nil })
                }
            }
            return try await projectDetail(context, form: state)
        }
    }

    func siteDrawingScript(_ request: Request, _ context: OasisRequestContext) -> Response {
        WebShellRoutes.asset(SiteDrawingScript.js, type: "text/javascript; charset=utf-8")
    }
}
