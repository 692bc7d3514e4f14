import Foundation
import Hummingbird
import OasisCore
import OasisServices
import OasisStore

/// Strategic plans, their implementation schemes and tasks in the browser: the list of plans with a new-plan form,
/// one plan with its schemes, a new-scheme form (with its first task) and each open task's status. The store calls
/// are those of the API, with their checks and audit.
extension PromotionRoutes {
    struct PlanForm: Decodable {
        var csrf: String?
        var titleZh: String?
        var titleEn: String?
        var region: String?
        var startYear: String?
        var endYear: String?
    }

    struct SchemeForm: Decodable {
        var csrf: String?
        var measure: String?
        var titleZh: String?
        var titleEn: String?
        var taskTitle: String?
        var leadUnit: String?
        var deadline: String?
        var deliverable: String?
    }

    struct TaskForm: Decodable {
        var csrf: String?
        var plan: String?
        var status: String?
        var doneOn: String?
    }

    func plansPage(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.page(context) { context in try await plansList(PlanForm(), state: FormState(), context: context) }
    }

    func plansList(_ form: PlanForm, state: FormState, context: OasisRequestContext) async throws -> Response {
        let plans = try await store.plans.plans(for: context.principal.access(for: .readProjects))
        let regions = try await store.regions.list().filter { $0.level <= .county }
        let names = Dictionary(regions.map { ($0.code.rawValue, regionName($0, context)) }, uniquingKeysWith: { first, _ in first })
        let chosen = form.region ?? ""
        let regionChoices: [[String: Any]] = regions.map {
            [
                "value": $0.code.rawValue, "label": "\(regionName($0, context)) \($0.code.rawValue)", "selected": $0.code.rawValue == chosen,
                "lang": $0.nameLanguage(in: context.language).rawValue,
            ]
        }
        let data: [String: Any] = [
            "plans": plans.map { plan -> [String: Any] in
                [
                    "id": plan.id, "title": plan.titles.text(in: context.language), "region": names[plan.region] ?? plan.region,
                    "years": "\(plan.startYear)–\(plan.endYear)",
                ]
            },
            "canWrite": context.principal.can(.writeProjects), "regions": regionChoices,
        ]
        return pages.render("plans", title: t("planner_plans", context), data: data, form: state, current: "/promotion", context: context)
    }

    func createPlanForm(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let form = try await WebPages.form(PlanForm.self, request, context)
        try pages.checkCSRF(form.csrf, context)
        return try await pages.page(context) { context in
            var state = FormState(values: [
                "titleZh": form.titleZh ?? "", "titleEn": form.titleEn ?? "", "region": form.region ?? "", "startYear": form.startYear ?? "",
                "endYear": form.endYear ?? "",
            ])
            let title = ProjectForm.trimmed(form.titleZh)
            if title.isEmpty { state.reject("titleZh", "form_required") }
            let region = ProjectForm.trimmed(form.region)
            if (try? RegionCode(region)) == nil { state.reject("region", "form_choice_invalid") }
            let start = Int(ProjectForm.trimmed(form.startYear))
            if start == nil { state.reject("startYear", "form_year_invalid") }
            let end = Int(ProjectForm.trimmed(form.endYear))
            if end == nil { state.reject("endYear", "form_year_invalid") }
            if let start, let end, !state.hasErrors {
                let plan = PromotionPlan(
                    region: region, policyID: Policy.builtInID, titleZh: title, titleEn: ProjectForm.trimmed(form.titleEn), startYear: start,
                    endYear: end)
                do {
                    let saved = try await store.plans.create(plan, by: context.principal.access(for: .writeProjects))
                    return Response.redirect(to: "/plans/\(saved.id)", type: .normal)
                } catch let error as OasisError where state.accepts(error) || error.kind == .forbidden {
                    state.reject(
                        error, fieldOf: { ["titleZh", "titleEn", "region", "startYear", "endYear"].contains($0) ? $0 : nil },
                        otherField: error.kind == .forbidden ? "region" : nil)
                }
            }
            return try await plansList(form, state: state, context: context)
        }
    }

    func planPage(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.page(context) { context in try await planDetail(SchemeForm(), state: FormState(), context: context) }
    }

    func planDetail(_ form: SchemeForm, state: FormState, context: OasisRequestContext) async throws -> Response {
        let id = try RequestParameters.id(context)
        let access = try context.principal.access(for: .readProjects)
        guard let plan = try await store.plans.plan(id, for: access) else { throw OasisError.notFound("Plan", String(id)) }
        let schemes = try await store.plans.schemes(plan: id, for: access)
        let region = try await store.regions.get(try RegionCode(plan.region))
        let canWrite = context.principal.can(.writeProjects)
        let data: [String: Any] = [
            "id": plan.id, "title": plan.titles.text(in: context.language), "region": region.map { regionName($0, context) } ?? plan.region,
            "years": "\(plan.startYear)–\(plan.endYear)", "canWrite": canWrite,
            "schemes": schemes.map { schemeData($0, plan: plan.id, canWrite: canWrite, context: context) },
        ]
        return pages.render("plan", title: plan.titles.text(in: context.language), data: data, form: state, current: "/promotion", context: context)
    }

