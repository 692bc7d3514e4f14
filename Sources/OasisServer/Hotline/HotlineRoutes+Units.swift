import Foundation
import Hummingbird
import OasisCore
import OasisServices
import OasisStore

/// The register of units over the API (`/api/v1/case-units`) and on its administration page (`/hotline/units`).
extension HotlineRoutes {
    func listUnits(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<ItemList<CaseUnit>> {
        _ = try context.principal.access(for: .readCases)
        return JSONBody(ItemList(items: try await store.cases.units()))
    }

    func saveUnit(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<CaseUnit> {
        let input = try await JSONResponse.decode(UnitInput.self, from: request, context: context)
        return JSONBody(try await cases.saveUnit(input.unit, by: context.principal))
    }

    func removeUnit(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<CaseUnit> {
        let raw = context.parameters.get("name") ?? ""
        return JSONBody(try await cases.removeUnit(named: raw.removingPercentEncoding ?? raw, by: context.principal))
    }

    func unitsPage(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.page(context) { context in
            var editing: CaseUnit?
            if let name = request.uri.queryParameters["edit"] { editing = try await store.cases.unit(named: String(name)) }
            let saved =
                request.uri.queryParameters["saved"].map { t("hotline_unit_saved", context, String($0)) }
                ?? request.uri.queryParameters["removed"].map { t("hotline_unit_removed", context, String($0)) }
            return try await units(context, form: editing.map(Self.form(of:)) ?? UnitForm(), saved: saved)
        }
    }

    func unitsForm(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let form = try await WebPages.form(UnitForm.self, request, context)
        try pages.checkCSRF(form.csrf, context)
        let unit = CaseUnit(
            name: form.name ?? "", names: ["en": form.nameEn ?? "", "ug": form.nameUg ?? ""], region: form.region,
            categories: form.categories ?? [], supervisor: form.supervisor)
        do {
            let saved = try await cases.saveUnit(unit, by: context.principal)
            let name = saved.name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            return Response.redirect(to: "/hotline/units?saved=\(name)", type: .found)
        } catch {
            let mapped = OasisError.from(error)
            guard mapped.kind == .invalid || mapped.kind == .forbidden else { throw error }
            return try await pages.page(context) { context in try await units(context, form: form, error: mapped) }
        }
    }

    /// The remove button of a row: the unit leaves the register, or the page says what still uses it.
    func unitsRemoveForm(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let form = try await WebPages.form(UnitForm.self, request, context)
        try pages.checkCSRF(form.csrf, context)
        let name = form.name ?? ""
        do {
            try await cases.removeUnit(named: name, by: context.principal)
            let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            return Response.redirect(to: "/hotline/units?removed=\(encoded)", type: .found)
        } catch {
            let mapped = OasisError.from(error)
            guard mapped.kind == .conflict || mapped.kind == .notFound || mapped.kind == .forbidden else { throw error }
            var refusal = FormState()
            switch mapped.kind {
            case .conflict:
                refusal.reject(nil, "hotline_unit_in_use", name, mapped.details.first?.reason ?? "")
                refusal.status = .conflict
            case .notFound:
                refusal.reject(nil, "hotline_unit_unknown", name)
                refusal.status = .notFound
            default:
                refusal.reject(nil, "hotline_unit_error_scope")
                refusal.status = .forbidden
            }
            return try await pages.page(context) { context in try await units(context, form: UnitForm(), refusal: refusal) }
        }
    }

    /// The register with its form: empty, a unit to edit, or as sent with each problem beside its field (or a
    /// refused removal's message).
    func units(
        _ context: OasisRequestContext, form: UnitForm, saved: String? = nil, error: OasisError? = nil, refusal: FormState? = nil
    ) async throws -> Response {
        let register = try await store.cases.units()
        let regions = try await store.regions.list()
        let byCode = Dictionary(regions.map { ($0.code.rawValue, $0) }, uniquingKeysWith: { first, _ in first })
        let chosen = Set(form.categories ?? [])
        let data: [String: Any] = [
            "units": register.map { unit -> [String: Any] in
                [
                    "name": unit.name, "encoded": unit.name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "",
                    "en": unit.names["en"] ?? "", "ug": unit.names["ug"] ?? "",
                    "region": unit.region.map { byCode[$0]?.names.text(in: context.language) ?? $0 } ?? t("hotline_unit_region_all", context),
                    "regionLang": unit.region.flatMap { byCode[$0]?.nameLanguage(in: context.language).rawValue } ?? context.language.rawValue,
                    "categories": unit.categories.isEmpty ? t("hotline_any_category", context) : unit.categories.joined(separator: ", "),
                    "supervisor": unit.supervisor ?? "—",
                ]
            },
            "regions": regions.filter { $0.level != .province }.map {
                [
                    "code": $0.code.rawValue, "name": "\($0.names.text(in: context.language)) (\($0.code.rawValue))",
                    "nameLang": $0.nameLanguage(in: context.language).rawValue,
                    "selected": $0.code.rawValue == form.region,
                ]
            },
            "categories": cases.taxonomy.categories.filter { cases.leafCategories.contains($0.code) }.map {
                ["code": $0.code, "name": "\($0.code) · \($0.name(context.language))", "selected": chosen.contains($0.code)]
            },
            "saved": saved ?? false,
        ]
        // What was typed comes back, each problem beside its field in the page's language (`FormState`).
        let values = [
            "name": form.name ?? "", "nameEn": form.nameEn ?? "", "nameUg": form.nameUg ?? "", "supervisor": form.supervisor ?? "",
            "region": form.region ?? "", "categories": (form.categories ?? []).joined(separator: ","),
        ]
        let state =
            refusal
            ?? Self.formState(
                values, after: error, fields: Self.unitFields, fallback: "name", prefix: "hotline_unit_error_",
                other: FormRefusal(kind: .forbidden, key: "hotline_unit_error_scope", status: .forbidden))
        return pages.render("hotline-units", title: t("hotline_units", context), data: data, form: state, current: "/hotline", context: context)
    }

    /// The form's field that shows a problem `CaseUnit.validated` names.
    static let unitFields = [
        "name": "name", "names.en": "nameEn", "names.ug": "nameUg", "names": "nameEn", "region": "region", "categories": "categories",
        "supervisor": "supervisor",
    ]

    static func form(of unit: CaseUnit) -> UnitForm {
        UnitForm(
            name: unit.name, nameEn: unit.names["en"], nameUg: unit.names["ug"], region: unit.region, categories: unit.categories,
            supervisor: unit.supervisor)
    }
}
