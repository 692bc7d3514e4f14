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
            return try await projectFormPage(form, project: nil, errors: FormErrors(), context: context)
        }
    }

    func editProjectPage(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.page(context) { context in
            let project = try await promotion.view(try RequestParameters.id(context), by: context.principal).project
            return try await projectFormPage(ProjectForm(project), project: project, errors: FormErrors(), context: context)
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
        var (project, errors) = form.project(base: base, language: context.language, catalogue: catalogue)
        if let candidate = project, base == nil {
            var taken = ProjectQuery(limit: 0)
            taken.code = candidate.code
            if try await store.projects.list(taken, for: .system).total > 0 { errors.add("code", t("form_code_taken", context)) }
        }
        if let project, errors.isEmpty {
            do {
                let saved = try await promotion.save([project], by: context.principal)
                return Response.redirect(to: "/projects/\(saved[0].project.id)", type: .normal)
            } catch let error as OasisError where error.kind != .internal && error.kind != .unavailable {
                errors.add(error, fieldOf: ProjectForm.field(ofDetail:), language: context.language, catalogue: catalogue)
            }
        }
        return try await projectFormPage(form, project: base, errors: errors, context: context)
    }

    func projectFormPage(_ form: ProjectForm, project: RenewalProject?, errors: FormErrors, context: OasisRequestContext) async throws
        -> Response
    {
        let regions = try await store.regions.list().filter { $0.level <= .county }
        let chosenRegion = form.region ?? project?.region ?? ""
        let chosenType = form.type ?? ""
        let chosenStage = form.stage ?? ProjectStage.reserve.rawValue
        let heading = project.map { t("planner_edit_title", context, $0.code) } ?? t("planner_new_project", context)
        var map: String?
        if let region = project?.region ?? (chosenRegion.isEmpty ? nil : chosenRegion) {
            if let outline = try await store.regionAreas.outline(of: region) ?? (try await store.boundaries.boundary(for: region)) {
                map = SiteDrawingMap(title: t("planner_site_map", context), outline: outline, site: project?.location, area: project?.area).render()
            }
        }
        var data = form.values
        data.merge(errors.data) { _, error in error }
        data.merge([
            "heading": heading, "isNew": project == nil, "action": project.map { "/projects/\($0.id)/edit" } ?? "/projects/new",
            "cancel": project.map { "/projects/\($0.id)" } ?? "/projects", "stageName": project.map { t("project_stage_\($0.stage.rawValue)", context) } ?? "",
            "drawingMap": map ?? false,
            "regions": [["value": "", "label": "—", "selected": chosenRegion.isEmpty]]
                + regions.map {
                    ["value": $0.code.rawValue, "label": "\(regionName($0, context)) \($0.code.rawValue)", "selected": $0.code.rawValue == chosenRegion]
                },
            "types": [["value": "", "label": "—", "selected": chosenType.isEmpty]]
                + ProjectType.allCases.map {
                    ["value": $0.rawValue, "label": t("project_type_\($0.rawValue)", context), "selected": $0.rawValue == chosenType]
                },
            "stages": ProjectStage.allCases.map {
                ["value": $0.rawValue, "label": t("project_stage_\($0.rawValue)", context), "selected": $0.rawValue == chosenStage]
            },
        ]) { _, new in new }
        return pages.render(
            "project-form", title: heading, data: data, current: "/promotion", context: context, status: errors.isEmpty ? .ok : .badRequest)
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
            var errors = FormErrors()
            let stage = ProjectStage(rawValue: ProjectForm.trimmed(form.stage))
            if stage == nil { errors.add("stage", t("form_choice_invalid", context)) }
            let onText = ProjectForm.trimmed(form.on)
            let day = onText.isEmpty ? nil : CalendarDay(onText)
            if !onText.isEmpty, day == nil { errors.add("on", t("form_day_invalid", context)) }
            if let stage, errors.isEmpty {
                do {
                    _ = try await promotion.advance(projectID: id, to: stage, on: day?.date, by: context.principal)
                    return Response.redirect(to: "/projects/\(id)", type: .normal)
                } catch let error as OasisError where error.kind == .conflict || error.kind == .invalid {
                    errors.add(error, fieldOf: { _ in "stage" }, otherField: "stage", language: context.language, catalogue: catalogue)
                }
            }
            return try await projectDetail(context, extra: errors.data.merging(["on": onText]) { _, new in new }, status: .badRequest)
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
            var errors = FormErrors()
            let dayText = ProjectForm.trimmed(form.reportedOn)
            let day = CalendarDay(dayText)
            if dayText.isEmpty { errors.add("reportedOn", t("form_required", context)) } else if day == nil {
                errors.add("reportedOn", t("form_day_invalid", context))
            }
            let percentText = ProjectForm.trimmed(form.percent)
            let percent = Double(percentText)
            if percentText.isEmpty { errors.add("percent", t("form_required", context)) } else if percent == nil {
                errors.add("percent", t("form_percent_invalid", context))
            }
            if ProjectForm.trimmed(form.narrative).isEmpty { errors.add("narrative", t("form_required", context)) }
            if let day, let percent, errors.isEmpty {
                do {
                    _ = try await store.progressReports.add(
                        ProgressReport(projectID: id, reportedOn: day.date, percent: percent, narrative: ProjectForm.trimmed(form.narrative)),
                        by: context.principal.access(for: .writeProjects))
                    return Response.redirect(to: "/projects/\(id)#progress-reports", type: .normal)
                } catch let error as OasisError where error.kind == .invalid {
                    errors.add(error, fieldOf: { ["reportedOn", "percent", "narrative"].contains($0) ? $0 : nil }, language: context.language, catalogue: catalogue)
                }
            }
            let typed: [String: Any] = ["reportedOn": form.reportedOn ?? "", "percent": form.percent ?? "", "narrative": form.narrative ?? ""]
            return try await projectDetail(context, extra: errors.data.merging(typed) { _, new in new }, status: .badRequest)
        }
    }

    func siteDrawingScript(_ request: Request, _ context: OasisRequestContext) -> Response {
        WebShellRoutes.asset(SiteDrawingScript.js, type: "text/javascript; charset=utf-8")
    }
}
