import Foundation
import Hummingbird
import OasisCore
import OasisServices
import OasisStore

/// The hotline's staff pages: dispatchers work the queue (cases of their scope, and the top-level queue of cases
/// whose region is not known when their scope covers every region); unit handlers see only their unit's cases;
/// supervisors get the dashboard of their scope. A step that fails comes back on the case's page beside its form.
extension HotlineRoutes {
    func queuePage(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        // Anyone not signed in is sent to the public form, not to a sign-in page.
        guard context.principal.kind == .user else { return Response.redirect(to: "/hotline/new", type: .found) }
        return try await pages.page(context) { context in
            if !context.principal.can(.readCases) { return try await submission(context, form: SubmitForm()) }
            return try await queue(request, context)
        }
    }

    func dashboardPage(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.page(context) { context in try await dashboard(context) }
    }

    func detailPage(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.page(context) { context in try await detail(context) }
    }

    func stepForm(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let form = try await WebPages.form(StepForm.self, request, context)
        try pages.checkCSRF(form.csrf, context)
        let id = try RequestParameters.id(context)
        do {
            let step = try CaseStep(event: form.event ?? "")
            let text = form.text.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
            let fields = Self.textFields(step)
            // A follow-up from the page carries the answers of the call as the caller chose them.
            let input =
                step == .followUp
                ? try Self.followUpInput(form)
                : CaseEventInput(
                    event: step.event, unit: fields.contains("unit") ? text : nil, units: fields.contains("units") ? text.map { [$0] } : nil,
                    reason: fields.contains("reason") ? text : nil, summary: fields.contains("summary") ? text : nil, closure: nil,
                    category: step == .recategorise ? form.category.flatMap { $0.isEmpty ? nil : $0 } : nil)
            _ = try await cases.apply(CaseEventInputValue(value: input), to: id, by: context.principal)
        } catch {
            // A refused step is shown beside its form on the case's page, with what was chosen or typed.
            let mapped = OasisError.from(error)
            guard [.invalid, .conflict, .forbidden].contains(mapped.kind) else { throw error }
            return try await pages.page(context) { context in try await detail(context, failed: (form, mapped)) }
        }
        return Response.redirect(to: "/hotline/cases/\(id)", type: .found)
    }

    func t(_ key: String, _ context: OasisRequestContext, _ arguments: String...) -> String {
        pages.text(key, context, arguments: arguments)
    }

    /// "Provisional: no working calendar is loaded for 2027 …" when the case's deadline counted a year without one.
    func provisionalNote(_ item: HotlineCase, _ context: OasisRequestContext) -> String? {
        guard let years = item.deadlines?.provisionalYears, !years.isEmpty else { return nil }
        return t("case_deadline_provisional", context, years.map(String.init).joined(separator: ", "))
    }

    func categoryName(_ code: String, _ context: OasisRequestContext) -> String { cases.taxonomy.category(code)?.name(context.language) ?? code }

    func statusName(_ status: CaseStatus, _ context: OasisRequestContext) -> String { catalogue.text(status.messageKey, context.language) }

