import Foundation
import OasisCore

/// The shared wording and charts of a region's health check, used by the web page and the printable report.
public struct EvaluationPresentation {
    public let check: RegionCheck
    public let framework: IndicatorFramework
    /// The level's regions: code, name in the report's language, overall score and the name's language when it is
    /// not the report's (nil when it is).
    public let peers: [(code: String, name: String, overall: Double?, nameLanguage: String?)]
    public let language: Language
    public let catalogue: MessageCatalogue
    public let settings: EvaluationSettings

    public func t(_ key: String, _ arguments: String...) -> String {
        catalogue.text(MessageKey(key), language, arguments: arguments)
    }

    public var regionName: String { check.region.names.text(in: language) }

    public func format(_ value: Double?, unit: String = "") -> String { IndicatorFormat.value(value, unit: unit, language: language) }

    public func score(_ value: Double?) -> String { value.map { String(format: "%.1f", $0) } ?? "—" }

    public func signed(_ value: Double?) -> String { value.map { String(format: "%+.1f", $0) } ?? "—" }

    public func statusText(_ status: IndicatorStatus) -> String {
        switch status {
        case .pass: "✔ " + t("status_pass")
        case .fail: "✖ " + t("status_fail")
        case .unknown: "？ " + t("status_unknown")
        }
    }

    public func thresholdText(_ definition: IndicatorDefinition) -> String { IndicatorFormat.threshold(definition, language: language) }

    /// Charts are drawn mirrored for a right-to-left language.
    var rightToLeft: Bool { language.dir == "rtl" }

    public var goalChart: String {
        BarChart(
            title: t("eval_goals"),
            bars: zip(framework.goals, check.evaluation.goals).map { goal, score in
                BarChart.Bar(
                    label: goal.name(in: language), value: score.score,
                    note: score.failing > 0 ? "(\(score.failing) ✖)" : nil, hatched: score.failing > 0)
            },
            unit: "", source: "\(framework.name(in: language)) · \(check.period)", rightToLeft: rightToLeft
        ).render()
    }

    public var thresholdChart: String? {
        let rows = zip(framework.indicators, check.evaluation.indicators).filter { $0.0.threshold?.value != nil && $0.1.value != nil }
        guard !rows.isEmpty else { return nil }
        return BarChart(
            title: t("eval_thresholds"),
            bars: rows.map { definition, result in
                // Value as a share of the threshold's passing side, capped for display.
                let threshold = definition.threshold!.value!
                let value = result.value!
                let relative: Double =
                    threshold == 0
                    ? (value == 0 ? 100 : 0)
                    : min(
                        100,
                        max(
                            0,
                            definition.direction == .higherIsBetter
                                ? value / threshold * 100 : threshold / max(value, 1e-9) * 100))
                return BarChart.Bar(
                    label: definition.code, value: relative,
                    note: "(\(format(value, unit: definition.unit)) / \(thresholdText(definition)))", hatched: result.status == .fail)
            },
            unit: "%",
            source: t("eval_source") + ": " + rows.compactMap { $0.0.threshold?.source(in: language) }.uniqued().prefix(3).joined(separator: "; "),
            rightToLeft: rightToLeft
        ).render()
    }

    public var trendChart: String {
        // Periods with fewer than half the indicators of the best-covered period are left out: their overall
        // score rests on too few indicators to compare.
        let most = check.trend.map(\.indicatorCount).max() ?? 0
        return LineChart(
            title: t("eval_trend"),
            points: check.trend.filter { $0.indicatorCount * 2 >= most }.compactMap { point in
                point.overall.map { .init(period: point.period, value: $0) }
            },
            unit: t("eval_score"), target: nil, source: nil, rightToLeft: rightToLeft
        ).render()
    }

    public var tileMap: String {
        TileMap(
            title: t("eval_tilemap"),
            tiles: peers.map {
                .init(
                    code: $0.code, label: $0.name, value: $0.overall, highlighted: $0.code == check.region.code,
                    labelLanguage: $0.nameLanguage)
            },
            legend: t("eval_overall") + " 0–100", source: nil
        ).render()
    }

    public func targetChart(_ projection: TargetProjection) -> String {
        let target = projection.target
        let definition = framework.indicator(target.indicator)
        var projected: [LineChart.Point] = []
        if let last = projection.observations.last, let linear = projection.linearProjection {
            projected = [.init(period: last.year, value: last.value), .init(period: target.targetYear, value: linear)]
        }
        return LineChart(
            title: (definition?.name(in: language) ?? target.indicator) + " → \(target.targetYear)",
            points: projection.observations.map { .init(period: $0.year, value: $0.value) },
            unit: IndicatorFormat.unit(definition?.unit ?? "", in: language),
            target: (target.value, (target.comparison == .atLeast ? "≥ " : "≤ ") + format(target.value, unit: definition?.unit ?? "")),
            projection: projected,
            source: target.source(in: language), rightToLeft: rightToLeft
        ).render()
    }

    public func targetText(_ projection: TargetProjection) -> String {
        let target = projection.target
        let unit = framework.indicator(target.indicator)?.unit ?? ""
        return t(
            "target_line", framework.indicator(target.indicator)?.name(in: language) ?? target.indicator,
            (target.comparison == .atLeast ? "≥ " : "≤ ") + format(target.value, unit: unit), String(target.targetYear),
            format(projection.linearProjection, unit: unit), format(projection.compoundProjection, unit: unit),
            projection.requiredAnnualChange.map { String(format: "%+.2f", $0) } ?? "—",
            projection.observedAnnualChange.map { String(format: "%+.2f", $0) } ?? "—",
            t("verdict_\(projection.verdict.rawValue)"))
    }

    public var methodText: String { t("eval_method_text", String(settings.minimumPeers)) }
}

extension Sequence where Element: Hashable {
    /// The elements in order, each once.
    public func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
