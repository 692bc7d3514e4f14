import Foundation
import OasisCore
import OasisImport
import OasisServices

/// The project form as typed: every field kept as text so that a refused form comes back with what the planner
/// wrote. `project(base:into:)` reads it into a project (on top of the stored one when editing), rejecting what
/// cannot be read beside its field; the domain rules stay in `PromotionService.save`.
struct ProjectForm: Decodable {
    var csrf: String?
    var code: String?
    var nameZh: String?
    var nameEn: String?
    var type: String?
    var region: String?
    var unit: String?
    var stage: String?
    var budgetFiscal: String?
    var budgetSpecialBonds: String?
    var budgetSocialCapital: String?
    var budgetBankFinance: String?
    var plannedStart: String?
    var plannedEnd: String?
    var measures: String?
    var problems: String?
    var residential: String?
    var maxHeight: String?
    var site: String?

    /// Each funding source with its field.
    static var budgetFields: [(FundingSource, KeyPath<ProjectForm, String?>, String)] {
        [
            (.fiscal, \.budgetFiscal, "budgetFiscal"), (.specialBonds, \.budgetSpecialBonds, "budgetSpecialBonds"),
            (.socialCapital, \.budgetSocialCapital, "budgetSocialCapital"), (.bankFinance, \.budgetBankFinance, "budgetBankFinance"),
        ]
    }

    init() {}

    /// The form filled from a stored project (the edit page).
    init(_ project: RenewalProject) {
        code = project.code
        nameZh = project.names[.zhHans]
        nameEn = project.names[.en]
        type = project.type.rawValue
        region = project.region
        unit = project.unit
        stage = project.stage.rawValue
        let amount = { (value: Double?) in value.map { SVG.number($0, decimals: 2) } }
        budgetFiscal = amount(project.budget[.fiscal])
        budgetSpecialBonds = amount(project.budget[.specialBonds])
        budgetSocialCapital = amount(project.budget[.socialCapital])
        budgetBankFinance = amount(project.budget[.bankFinance])
        plannedStart = project.plannedStart.map { CalendarDay(date: $0).description }
        plannedEnd = project.plannedEnd.map { CalendarDay(date: $0).description }
        measures = project.measures.map(String.init).joined(separator: ", ")
        problems = project.citedProblems.map(String.init).joined(separator: ", ")
        residential = project.residential ? "on" : nil
        maxHeight = project.maximumHeightMeters.map { SVG.number($0, decimals: 1) }
        site = SiteGeoJSON.text(point: project.location, area: project.area)
    }

