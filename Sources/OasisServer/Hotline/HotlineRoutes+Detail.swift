import Foundation
import Hummingbird
import OasisCore
import OasisServices
import OasisStore

/// One case's page: its facts, the steps the viewer may take (units chosen from the register, a new category from
/// the taxonomy), and its history; a refused step comes back beside its form.
extension HotlineRoutes {
    func detail(_ context: OasisRequestContext, failed: (form: StepForm, error: OasisError)? = nil, photoProblem: OasisError? = nil) async throws
        -> Response
    {
        let principal = context.principal
        let id = try RequestParameters.id(context)
        let access = try principal.access(for: .readCases)
        guard let item = try await store.cases.get(id, for: access) else { throw OasisError.notFound("Case", String(id)) }
        let events = try await store.cases.events(of: id, for: access)
        let register = try await store.cases.units()
        let regions = try await regionNames(context)
        // The steps this principal may take from the case's status, as each step states it (CaseStep).
        let steps = CaseStep.allCases.filter { step in
            step.allowedFrom.contains(item.status) && step.permissions.contains(where: principal.can)
        }
        let actions: [[String: Any]] = steps.map { step in
            let failedHere = failed?.form.event == step.event ? failed : nil
            var entry: [String: Any] = [
                "id": id, "event": step.event, "label": t("hotline_event_\(step.event)", context), "csrf": context.csrfToken ?? "",
            ]
            // The refused step's form comes back with what was chosen or typed and the problem beside it (`FormState`).
            if let failedHere { entry.merge(stepState(failedHere.form, failedHere.error).data(catalogue, context.language)) { $1 } }
            if step == .followUp {
                entry.merge(followUpChoices(failedHere?.form, context)) { $1 }
            } else if step == .recategorise {
                let chosen = failedHere?.form.category
                entry["categoryField"] = true
                entry["categories"] = cases.taxonomy.categories.filter { cases.leafCategories.contains($0.code) && $0.code != item.category }.map {
                    ["code": $0.code, "name": "\($0.code) · \($0.name(context.language))", "selected": $0.code == chosen]
                }
            } else if let field = Self.textField(step) {
                entry["fieldLabel"] = t(field, context)
                if field == "hotline_unit" {
                    entry["unitField"] = true
                    entry["units"] = unitChoices(register, for: item, chosen: failedHere?.form.text, context)
                } else {
                    entry["textField"] = true
                }
            }
            return entry
        }
        let visible = CaseService.redacted(item, for: principal)
        let unitName = item.workflow.unit ?? item.workflow.lastHandlingUnit
        let shown = try await photoItems(of: id, context)
        let data: [String: Any] = [
            "photos": shown, "hasPhotos": !shown.isEmpty,
            "photoProblem": photoProblem.flatMap { Self.photoRefusals[$0.code] }.map { catalogue.text($0, context.language) } ?? false,
            "id": id, "category": categoryName(item.category, context), "status": statusName(item.status, context), "description": item.description,
            "address": item.address ?? "—",
            "unit": unitName.map { name in register.first { $0.name == name }?.name(context.language) ?? name } ?? "—",
            "region": item.region.map { regions[$0] ?? $0 } ?? t("hotline_region_none", context),
            "due": item.deadlines.map { NumberFormat.chinaTime($0.resolveBy) } ?? "—", "provisional": provisionalNote(item, context) ?? false,
            "reporter": visible.reporter.flatMap { $0.isAnonymous ? nil : [$0.name, $0.phone, $0.email].compactMap { $0 }.joined(separator: " · ") }
                ?? false,
            "actions": actions, "hasActions": !actions.isEmpty,
            // A refused step whose form the case's status no longer offers is said above the steps.
            "problem": failed.flatMap { failed in
                steps.contains { $0.event == failed.form.event } ? nil : catalogue.text(stepProblem(failed.error), context.language)
            } ?? false,
            "noUnits": register.isEmpty && steps.contains { Self.textField($0) == "hotline_unit" },
            "events": events.map {
                ["at": NumberFormat.chinaTime($0.at), "label": t("hotline_event_\($0.event)", context), "actor": $0.actor, "detail": $0.detail]
            },
        ]
        let status = failed.map { stepState($0.form, $0.error).status } ?? photoProblem.map(Self.photoStatus) ?? .ok
        return pages.render(
            "hotline-case", title: "\(t("hotline_case", context)) \(id)", data: data, current: "/hotline", context: context, status: status)
    }

    /// The units a case may be sent to, those serving its region and category first, each in the page's language.
    func unitChoices(_ register: [CaseUnit], for item: HotlineCase, chosen: String?, _ context: OasisRequestContext) -> [[String: Any]] {
        func fits(_ unit: CaseUnit) -> Bool { unit.handles(item.category) && (unit.region == nil || unit.region == item.region) }
        let ordered = register.filter(fits) + register.filter { !fits($0) }
        return ordered.map { unit in ["name": unit.name, "label": unit.name(context.language), "selected": unit.name == chosen] }
    }

    /// A refused step's form state: what was chosen or typed, the problem (`stepProblem`) and the page's status.
    func stepState(_ form: StepForm, _ error: OasisError) -> FormState {
        var state = FormState(values: ["text": form.text ?? "", "category": form.category ?? ""])
        state.reject(nil, stepProblem(error))
        state.status =
            switch error.kind {
            case .conflict: .conflict
            case .forbidden: .forbidden
            default: .unprocessableContent
            }
        return state
    }

    /// What went wrong with a step, as a catalogue key.
    func stepProblem(_ error: OasisError) -> MessageKey {
        switch error.kind {
        case .conflict: return "hotline_error_transition"
        case .forbidden: return "hotline_error_step_forbidden"
        default:
            let field = error.details.first?.field ?? ""
            if error.code == "case_unit_unknown" || field == "unit" || field == "units" { return "hotline_error_unit" }
            if field == "category" { return "hotline_error_category" }
            if Self.followUpFields.contains(field) { return Self.followUpProblem(error) }
            return "hotline_error_text"
        }
    }

    /// The register's names of units in the page's language, by their key.
    func unitNames(_ context: OasisRequestContext) async throws -> [String: String] {
        try await store.cases.unitNames(in: context.language)
    }

    /// Regions' names in the page's language, by code.
    func regionNames(_ context: OasisRequestContext) async throws -> [String: String] {
        Dictionary(
            try await store.regions.list().map { ($0.code.rawValue, $0.names.text(in: context.language)) }, uniquingKeysWith: { first, _ in first })
    }
}