    func queue(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let principal = context.principal
        var query = CaseQuery(limit: 100)
        let requested = request.uri.queryParameters["status"].flatMap { CaseStatus(rawValue: String($0)) }
        if let requested {
            query.statuses = [requested]
        } else if principal.can(.dispatchCases) {
            query.statuses = [.registered, .returned, .reportedBack, .closed]
        } else if principal.can(.handleCases) {
            query.statuses = [.dispatched, .handling]
        }
        // The queue lists the cases of roles that read them; anyone else signed in sees an empty one.
        let page =
            principal.can(.readCases) ? try await store.cases.list(query, for: principal.access(for: .readCases)) : (total: 0, items: [])
        let now = store.clock.now()
        let units = try await unitNames(context)
        let regions = try await regionNames(context)
        let rows: [[String: Any]] = page.items.map { item in
            let state = item.deadlines.map { $0.state(at: now) } ?? "ok"
            return [
                "id": item.id, "description": String(item.description.prefix(40)), "category": categoryName(item.category, context),
                "status": statusName(item.status, context), "supervised": item.supervised,
                "unit": item.workflow.unit.map { units[$0] ?? $0 } ?? "—",
                "region": item.region.map { regions[$0] ?? $0 } ?? t("hotline_region_none", context),
                "due": item.deadlines.map { NumberFormat.chinaTime($0.resolveBy) } ?? "—", "provisional": provisionalNote(item, context) ?? false,
                "rowClass": item.status.open311 == "open" && state != "ok" ? "fail" : "",
            ]
        }
        let titleKey =
            principal.can(.dispatchCases) ? "hotline_queue_dispatcher" : principal.can(.handleCases) ? "hotline_queue_unit" : "hotline_queue_all"
        let data: [String: Any] = [
            "title": t(titleKey, context), "cases": rows, "summary": t("hotline_queue_summary", context, String(page.total)),
            "canSupervise": principal.can(.superviseCases), "canManageUnits": principal.can(.manageUsers),
            "canImportCases": principal.can(.dispatchCases), "lang": context.language.rawValue,
            "statuses": CaseStatus.allCases.map { ["value": $0.rawValue, "label": statusName($0, context), "selected": $0 == requested] },
        ]
        return pages.render("hotline-queue", title: t(titleKey, context), data: data, current: "/hotline", context: context)
    }

    func dashboard(_ context: OasisRequestContext) async throws -> Response {
        let now = store.clock.now()
        let access = try context.principal.access(for: .superviseCases)
        let units = try await store.cases.metrics(.unit, byMonth: false, asOf: now, for: access)
        let all = try await store.cases.metrics(.all, byMonth: false, asOf: now, for: access).first?.metrics
        let month = CaseContribution.month(now)
        let spots = try await store.cases.hotspots(from: month, to: month, limit: 5, for: access)
        func rate(_ value: Double?) -> String { value.map { SVG.number($0, decimals: 1) + " %" } ?? "—" }
        let names = try await unitNames(context)
        let regions = try await regionNames(context)
        let ranked = units.filter { !$0.key.isEmpty }.sorted { ($0.metrics.onTimeClosureRate ?? -1) > ($1.metrics.onTimeClosureRate ?? -1) }
        let bars = ranked.prefix(15).map {
            BarChart.Bar(
                label: names[$0.key] ?? $0.key, value: $0.metrics.onTimeClosureRate, note: "(\($0.metrics.cases))",
                hatched: ($0.metrics.onTimeClosureRate ?? 100) < 80)
        }
        let data: [String: Any] = [
            "cases": NumberFormat.integer(all?.cases ?? 0), "closure": rate(all?.closureRate), "onTime": rate(all?.onTimeClosureRate),
            "composite": rate(all?.composite), "satisfaction": rate(all?.satisfactionRate),
            "unreached": NumberFormat.integer(all?.unreachedVisits ?? 0), "merged": NumberFormat.integer(all?.merged ?? 0),
            "notResponsible": NumberFormat.integer(all?.notResponsible ?? 0),
            "chart": bars.isEmpty
                ? ""
                : BarChart(
                    title: t("hotline_chart_on_time", context), bars: Array(bars), unit: "%", source: t("hotline_chart_note", context),
                    rightToLeft: context.language.dir == "rtl"
                ).render(),
            "units": ranked.map { row -> [String: Any] in
                [
                    "key": names[row.key] ?? row.key, "cases": row.metrics.cases, "response": rate(row.metrics.responseRate),
                    "resolution": rate(row.metrics.resolutionRate),
                    "satisfaction": rate(row.metrics.satisfactionRate), "closure": rate(row.metrics.closureRate),
                    "onTime": rate(row.metrics.onTimeClosureRate),
                    "rework": rate(row.metrics.reworkRate),
                    "median": row.metrics.medianHandlingHours.map { SVG.number($0, decimals: 0) + " h" } ?? "—",
                ]
            },
            "hotspots": spots.map {
                [
                    "category": categoryName($0.category, context),
                    "region": $0.region.isEmpty ? t("hotline_region_none", context) : regions[$0.region] ?? $0.region, "cases": $0.cases,
                ]
            },
        ]
        return pages.render("hotline-dashboard", title: t("hotline_dashboard", context), data: data, current: "/hotline", context: context)
    }
}