    static func trimmed(_ text: String?) -> String { (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }

    /// The project the form describes, or the errors that keep it from being one. `base` is the stored project
    /// when editing: what the form does not show (milestones, investments, risks, the stage) is kept from it.
    func project(base: RenewalProject?, into state: inout FormState) -> RenewalProject? {
        func say(_ field: String, _ key: String) { state.reject(field, MessageKey(key)) }
        let code = base?.code ?? Self.trimmed(self.code)
        if code.isEmpty { say("code", "form_required") }
        let nameZh = Self.trimmed(self.nameZh)
        if nameZh.isEmpty { say("nameZh", "form_required") }
        let type = ProjectType(rawValue: Self.trimmed(self.type))
        if type == nil { say("type", "form_choice_invalid") }
        let region = Self.trimmed(self.region)
        if region.isEmpty { say("region", "form_required") } else if (try? RegionCode(region)) == nil { say("region", "form_choice_invalid") }
        var stage = base?.stage ?? .reserve
        if base == nil, !Self.trimmed(self.stage).isEmpty {
            if let chosen = ProjectStage(rawValue: Self.trimmed(self.stage)) { stage = chosen } else { say("stage", "form_choice_invalid") }
        }
        var budget: [FundingSource: Double] = [:]
        for (source, path, field) in Self.budgetFields {
            let text = Self.trimmed(self[keyPath: path])
            guard !text.isEmpty else { continue }
            if let value = Double(text.replacingOccurrences(of: ",", with: "")), value.isFinite {
                budget[source] = value
            } else {
                say(field, "form_number_invalid")
            }
        }
        func day(_ text: String?, _ field: String) -> Date? {
            let text = Self.trimmed(text)
            guard !text.isEmpty else { return nil }
            guard let day = CalendarDay(text) else {
                say(field, "form_day_invalid")
                return nil
            }
            return day.date
        }
        let start = day(plannedStart, "plannedStart")
        let end = day(plannedEnd, "plannedEnd")
        if let start, let end, end < start { say("plannedEnd", "form_end_before_start") }
        func numbers(_ text: String?, _ field: String) -> [Int] {
            let parts = Self.trimmed(text).split(whereSeparator: { $0 == "," || $0 == "，" || $0 == " " || $0 == "、" })
            let values = parts.compactMap { Int($0) }
            if values.count != parts.count { say(field, "form_numbers_invalid") }
            return values
        }
        let measureList = numbers(measures, "measures")
        let problemList = numbers(problems, "problems").map(Int64.init)
        var height: Double?
        if !Self.trimmed(maxHeight).isEmpty {
            height = Double(Self.trimmed(maxHeight))
            if height == nil || !(height?.isFinite ?? false) { say("maxHeight", "form_number_invalid") }
        }
        var location: GeoPoint?
        var area: BoundaryArea?
        if !Self.trimmed(site).isEmpty {
            if let parsed = SiteGeoJSON.read(Self.trimmed(site)) {
                (location, area) = parsed
            } else {
                say("site", "form_site_invalid")
            }
        }
        guard !state.hasErrors, let type else { return nil }
        var project =
            base
            ?? RenewalProject(code: code, nameZh: nameZh, nameEn: "", type: type, region: region, stage: stage)
        project.names = LocalizedText(zhHans: nameZh, en: Self.trimmed(nameEn))
        for (language, text) in (base?.names.texts ?? [:]) where language != .zhHans && language != .en { project.names[language] = text }
        project.type = type
        project.region = region
        project.unit = Self.trimmed(unit).isEmpty ? nil : Self.trimmed(unit)
        project.budget = budget
        project.plannedStart = start
        project.plannedEnd = end
        project.measures = measureList
        project.citedProblems = problemList
        project.residential = residential != nil
        project.maximumHeightMeters = height
        project.location = location
        project.area = area
        return project
    }

    /// The form field a detail of `PromotionService.validate` (`projects[0].budget.fiscal`, …) belongs to.
    static func field(ofDetail path: String) -> String? {
        var name = path
        if name.hasPrefix("projects["), let dot = name.firstIndex(of: ".") { name = String(name[name.index(after: dot)...]) }
        let head = String(name.prefix { $0 != "." && $0 != "[" })
        switch head {
        case "code", "nameZh", "nameEn", "unit", "plannedStart", "plannedEnd", "measures", "region", "type": return head
        case "names": return name.contains("en") ? "nameEn" : "nameZh"
        case "citedProblems": return "problems"
        case "maximumHeightMeters": return "maxHeight"
        case "location", "area": return "site"
        case "budget":
            let source = name.split(separator: ".").dropFirst().first.map(String.init) ?? ""
            return budgetFields.first { $0.0.rawValue == source }?.2 ?? "budgetFiscal"
        default: return nil
        }
    }

    /// The typed values, by input name (the check box aside).
    var values: [String: String] {
        [
            "code": code ?? "", "nameZh": nameZh ?? "", "nameEn": nameEn ?? "", "type": type ?? "", "region": region ?? "", "stage": stage ?? "",
            "unit": unit ?? "", "budgetFiscal": budgetFiscal ?? "", "budgetSpecialBonds": budgetSpecialBonds ?? "",
            "budgetSocialCapital": budgetSocialCapital ?? "", "budgetBankFinance": budgetBankFinance ?? "", "plannedStart": plannedStart ?? "",
            "plannedEnd": plannedEnd ?? "", "measures": measures ?? "", "problems": problems ?? "", "maxHeight": maxHeight ?? "", "site": site ?? "",
        ]
    }
}
