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
        try await pages.page(context) { context in try await plansList(PlanForm(), errors: FormErrors(), context: context) }
    }

    func plansList(_ form: PlanForm, errors: FormErrors, context: OasisRequestContext) async throws -> Response {
        let plans = try await store.plans.plans(for: context.principal.access(for: .readProjects))
        let regions = try await store.regions.list().filter { $0.level <= .county }
        let names = Dictionary(regions.map { ($0.code.rawValue, regionName($0, context)) }, uniquingKeysWith: { first, _ in first })
        let chosen = form.region ?? ""
        var data: [String: Any] = [
            "plans": plans.map { plan -> [String: Any] in
                [
                    "id": plan.id, "title": plan.titles.text(in: context.language), "region": names[plan.region] ?? plan.region,
                    "years": "\(plan.startYear)–\(plan.endYear)",
                ]
            },
            "canWrite": context.principal.can(.writeProjects),
            "regions": regions.map {
                ["value": $0.code.rawValue, "label": "\(regionName($0, context)) \($0.code.rawValue)", "selected": $0.code.rawValue == chosen]
            },
            "titleZh": form.titleZh ?? "", "titleEn": form.titleEn ?? "", "startYear": form.startYear ?? "", "endYear": form.endYear ?? "",
        ]
        data.merge(errors.data) { _, error in error }
        return pages.render(
            "plans", title: t("planner_plans", context), data: data, current: "/promotion", context: context,
            status: errors.isEmpty ? .ok : .badRequest)
    }

    func createPlanForm(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let form = try await WebPages.form(PlanForm.self, request, context)
        try pages.checkCSRF(form.csrf, context)
        return try await pages.page(context) { context in
            var errors = FormErrors()
            let title = ProjectForm.trimmed(form.titleZh)
            if title.isEmpty { errors.add("titleZh", t("form_required", context)) }
            let region = ProjectForm.trimmed(form.region)
            if (try? RegionCode(region)) == nil { errors.add("region", t("form_choice_invalid", context)) }
            let start = Int(ProjectForm.trimmed(form.startYear))
            if start == nil { errors.add("startYear", t("form_year_invalid", context)) }
            let end = Int(ProjectForm.trimmed(form.endYear))
            if end == nil { errors.add("endYear", t("form_year_invalid", context)) }
            if let start, let end, errors.isEmpty {
                let plan = PromotionPlan(
                    region: region, policyID: Policy.builtInID, titleZh: title, titleEn: ProjectForm.trimmed(form.titleEn), startYear: start,
                    endYear: end)
                do {
                    let saved = try await store.plans.create(plan, by: context.principal.access(for: .writeProjects))
                    return Response.redirect(to: "/plans/\(saved.id)", type: .normal)
                } catch let error as OasisError where error.kind == .invalid || error.kind == .forbidden || error.kind == .conflict {
                    errors.add(
                        error, fieldOf: { ["titleZh", "titleEn", "region", "startYear", "endYear"].contains($0) ? $0 : nil },
                        otherField: error.kind == .forbidden ? "region" : nil, language: context.language, catalogue: catalogue)
                }
            }
            return try await plansList(form, errors: errors, context: context)
        }
    }

    func planPage(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.page(context) { context in try await planDetail(SchemeForm(), errors: FormErrors(), context: context) }
    }

    func planDetail(_ form: SchemeForm, errors: FormErrors, context: OasisRequestContext) async throws -> Response {
        let id = try RequestParameters.id(context)
        let access = try context.principal.access(for: .readProjects)
        guard let plan = try await store.plans.plan(id, for: access) else { throw OasisError.notFound("Plan", String(id)) }
        let schemes = try await store.plans.schemes(plan: id, for: access)
        let region = try await store.regions.get(try RegionCode(plan.region))
        let canWrite = context.principal.can(.writeProjects)
        var data: [String: Any] = [
            "id": plan.id, "title": plan.titles.text(in: context.language), "region": region.map { regionName($0, context) } ?? plan.region,
            "years": "\(plan.startYear)–\(plan.endYear)", "canWrite": canWrite,
            "schemes": schemes.map { scheme -> [String: Any] in
                [
                    "measure": scheme.measure, "title": scheme.titles.text(in: context.language),
                    "tasks": scheme.tasks.map { task -> [String: Any] in
                        [
                            "id": task.id, "plan": plan.id, "title": task.titles.text(in: context.language), "unit": task.leadUnit,
                            "deadline": CalendarDay(date: task.deadline).description, "status": t("task_status_\(task.status.rawValue)", context),
                            "open": task.status.isOpen, "canWrite": canWrite,
                            "moves": TaskStatus.allCases.filter { $0 != task.status && $0 != .planned }.map {
                                ["value": $0.rawValue, "label": t("task_status_\($0.rawValue)", context)]
                            },
                        ]
                    },
                ]
            },
            "measure": form.measure ?? "", "titleZh": form.titleZh ?? "", "titleEn": form.titleEn ?? "", "taskTitle": form.taskTitle ?? "",
            "leadUnit": form.leadUnit ?? "", "deadline": form.deadline ?? "", "deliverable": form.deliverable ?? "",
        ]
        data.merge(errors.data) { _, error in error }
        return pages.render(
            "plan", title: plan.titles.text(in: context.language), data: data, current: "/promotion", context: context,
            status: errors.isEmpty ? .ok : .badRequest)
    }

    func createSchemeForm(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let form = try await WebPages.form(SchemeForm.self, request, context)
        try pages.checkCSRF(form.csrf, context)
        return try await pages.page(context) { context in
            let id = try RequestParameters.id(context)
            guard let plan = try await store.plans.plan(id, for: context.principal.access(for: .readProjects)) else {
                throw OasisError.notFound("Plan", String(id))
            }
            var errors = FormErrors()
            let measure = Int(ProjectForm.trimmed(form.measure))
            if measure == nil { errors.add("measure", t("form_numbers_invalid", context)) }
            let title = ProjectForm.trimmed(form.titleZh)
            if title.isEmpty { errors.add("titleZh", t("form_required", context)) }
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
                    errors.add("deadline", t(deadlineText.isEmpty ? "form_required" : "form_day_invalid", context))
                }
            }
            if let measure, errors.isEmpty {
                let scheme = ImplementationScheme(
                    planID: id, measure: measure, region: plan.region, titleZh: title, titleEn: ProjectForm.trimmed(form.titleEn), tasks: tasks)
                do {
                    _ = try await store.plans.createScheme(scheme, by: context.principal.access(for: .writeProjects))
                    return Response.redirect(to: "/plans/\(id)", type: .normal)
                } catch let error as OasisError where error.kind == .invalid || error.kind == .forbidden {
                    errors.add(error, fieldOf: Self.schemeField(ofDetail:), language: context.language, catalogue: catalogue)
                }
            }
            return try await planDetail(form, errors: errors, context: context)
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
