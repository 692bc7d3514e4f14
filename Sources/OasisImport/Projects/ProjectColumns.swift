import Foundation
import OasisCore

/// The columns of the project library's CSV and XLSX files, in order, with how each is written; the
/// reader and the writer share them so that an exported file imports back unchanged.
///
/// Names: `name_zh` (required), `name_en` and `name_ug` (Uyghur, Arabic script).
///
/// Lists inside a cell are separated by `;`: measures `13;14`, problems `12;15`, investment by year
/// `2025:1200;2026:800` (万元), milestones `name|due|done` with days as `YYYY-MM-DD` and `done` optional.
public enum ProjectColumns {
    public static let all = [
        "code", "name_zh", "name_en", "name_ug", "type", "region", "unit", "stage", "longitude", "latitude",
        "budget_fiscal", "budget_special_bonds", "budget_social_capital", "budget_bank_finance",
        "planned_investment", "actual_investment", "planned_start", "planned_end", "actual_end",
        "residential", "max_height_m", "measures", "problems", "task_id", "milestones", "progress",
    ]

    public static let required = ["code", "name_zh", "type", "region"]

    /// The cells of one project, in the order of `all`.
    public static func fields(_ project: RenewalProject) -> [String] {
        let day = { (date: Date?) in date.map { CalendarDay(date: $0).description } ?? "" }
        let number = { (value: Double?) in value.map(Self.number) ?? "" }
        let byYear = { (values: [Int: Double]) in values.keys.sorted().map { "\($0):\(Self.number(values[$0] ?? 0))" }.joined(separator: ";") }
        return [
            project.code, project.nameZh, project.nameEn, project.names[.ug] ?? "", project.type.rawValue, project.region, project.unit ?? "",
            project.stage.rawValue,
            number(project.location?.longitude), number(project.location?.latitude),
            number(project.budget[.fiscal]), number(project.budget[.specialBonds]), number(project.budget[.socialCapital]),
            number(project.budget[.bankFinance]),
            byYear(project.plannedInvestment), byYear(project.actualInvestment), day(project.plannedStart), day(project.plannedEnd),
            day(project.actualEnd),
            project.residential ? "yes" : "no", number(project.maximumHeightMeters), project.measures.map(String.init).joined(separator: ";"),
            project.citedProblems.map(String.init).joined(separator: ";"), project.taskID.map(String.init) ?? "",
            project.milestones.map { "\($0.name)|\(day($0.due))|\(day($0.done))" }.joined(separator: ";"), number(project.progress),
        ]
    }

    /// A number without a trailing `.0`, with full precision.
    static func number(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
