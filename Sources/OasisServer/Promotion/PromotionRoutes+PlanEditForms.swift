import Foundation
import Hummingbird
import OasisCore
import OasisServices
import OasisStore

/// Changing plans, schemes and tasks in the browser, and adding tasks to a scheme: each form opens filled with the
/// record, calls the same store function as the API (same checks, same audit) and, when refused, comes back with what
/// was typed and each error beside its field.
extension PromotionRoutes {
    struct TaskEditForm: Decodable {
        var csrf: String?
        var taskTitle: String?
        var taskTitleEn: String?
        var leadUnit: String?
        var coUnits: String?
        var deadline: String?
        var deliverable: String?
    }

    /// Where a task's API field is shown in the task form.
    static let taskFieldNames = ["titleZh": "taskTitle", "titleEn": "taskTitleEn", "coUnits[0]": "coUnits"]

    /// What every edit page shows of the plan it belongs to (the breadcrumb back to it).
    func planHeading(_ planID: Int64, context: OasisRequestContext) async throws -> [String: Any] {
        guard let plan = try await store.plans.plan(planID, for: context.principal.access(for: .readProjects)) else {
            throw OasisError.notFound("Plan", String(planID))
        }
        return [
            "plan": plan.id, "planTitle": plan.titles.text(in: context.language),
            "planLang": plan.titles.language(shownIn: context.language).rawValue,
        ]
    }

    // MARK: Plans

    func editPlanPage(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.page(context) { context in
            let id = try RequestParameters.id(context)
            guard let plan = try await store.plans.plan(id, for: context.principal.access(for: .readProjects)) else {
                throw OasisError.notFound("Plan", String(id))
            }
            let state = FormState(values: [
                "titleZh": plan.titleZh, "titleEn": plan.titleEn, "startYear": String(plan.startYear), "endYear": String(plan.endYear),
            ])
            return try await planEditPage(id, state: state, context: context)
        }
    }

    func planEditPage(_ id: Int64, state: FormState, context: OasisRequestContext) async throws -> Response {
        pages.render(
            "plan-edit", title: t("planner_edit_plan", context), data: try await planHeading(id, context: context), form: state,
            current: "/promotion", context: context)
    }

    func updatePlanForm(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let form = try await WebPages.form(PlanForm.self, request, context)
        try pages.checkCSRF(form.csrf, context)
        return try await pages.page(context) { context in
            let id = try RequestParameters.id(context)
            guard var plan = try await store.plans.plan(id, for: context.principal.access(for: .readProjects)) else {
                throw OasisError.notFound("Plan", String(id))
            }
            var state = FormState(values: [
                "titleZh": form.titleZh ?? "", "titleEn": form.titleEn ?? "", "startYear": form.startYear ?? "", "endYear": form.endYear ?? "",
            ])
            plan.titleZh = ProjectForm.trimmed(form.titleZh)
            plan.titleEn = ProjectForm.trimmed(form.titleEn)
            if plan.titleZh.isEmpty { state.reject("titleZh", "form_required") }
            let start = Int(ProjectForm.trimmed(form.startYear))
            if start == nil { state.reject("startYear", "form_year_invalid") }
            let end = Int(ProjectForm.trimmed(form.endYear))
            if end == nil { state.reject("endYear", "form_year_invalid") }
            if let start, let end, !state.hasErrors {
                plan.startYear = start
                plan.endYear = end
                do {
                    _ = try await store.plans.update(plan, by: context.principal.access(for: .writeProjects))
                    return Response.redirect(to: "/plans/\(id)", type: .normal)
                } catch let error as OasisError where state.accepts(error) {
                    state.reject(error)
                }
            }
            return try await planEditPage(id, state: state, context: context)
        }
    }

    // MARK: Schemes

    func editSchemePage(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.page(context) { context in
            let scheme = try await requireScheme(context)
            let state = FormState(values: ["measure": String(scheme.measure), "titleZh": scheme.titleZh, "titleEn": scheme.titleEn])
            return try await schemeEditPage(scheme, state: state, context: context)
        }
    }

    func requireScheme(_ context: OasisRequestContext) async throws -> ImplementationScheme {
        let id = try RequestParameters.id(context)
        guard let scheme = try await store.plans.scheme(id, for: context.principal.access(for: .readProjects)) else {
            throw OasisError.notFound("Scheme", String(id))
        }
        return scheme
    }

    func schemeEditPage(_ scheme: ImplementationScheme, state: FormState, context: OasisRequestContext) async throws -> Response {
        var data = try await planHeading(scheme.planID, context: context)
        data["scheme"] = scheme.id
        return pages.render("scheme-edit", title: t("planner_edit_scheme", context), data: data, form: state, current: "/promotion", context: context)
    }

    func updateSchemeForm(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let form = try await WebPages.form(SchemeForm.self, request, context)
        try pages.checkCSRF(form.csrf, context)
        return try await pages.page(context) { context in
            var scheme = try await requireScheme(context)
            var state = FormState(values: ["measure": form.measure ?? "", "titleZh": form.titleZh ?? "", "titleEn": form.titleEn ?? ""])
            let measure = Int(ProjectForm.trimmed(form.measure))
            if measure == nil { state.reject("measure", "form_numbers_invalid") }
            scheme.titleZh = ProjectForm.trimmed(form.titleZh)
            scheme.titleEn = ProjectForm.trimmed(form.titleEn)
            if scheme.titleZh.isEmpty { state.reject("titleZh", "form_required") }
            if let measure, !state.hasErrors {
                scheme.measure = measure
                do {
                    _ = try await store.plans.updateScheme(scheme, by: context.principal.access(for: .writeProjects))
                    return Response.redirect(to: "/plans/\(scheme.planID)", type: .normal)
                } catch let error as OasisError where state.accepts(error) {
                    state.reject(error)
                }
            }
            return try await schemeEditPage(scheme, state: state, context: context)
        }
    }