    func schemeData(_ scheme: ImplementationScheme, plan: Int64, canWrite: Bool, context: OasisRequestContext) -> [String: Any] {
        let tasks: [[String: Any]] = scheme.tasks.map { task in
            let moves: [[String: Any]] = TaskStatus.allCases.filter { $0 != task.status && $0 != .planned }.map {
                ["value": $0.rawValue, "label": t("task_status_\($0.rawValue)", context)]
            }
            return [
                "id": task.id, "plan": plan, "title": task.titles.text(in: context.language), "unit": task.leadUnit,
                "deadline": CalendarDay(date: task.deadline).description, "status": t("task_status_\(task.status.rawValue)", context),
                "open": task.status.isOpen, "canWrite": canWrite, "moves": moves,
            ]
        }
        return ["id": scheme.id, "measure": scheme.measure, "title": scheme.titles.text(in: context.language), "tasks": tasks, "canWrite": canWrite]
    }

    func createSchemeForm(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let form = try await WebPages.form(SchemeForm.self, request, context)
        try pages.checkCSRF(form.csrf, context)
        return try await pages.page(context) { context in
            let id = try RequestParameters.id(context)
            guard let plan = try await store.plans.plan(id, for: context.principal.access(for: .readProjects)) else {
                throw OasisError.notFound("Plan", String(id))
            }
            var state = FormState(values: [
                "measure": form.measure ?? "", "titleZh": form.titleZh ?? "", "titleEn": form.titleEn ?? "", "taskTitle": form.taskTitle ?? "",
                "leadUnit": form.leadUnit ?? "", "deadline": form.deadline ?? "", "deliverable": form.deliverable ?? "",
            ])
            let measure = Int(ProjectForm.trimmed(form.measure))
            if measure == nil { state.reject("measure", "form_numbers_invalid") }
            let title = ProjectForm.trimmed(form.titleZh)
            if title.isEmpty { state.reject("titleZh", "form_required") }
            var tasks: [SchemeTask] = []
            let taskTitle = ProjectForm.trimmed(form.taskTitle)
            if !taskTitle.isEmpty {
                let deadlineText = ProjectForm.trimmed(form.deadline)
                if let deadline = CalendarDay(deadlineText) {
                    tasks.append(
                        SchemeTask(
                            titleZh: taskTitle, leadUnit: ProjectForm.trimmed(form.leadUnit), deadline: deadline.date,
                            deliverable: ProjectForm.trimmed(form.deliverable)))
                } else {
                    state.reject("deadline", deadlineText.isEmpty ? "form_required" : "form_day_invalid")
                }
            }
            if let measure, !state.hasErrors {
                let scheme = ImplementationScheme(
                    planID: id, measure: measure, region: plan.region, titleZh: title, titleEn: ProjectForm.trimmed(form.titleEn), tasks: tasks)
                do {
                    _ = try await store.plans.createScheme(scheme, by: context.principal.access(for: .writeProjects))
                    return Response.redirect(to: "/plans/\(id)", type: .normal)
                } catch let error as OasisError where state.accepts(error) {
                    state.reject(error, fieldOf: Self.schemeField(ofDetail:))
                }
            }
            return try await planDetail(form, state: state, context: context)
        }
    }

    /// The scheme form's field a detail of `ImplementationScheme.problems` belongs to.
    static func schemeField(ofDetail path: String) -> String? {
        switch path {
        case "measure", "titleZh", "titleEn": path
        case "tasks[0].titleZh", "tasks[0].titles": "taskTitle"
        case "tasks[0].leadUnit": "leadUnit"
        case "tasks[0].deadline": "deadline"
        case "tasks[0].deliverable": "deliverable"
        default: nil
        }
    }

    func taskStatusForm(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let form = try await WebPages.form(TaskForm.self, request, context)
        try pages.checkCSRF(form.csrf, context)
        let id = try RequestParameters.id(context)
        guard let status = TaskStatus(rawValue: ProjectForm.trimmed(form.status)) else {
            throw OasisError.invalid(
                code: "invalid_form", message: t("form_choice_invalid", context), details: [.init(field: "status", reason: "missing or unknown")])
        }
        let doneText = ProjectForm.trimmed(form.doneOn)
        let done = doneText.isEmpty ? (status == .done ? CalendarDay(date: store.clock.now()) : nil) : CalendarDay(doneText)
        guard doneText.isEmpty || done != nil else {
            throw OasisError.invalid(
                code: "invalid_form", message: t("form_day_invalid", context), details: [.init(field: "doneOn", reason: "\"\(doneText)\"")])
        }
        _ = try await store.plans.setTaskStatus(id, to: status, doneOn: done?.date, by: context.principal.access(for: .writeProjects))
        let plan = Int64(ProjectForm.trimmed(form.plan)).map { "/plans/\($0)" } ?? "/plans"
        return Response.redirect(to: plan, type: .normal)
    }
}
