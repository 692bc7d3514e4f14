import Foundation
import Hummingbird
import OasisCore
import OasisServices
import OasisStore

/// The administrators' calendar page: the loaded years and layers, the office hours, the coverage warning and a
/// form to load a calendar file (its JSON pasted; `oasis calendar import FILE` does the same from a shell).
extension CalendarRoutes {
    struct LoadForm: Decodable {
        var csrf: String?
        var json: String?
    }

    func page(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.page(context) { context in
            let language = context.language
            let entries = try await calendars.listing()
            func regionText(_ region: String?) -> String { region ?? catalogue.text("calendar_national", language) }
            var data: [String: Any] = [
                "years": entries.filter { $0.year != nil }.map { entry -> [String: Any] in
                    [
                        "region": regionText(entry.region), "year": entry.year ?? 0, "daysOff": entry.daysOff ?? 0, "makeUp": entry.makeUpDays ?? 0,
                        "source": entry.source ?? "", "sample": entry.sample, "builtIn": entry.builtIn,
                        "loadedAt": entry.loadedAt.map { NumberFormat.chinaTime($0) } ?? "—",
                    ]
                },
                "hours": entries.compactMap { entry -> [String: Any]? in
                    guard let hours = entry.officeHours else { return nil }
                    return [
                        "region": regionText(entry.region), "from": hours.from, "label": hours.label ?? "", "sample": entry.sample,
                        // On a right-to-left page the renderer isolates each range (BidiIsolation), so 09:00–12:00 keeps its order.
                        "periods": hours.periods.map { "\($0.start)–\($0.end)" }.joined(separator: ", "),
                    ]
                },
            ]
            data["hasHours"] = !((data["hours"] as? [Any]) ?? []).isEmpty
            if let warning = try await calendars.coverageWarning() {
                data["warning"] = Self.warningText(warning, catalogue: catalogue, language: language)
            }
            return pages.render(
                "calendars", title: catalogue.text("calendar_title", language), data: data, current: "/admin/calendars", context: context)
        }
    }

    func loadForm(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let form = try await WebPages.form(LoadForm.self, request, context)
        try pages.checkCSRF(form.csrf, context)
        try await calendars.load(json: Array((form.json ?? "").utf8), by: context.principal)
        return Response.redirect(to: "/admin/calendars", type: .found)
    }

    /// The coverage warning as a sentence in the page's language.
    static func warningText(_ warning: CalendarCoverageWarning, catalogue: MessageCatalogue, language: Language) -> String {
        warning.message(in: language, catalogue: catalogue)
    }
}