    // MARK: Tasks

    func newTaskPage(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.page(context) { context in
            let scheme = try await requireScheme(context)
            return try await taskPage(
                planID: scheme.planID, action: "/schemes/\(scheme.id)/tasks/new", heading: t("planner_new_task", context),
                state: FormState(values: Self.taskValues(TaskEditForm())), context: context)
        }
    }

    func editTaskPage(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.page(context) { context in
            let (task, scheme) = try await requireTask(context)
            let form = TaskEditForm(
                taskTitle: task.titleZh, taskTitleEn: task.titleEn, leadUnit: task.leadUnit, coUnits: task.coUnits.joined(separator: "、"),
                deadline: CalendarDay(date: task.deadline).description, deliverable: task.deliverable)
            return try await taskPage(
                planID: scheme.planID, action: "/tasks/\(task.id)/edit", heading: t("planner_edit_task", context),
                state: FormState(values: Self.taskValues(form)), context: context)
        }
    }

    func requireTask(_ context: OasisRequestContext) async throws -> (task: SchemeTask, scheme: ImplementationScheme) {
        let id = try RequestParameters.id(context)
        guard let found = try await store.plans.task(id, for: context.principal.access(for: .readProjects)) else {
            throw OasisError.notFound("Task", String(id))
        }
        return found
    }

    static func taskValues(_ form: TaskEditForm) -> [String: String] {
        [
            "taskTitle": form.taskTitle ?? "", "taskTitleEn": form.taskTitleEn ?? "", "leadUnit": form.leadUnit ?? "",
            "coUnits": form.coUnits ?? "", "deadline": form.deadline ?? "", "deliverable": form.deliverable ?? "",
        ]
    }

    func taskPage(planID: Int64, action: String, heading: String, state: FormState, context: OasisRequestContext) async throws -> Response {
        var data = try await planHeading(planID, context: context)
        data["action"] = action
        data["heading"] = heading
        return pages.render("task-form", title: heading, data: data, form: state, current: "/promotion", context: context)
    }

    /// The task the form describes, on top of `base` (the task changed, or a new one); nil with the form's own
    /// problems in `state`.
    static func task(_ form: TaskEditForm, base: SchemeTask?, into state: inout FormState) -> SchemeTask? {
        let title = ProjectForm.trimmed(form.taskTitle)
        if title.isEmpty { state.reject("taskTitle", "form_required") }
        let deadlineText = ProjectForm.trimmed(form.deadline)
        let deadline = CalendarDay(deadlineText)
        if deadline == nil { state.reject("deadline", deadlineText.isEmpty ? "form_required" : "form_day_invalid") }
        guard let deadline, !state.hasErrors else { return nil }
        var task = base ?? SchemeTask(titleZh: title, leadUnit: "", deadline: deadline.date, deliverable: "")
        task.titleZh = title
        task.titleEn = ProjectForm.trimmed(form.taskTitleEn)
        task.leadUnit = ProjectForm.trimmed(form.leadUnit)
        task.coUnits = ProjectForm.trimmed(form.coUnits).split { "、,，;；".contains($0) }.map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        task.deadline = deadline.date
        task.deliverable = ProjectForm.trimmed(form.deliverable)
        return task
    }

    func addTaskForm(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let form = try await WebPages.form(TaskEditForm.self, request, context)
        try pages.checkCSRF(form.csrf, context)
        return try await pages.page(context) { context in
            let scheme = try await requireScheme(context)
            var state = FormState(values: Self.taskValues(form), fieldNames: Self.taskFieldNames)
            if let task = Self.task(form, base: nil, into: &state) {
                do {
                    _ = try await store.plans.addTask(task, toScheme: scheme.id, by: context.principal.access(for: .writeProjects))
                    return Response.redirect(to: "/plans/\(scheme.planID)", type: .normal)
                } catch let error as OasisError where state.accepts(error) {
                    state.reject(error)
                }
            }
            return try await taskPage(
                planID: scheme.planID, action: "/schemes/\(scheme.id)/tasks/new", heading: t("planner_new_task", context), state: state,
                context: context)
        }
    }

    func updateTaskForm(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let form = try await WebPages.form(TaskEditForm.self, request, context)
        try pages.checkCSRF(form.csrf, context)
        return try await pages.page(context) { context in
            let (before, scheme) = try await requireTask(context)
            var state = FormState(values: Self.taskValues(form), fieldNames: Self.taskFieldNames)
            if let task = Self.task(form, base: before, into: &state) {
                do {
                    _ = try await store.plans.updateTask(task, by: context.principal.access(for: .writeProjects))
                    return Response.redirect(to: "/plans/\(scheme.planID)", type: .normal)
                } catch let error as OasisError where state.accepts(error) {
                    state.reject(error)
                }
            }
            return try await taskPage(
                planID: scheme.planID, action: "/tasks/\(before.id)/edit", heading: t("planner_edit_task", context), state: state,
                context: context)
        }
    }
}
