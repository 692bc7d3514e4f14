import Foundation
import Hummingbird
import OasisCore
import OasisServices
import OasisStore

/// The hotline pages for each role: citizens submit (signed in or not, with or without contact details) and
/// track; dispatchers work the queue; unit handlers see only their unit's cases; supervisors get the dashboard.
extension HotlineRoutes {
    func submitPage(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.page(context) { context in submission(context) }
    }

    func submitForm(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let form = try await WebPages.form(SubmitForm.self, request, context)
        try pages.checkCSRF(form.csrf, context)
        func number(_ text: String?, _ field: String) throws(OasisError) -> Double? {
            guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            guard let value = DecimalText.number(text) else {
                throw OasisError.invalid(
                    code: "invalid_form", message: "Coordinates are numbers in decimal notation.",
                    details: [.init(field: field, reason: "\"\(text.prefix(64))\"")])
            }
            return value
        }
        let input = CaseInput(
            kind: .request, requestType: form.requestType, category: form.category ?? "", channel: "web", priority: nil,
            description: form.description, longitude: try number(form.longitude, "longitude"),
            latitude: try number(form.latitude, "latitude"), coordinateSystem: .wgs84,
            address: form.address, region: nil, reporter: CaseReporter(name: form.name, phone: form.phone, language: context.language),
            attachments: nil)
        let principal = context.principal.kind == .user ? context.principal : Self.webForm
        try limiter.require(principal.userID.map { ["user:\($0)", "addr:" + context.clientAddress] } ?? ["addr:" + context.clientAddress])
        let item = try await cases.submit(input, channel: "web", by: principal)
        return Response.redirect(to: "/hotline/track?id=\(item.id)&created=1", type: .found)
    }

    func trackPage(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.page(context) { context in try await track(request, context) }
    }

