import Foundation
import OasisCore
import OasisServices

/// The terminal rendering of a health check.
enum CheckReportText {
    static func render(_ check: RegionCheck, framework: IndicatorFramework, language: Language) -> String {
        func t(_ key: String, _ arguments: String...) -> String { MessageCatalogue.standard.text(MessageKey(key), language, arguments: arguments) }
        let evaluation = check.evaluation
        var lines: [String] = []
        let name = check.region.names.text(in: language)
        lines.append(t("cli_check_heading", name, check.region.code, String(check.period), framework.id, String(framework.version)))
        let overall = evaluation.overall.map { String(format: "%.1f", $0) } ?? "—"
        let rank = evaluation.rank.map { "\($0)/\(evaluation.peerCount)" } ?? "—"
        let change = evaluation.overallChange.map { String(format: "%+.1f", $0) } ?? "—"
        lines.append(t("cli_check_overall", overall, rank, change))
        lines.append("")
        let goalRows = zip(framework.goals, evaluation.goals).map { goal, score in
            [goal.name(in: language), score.score.map { String(format: "%.1f", $0) } ?? "—", String(score.indicatorCount), String(score.failing)]
        }
        let goalHeader = ["goal", "score", "indicators", "failing"].map { t("cli_check_col_\($0)") }
        lines.append(TextTable.render(header: goalHeader, rows: goalRows))
        lines.append("")
        var rows: [[String]] = []
        for (definition, result) in zip(framework.indicators, evaluation.indicators) where result.value != nil {
            rows.append([
                definition.code, definition.name(in: language), format(result.value) + " " + definition.unit,
                t("cli_check_status_\(result.status.rawValue)"), t("cli_check_basis_\(result.basis.rawValue)"),
                result.score.map { String(format: "%.0f", $0) } ?? "—", result.change.map { String(format: "%+.4g", $0) } ?? "—",
                result.rank.map { "\($0)/\(result.peerCount)" } ?? "—",
            ])
        }
        let header = ["code", "indicator", "value", "status", "basis", "score", "change", "rank"].map { t("cli_check_col_\($0)") }
        lines.append(TextTable.render(header: header, rows: rows))
        if !check.targets.isEmpty {
            lines.append("")
            for projection in check.targets {
                let target = projection.target
                lines.append(
                    t(
                        "cli_check_target", target.indicator, target.comparison == .atLeast ? "≥" : "≤", format(target.value),
                        String(target.targetYear), format(projection.linearProjection), format(projection.compoundProjection),
                        t("cli_check_verdict_\(projection.verdict.rawValue)")))
            }
        }
        let open = check.problems.filter { $0.status.isActive }
        lines.append("")
        lines.append(t("cli_check_ledger", String(open.count), String(check.problems.count)))
        return lines.joined(separator: "\n")
    }

    static func format(_ value: Double?) -> String {
        guard let value else { return "—" }
        if value == value.rounded(), abs(value) < 1e12 { return String(Int64(value)) }
        return String(format: "%.2f", value)
    }
}
