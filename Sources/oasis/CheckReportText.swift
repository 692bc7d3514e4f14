import Foundation
import OasisCore
import OasisServices

/// The terminal rendering of a health check.
enum CheckReportText {
    static func render(_ check: RegionCheck, framework: IndicatorFramework, language: Language) -> String {
        let zh = language == .zhHans
        let evaluation = check.evaluation
        var lines: [String] = []
        let name = check.region.names.text(in: language)
        lines.append("\(name) (\(check.region.code)) — \(zh ? "城市体检" : "health check") \(check.period) · \(framework.id) \(framework.version)")
        let overall = evaluation.overall.map { String(format: "%.1f", $0) } ?? "—"
        let rank = evaluation.rank.map { "\($0)/\(evaluation.peerCount)" } ?? "—"
        let change = evaluation.overallChange.map { String(format: "%+.1f", $0) } ?? "—"
        lines.append(zh ? "综合得分 \(overall)，排名 \(rank)，较上期 \(change)" : "Overall score \(overall), rank \(rank), change \(change)")
        lines.append("")
        let goalRows = zip(framework.goals, evaluation.goals).map { goal, score in
            [goal.name(in: language), score.score.map { String(format: "%.1f", $0) } ?? "—", String(score.indicatorCount), String(score.failing)]
        }
        lines.append(TextTable.render(header: zh ? ["目标", "得分", "指标数", "未达标"] : ["goal", "score", "indicators", "failing"], rows: goalRows))
        lines.append("")
        var rows: [[String]] = []
        for (definition, result) in zip(framework.indicators, evaluation.indicators) where result.value != nil {
            let status: String =
                switch result.status {
                case .pass: zh ? "达标" : "pass"
                case .fail: zh ? "未达标" : "FAIL"
                case .unknown: zh ? "无法判定" : "unknown"
                }
            let basis: String =
                switch result.basis {
                case .threshold: zh ? "阈值" : "threshold"
                case .peers: zh ? "同级比较" : "peers"
                case .insufficientPeers: zh ? "样本不足" : "too few peers"
                }
            rows.append([
                definition.code, definition.name(in: language), format(result.value) + " " + definition.unit, status, basis,
                result.score.map { String(format: "%.0f", $0) } ?? "—", result.change.map { String(format: "%+.4g", $0) } ?? "—",
                result.rank.map { "\($0)/\(result.peerCount)" } ?? "—",
            ])
        }
        lines.append(
            TextTable.render(
                header: zh
                    ? ["代码", "指标", "数值", "状态", "依据", "得分", "变化", "排名"]
                    : ["code", "indicator", "value", "status", "basis", "score", "change", "rank"], rows: rows))
        if !check.targets.isEmpty {
            lines.append("")
            for projection in check.targets {
                let verdict: String =
                    switch projection.verdict {
                    case .met: zh ? "已达成" : "met"
                    case .onTrack: zh ? "按期可达" : "on track"
                    case .atRisk: zh ? "存在风险" : "at risk"
                    case .insufficientData: zh ? "数据不足" : "insufficient data"
                    }
                let target = projection.target
                lines.append(
                    (zh ? "目标 " : "Target ")
                        + "\(target.indicator) \(target.comparison == .atLeast ? "≥" : "≤") \(format(target.value)) (\(target.targetYear)): "
                        + (zh ? "线性外推 " : "linear ") + format(projection.linearProjection) + (zh ? "，复合增长外推 " : ", compound ")
                        + format(projection.compoundProjection) + " → " + verdict)
            }
        }
        let open = check.problems.filter { $0.status.isActive }
        lines.append("")
        lines.append(zh ? "问题台账：\(open.count) 个待解决，共 \(check.problems.count) 个" : "Problem ledger: \(open.count) open of \(check.problems.count)")
        return lines.joined(separator: "\n")
    }

    static func format(_ value: Double?) -> String {
        guard let value else { return "—" }
        if value == value.rounded(), abs(value) < 1e12 { return String(Int64(value)) }
        return String(format: "%.2f", value)
    }
}