    func queuePage(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.page(context) { context in
            if !context.principal.can(.readCases) { return submission(context) }
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
        let step = try CaseStep(event: form.event ?? "")
        let text = form.text
        let fields = Self.textFields(step)
        // A follow-up from the page records that the citizen was reached, the matter resolved and the citizen satisfied.
        let followUp = step == .followUp ? true : nil
        let input = CaseEventInput(
            event: step.event, unit: fields.contains("unit") ? text : nil, units: fields.contains("units") ? text.map { [$0] } : nil,
            reason: fields.contains("reason") ? text : nil, summary: fields.contains("summary") ? text : nil, closure: nil,
            contacted: followUp, resolved: followUp, satisfaction: step == .followUp ? .satisfied : nil, category: nil)
        _ = try await cases.apply(CaseEventInputValue(value: input), to: id, by: context.principal)
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

    func submission(_ context: OasisRequestContext) -> Response {
        let taxonomy = cases.taxonomy
        let groups = taxonomy.categories.filter { $0.parent == nil && $0.kind.isService }.map { group -> [String: Any] in
            let items = taxonomy.categories.filter {
                cases.leafCategories.contains($0.code) && taxonomy.lineage($0.code).contains { $0.code == group.code }
            }
            return ["group": group.name(context.language), "items": items.map { ["code": $0.code, "name": $0.name(context.language)] }]
        }
        let data: [String: Any] = [
            "categories": groups, "requestTypes": taxonomy.requestTypes.map { ["code": $0.code, "name": $0.name(context.language)] },
        ]
        return pages.render("hotline-submit", title: t("hotline_submit_title", context), data: data, current: "/hotline", context: context)
    }

    func track(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        guard let id = request.uri.queryParameters["id"].flatMap({ Int64(String($0)) }), let item = try await store.cases.get(id, for: .system) else {
            throw OasisError.notFound("Case", request.uri.queryParameters["id"].map(String.init) ?? "")
        }
        let events = try await store.cases.events(of: id, for: .system)
        let data: [String: Any] = [
            "id": id, "category": categoryName(item.category, context), "status": statusName(item.status, context),
            "registered": NumberFormat.chinaTime(item.registeredAt), "due": item.deadlines.map { NumberFormat.chinaTime($0.resolveBy) } ?? false,
            "created": request.uri.queryParameters["created"] != nil,
            // The public view shows what happened and when, never who.
            "events": events.map { ["at": NumberFormat.chinaTime($0.at), "label": statusName($0.status, context)] },
        ]
        return pages.render("hotline-track", title: "\(t("hotline_case", context)) \(id)", data: data, current: "/hotline", context: context)
    }

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
        let rows: [[String: Any]] = page.items.map { item in
            let state = item.deadlines.map { $0.state(at: now) } ?? "ok"
            return [
                "id": item.id, "description": String(item.description.prefix(40)), "category": categoryName(item.category, context),
                "status": statusName(item.status, context), "supervised": item.supervised, "unit": item.workflow.unit ?? "—",
                "due": item.deadlines.map { NumberFormat.chinaTime($0.resolveBy) } ?? "—", "provisional": provisionalNote(item, context) ?? false,
                "rowClass": item.status.open311 == "open" && state != "ok" ? "fail" : "",
            ]
        }
        let titleKey =
            principal.can(.dispatchCases) ? "hotline_queue_dispatcher" : principal.can(.handleCases) ? "hotline_queue_unit" : "hotline_queue_all"
        let data: [String: Any] = [
            "title": t(titleKey, context), "cases": rows, "summary": t("hotline_queue_summary", context, String(page.total)),
            "canSupervise": principal.can(.superviseCases),
            "statuses": CaseStatus.allCases.map { ["value": $0.rawValue, "label": statusName($0, context), "selected": $0 == requested] },
        ]
        return pages.render("hotline-queue", title: t(titleKey, context), data: data, current: "/hotline", context: context)
    }

    func detail(_ context: OasisRequestContext) async throws -> Response {
        let principal = context.principal
        let id = try RequestParameters.id(context)
        let access = try principal.access(for: .readCases)
        guard let item = try await store.cases.get(id, for: access) else { throw OasisError.notFound("Case", String(id)) }
        let events = try await store.cases.events(of: id, for: access)
        // The steps this principal may take from the case's status, as each step states it (CaseStep).
        let actions: [[String: Any]] = Self.pageSteps.filter { step in
            step.allowedFrom.contains(item.status) && step.permissions.contains(where: principal.can)
        }.map { step in
            var entry: [String: Any] = [
                "id": id, "event": step.event, "label": t("hotline_event_\(step.event)", context), "csrf": context.csrfToken ?? "",
            ]
            if let field = Self.textField(step) {
                entry["field"] = true
                entry["fieldLabel"] = t(field, context)
            }
            return entry
        }
        let visible = CaseService.redacted(item, for: principal)
        let data: [String: Any] = [
            "id": id, "category": categoryName(item.category, context), "status": statusName(item.status, context), "description": item.description,
            "address": item.address ?? "—", "unit": item.workflow.unit ?? item.workflow.lastHandlingUnit ?? "—",
            "due": item.deadlines.map { NumberFormat.chinaTime($0.resolveBy) } ?? "—", "provisional": provisionalNote(item, context) ?? false,
            "reporter": visible.reporter.flatMap { $0.isAnonymous ? nil : [$0.name, $0.phone, $0.email].compactMap { $0 }.joined(separator: " · ") }
                ?? false,
            "actions": actions, "hasActions": !actions.isEmpty,
            "events": events.map {
                ["at": NumberFormat.chinaTime($0.at), "label": t("hotline_event_\($0.event)", context), "actor": $0.actor, "detail": $0.detail]
            },
        ]
        return pages.render("hotline-case", title: "\(t("hotline_case", context)) \(id)", data: data, current: "/hotline", context: context)
    }

    func dashboard(_ context: OasisRequestContext) async throws -> Response {
        let now = store.clock.now()
        let access = try context.principal.access(for: .superviseCases)
        let units = try await store.cases.metrics(.unit, byMonth: false, asOf: now, for: access)
        let all = try await store.cases.metrics(.all, byMonth: false, asOf: now, for: access).first?.metrics
        let month = CaseContribution.month(now)
        let spots = try await store.cases.hotspots(from: month, to: month, limit: 5, for: access)
        func rate(_ value: Double?) -> String { value.map { SVG.number($0, decimals: 1) + " %" } ?? "—" }
        let ranked = units.filter { !$0.key.isEmpty }.sorted { ($0.metrics.onTimeClosureRate ?? -1) > ($1.metrics.onTimeClosureRate ?? -1) }
        let bars = ranked.prefix(15).map {
            BarChart.Bar(
                label: $0.key, value: $0.metrics.onTimeClosureRate, note: "(\($0.metrics.cases))",
                hatched: ($0.metrics.onTimeClosureRate ?? 100) < 80)
        }
        let data: [String: Any] = [
            "cases": NumberFormat.integer(all?.cases ?? 0), "closure": rate(all?.closureRate), "onTime": rate(all?.onTimeClosureRate),
            "composite": rate(all?.composite),
            "chart": bars.isEmpty
                ? ""
                : BarChart(
                    title: t("hotline_chart_on_time", context), bars: Array(bars), unit: "%", source: t("hotline_chart_note", context),
                    rightToLeft: context.language.dir == "rtl"
                ).render(),
            "units": ranked.map { row -> [String: Any] in
                [
                    "key": row.key, "cases": row.metrics.cases, "response": rate(row.metrics.responseRate),
                    "resolution": rate(row.metrics.resolutionRate),
                    "satisfaction": rate(row.metrics.satisfactionRate), "closure": rate(row.metrics.closureRate),
                    "onTime": rate(row.metrics.onTimeClosureRate),
                    "rework": rate(row.metrics.reworkRate),
                    "median": row.metrics.medianHandlingHours.map { SVG.number($0, decimals: 0) + " h" } ?? "—",
                ]
            },
            "hotspots": spots.map {
                ["category": categoryName($0.category, context), "region": $0.region.isEmpty ? "—" : $0.region, "cases": $0.cases]
            },
        ]
        return pages.render("hotline-dashboard", title: t("hotline_dashboard", context), data: data, current: "/hotline", context: context)
    }
}
