import Foundation
import Hummingbird
import OasisCore
import OasisServices
import OasisStore

/// The page of the register of major hazard sources (`/lifeline/hazards`): the risk map by region, the count of major
/// hazards by grade per region and the sources with their Σ q/Q, R and grade, within the user's scope.
extension LifelineRoutes {
    func hazardsPage(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.page(context) { context in
            let language = context.language
            func text(_ key: String, _ arguments: String...) -> String { catalogue.text(MessageKey(key), language, arguments: arguments) }
            let tables = GB18218Tables.standard
            let sources = try await hazards.sources(by: context.principal)
            let summaries = try await hazards.summary(by: context.principal)
            let regions = try await store.regions.list()
            let regionByCode = Dictionary(regions.map { ($0.code.rawValue, $0) }, uniquingKeysWith: { first, _ in first })
            func regionCells(_ code: String) -> (name: String, lang: String) {
                guard let region = regionByCode[code] else { return (code, language.rawValue) }
                return (region.names.text(in: language), region.nameLanguage(in: language).rawValue)
            }
            func colourCells(_ colour: MajorHazardRiskColour?) -> [String: Any] {
                [
                    "colourKey": colour?.rawValue ?? "none", "colour": text(colour?.messageKey.rawValue ?? "hazard_colour_none"),
                    "fill": colour.flatMap { MajorHazardRiskMap.fills[$0] } ?? MajorHazardRiskMap.noneFill,
                ]
            }
            let units = try await store.cases.unitNames(in: language)
            var data: [String: Any] = [:]
            data["sources"] = sources.map { source -> [String: Any] in
                let region = regionCells(source.region)
                let figures = source.figures
                var row: [String: Any] = [
                    "code": source.code, "name": source.names.text(in: language), "nameLang": source.names.language(shownIn: language).rawValue,
                    "owner": units[source.ownerUnit] ?? source.ownerUnit, "region": region.name, "regionLang": region.lang,
                    "people": NumberFormat.integer(source.exposedPeople),
                    "alpha": NumberFormat.decimal(figures?.alpha ?? 0, places: 1), "ratio": NumberFormat.decimal(figures?.ratioSum ?? 0, places: 2),
                    "r": NumberFormat.decimal(figures?.r ?? 0, places: 2),
                    "grade": figures?.grade.map { text("hazard_grade_\($0.rawValue)") } ?? text("hazard_not_major"),
                    "items": source.inventory.map { item -> [String: Any] in
                        let names = tables.names(of: item) ?? LocalizedText([language: item.cas ?? item.category ?? ""])
                        return [
                            "substance": names.text(in: language), "lang": names.language(shownIn: language).rawValue,
                            "tonnes": text("hazard_tonnes", NumberText.plain(item.tonnes)),
                        ]
                    },
                ]
                row.merge(colourCells(figures?.grade.map(MajorHazardRiskColour.init(grade:)))) { first, _ in first }
                return row
            }
            data["hasSources"] = !sources.isEmpty
            data["canImport"] = context.principal.can(.writeLayers)
            data["gradeHeads"] = MajorHazardGrade.allCases.map { ["label": text("hazard_grade_\($0.rawValue)")] }
            data["regions"] = summaries.map { summary -> [String: Any] in
                let region = regionCells(summary.region)
                var row: [String: Any] = [
                    "region": region.name, "regionLang": region.lang, "sources": summary.sources,
                    "counts": MajorHazardGrade.allCases.map { summary.grades[String($0.rawValue)] ?? 0 },
                ]
                row.merge(colourCells(summary.colour)) { first, _ in first }
                return row
            }
            data["hasRegions"] = !summaries.isEmpty
            let map = MajorHazardRiskMap(
                outlines: try await store.regionAreas.all(), sources: sources,
                colours: Dictionary(
                    summaries.compactMap { summary in summary.colour.map { (summary.region, $0) } }, uniquingKeysWith: { first, _ in first }),
                regionNames: regionByCode.mapValues { $0.names.text(in: language) })
            data["map"] = map.render(catalogue: catalogue, language: language) ?? false
            return pages.render("lifeline-hazards", title: text("hazard_title"), data: data, current: "/lifeline", context: context)
        }
    }
}
