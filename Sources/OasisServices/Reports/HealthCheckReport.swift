import Foundation
import OasisCore

/// The printable health-check report: one self-contained HTML file (inline CSS and SVG, no scripts, no
/// external resources), laid out for A4, in any of the catalogue's languages (right to left for Uyghur).
public struct HealthCheckReport {
    public let presentation: EvaluationPresentation
    public let generatedAt: Date
    public let containsSample: Bool
    /// The region's shelters with the residents within their walking reach, from the latest background shelter
    /// analysis (nil: none ran).
    public var shelterReach: (period: Int, shelters: [AnalysisJobResult.ShelterReach])?

    public init(
        presentation: EvaluationPresentation, generatedAt: Date, containsSample: Bool,
        shelterReach: (period: Int, shelters: [AnalysisJobResult.ShelterReach])? = nil
    ) {
        self.presentation = presentation
        self.generatedAt = generatedAt
        self.containsSample = containsSample
        self.shelterReach = shelterReach
    }

    public static let css = """
        @page { size: A4; margin: 14mm 12mm; }
        * { box-sizing: border-box; }
        body { font-family: \(FontStack.standard); color: #1d2b2a; margin: 0 auto; max-width: 186mm; font-size: 10.5pt; line-height: 1.45; }
        h1 { font-size: 19pt; margin: 0 0 4pt; } h2 { font-size: 13pt; border-bottom: 1.5pt solid #0b6e63; padding-bottom: 2pt; margin: 16pt 0 6pt; }
        .meta, .note, .source { color: #4b5d5b; font-size: 9pt; }
        .sample { border: 1pt solid #a4161a; color: #a4161a; padding: 4pt 6pt; font-weight: 600; }
        .summary { display: flex; gap: 10pt; flex-wrap: wrap; margin: 8pt 0; }
        .figure { border: 1pt solid #c9d6d3; padding: 6pt 10pt; min-width: 38mm; } .figure b { display: block; font-size: 17pt; }
        table { border-collapse: collapse; width: 100%; font-size: 9pt; } th, td { border: 0.5pt solid #9fb3af; padding: 2.5pt 4pt; text-align: start; vertical-align: top; }
        th { background: #e8f1ef; } td.num { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tr.fail td { background: #fbf1dc; } section { break-inside: avoid; } .chart { break-inside: avoid; margin: 6pt 0; }
        thead { display: table-header-group; } tr { break-inside: avoid; }
        [lang=ug] body { font-family: \(FontStack.uyghur); }
        [dir=rtl] td.num, [dir=rtl] .figure b { direction: ltr; unicode-bidi: isolate; text-align: left; }
        @media screen { body { padding: 16px; } .chart { overflow-x: auto; } }
        @media screen and (max-width: 700px) { body { padding: 10px; } table { display: block; overflow-x: auto; } }
        @media print { .chart svg { max-width: 100%; height: auto; } }
        """

    public func render() -> String {
        let p = presentation
        let check = p.check
        let evaluation = check.evaluation
        var html = "<!DOCTYPE html><html lang=\"\(p.language.rawValue)\" dir=\"\(p.language.dir)\"><head><meta charset=\"utf-8\">"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        html += "<title>\(HTML.escape(p.t("eval_region_title", p.regionName, String(check.period))))</title><style>\(Self.css)</style></head><body>"
        html += "<header><h1 id=\"report-title\">\(HTML.escape(p.t("eval_region_title", p.regionName, String(check.period))))</h1>"
        html += "<p class=\"meta\">\(HTML.escape(check.region.code)) · \(HTML.escape(p.framework.name(in: p.language))) \(check.frameworkVersion) · "
        html += "\(HTML.escape(p.t("eval_generated", NumberFormat.chinaTime(generatedAt))))</p>"
        if containsSample { html += "<p class=\"sample\" id=\"sample-note\">\(HTML.escape(p.t("eval_sample_note")))</p>" }
        html += "</header>"

        html += "<section id=\"summary\"><div class=\"summary\">"
        html += figure(p.t("eval_overall"), p.score(evaluation.overall))
        html += figure(p.t("eval_rank"), evaluation.rank.map { "\($0) / \(evaluation.peerCount)" } ?? "—")
        html += figure(p.t("eval_change"), p.signed(evaluation.overallChange))
        html += figure(p.t("eval_failing"), String(evaluation.indicators.filter { $0.status == .fail }.count))
        html += "</div><div class=\"chart\" id=\"chart-goals\">\(p.goalChart)</div></section>"

        html += "<section id=\"peers\"><div class=\"chart\" id=\"chart-tiles\">\(p.tileMap)</div></section>"
        if let thresholds = p.thresholdChart {
            html += "<section id=\"thresholds\"><div class=\"chart\" id=\"chart-thresholds\">\(thresholds)</div></section>"
        }
        html += "<section id=\"trend\"><div class=\"chart\" id=\"chart-trend\">\(p.trendChart)</div></section>"
        if !check.targets.isEmpty {
            html += "<section id=\"targets\"><h2>\(HTML.escape(p.t("eval_targets")))</h2>"
            for projection in check.targets {
                html += "<div class=\"chart\">\(p.targetChart(projection))</div><p>\(HTML.escape(p.targetText(projection)))</p>"
            }
            html += "</section>"
        }
        html += indicatorTable()
        html += problemTable()
        html += shelterReachTable()
        html += "<section id=\"method\"><h2>\(HTML.escape(p.t("eval_method")))</h2><p class=\"note\">\(HTML.escape(p.methodText))</p></section>"
        return BidiIsolation.page(html + "</body></html>", in: p.language)
    }

    /// Each shelter's capacity against the residents within its walking radius (the shelter analysis keeps only U22's sums
    /// as an indicator; this is what a duty officer plans with).
    public func shelterReachTable() -> String {
        guard let reach = shelterReach, !reach.shelters.isEmpty else { return "" }
        let p = presentation
        var html = "<section id=\"shelter-reach\"><h2>\(HTML.escape(p.t("report_shelter_reach", String(reach.period))))</h2><table><thead><tr>"
        for key in ["living_shelter_name", "living_region", "living_shelter_capacity", "living_shelter_within", "living_shelter_ratio"] {
            html += "<th scope=\"col\">\(HTML.escape(p.t(key)))</th>"
        }
        html += "</tr></thead><tbody>"
        for shelter in reach.shelters {
            let ratio = shelter.populationWithinRadius > 0 ? NumberFormat.decimal(shelter.capacity / shelter.populationWithinRadius) : "—"
            html +=
                "<tr><td translate=\"no\">\(HTML.escape(shelter.name.isEmpty ? shelter.id : shelter.name))</td><td>\(HTML.escape(shelter.district))</td>"
            html +=
                "<td class=\"num\">\(NumberFormat.whole(shelter.capacity))</td><td class=\"num\">\(NumberFormat.whole(shelter.populationWithinRadius))</td>"
            html += "<td class=\"num\">\(ratio)</td></tr>"
        }
        return html + "</tbody></table></section>"
    }

    public func figure(_ label: String, _ value: String) -> String {
        "<div class=\"figure\"><span>\(HTML.escape(label))</span><b>\(HTML.escape(value))</b></div>"
    }

    public func indicatorTable() -> String {
        let p = presentation
        var html = "<section id=\"indicators\"><h2>\(HTML.escape(p.t("eval_indicators")))</h2><table id=\"indicator-table\"><thead><tr>"
        for key in [
            "eval_code", "eval_indicator", "eval_value", "eval_threshold", "eval_status", "eval_basis", "eval_score", "eval_change", "eval_rank",
        ] {
            html += "<th scope=\"col\">\(HTML.escape(p.t(key)))</th>"
        }
        html += "</tr></thead><tbody>"
        for (definition, result) in zip(p.framework.indicators, p.check.evaluation.indicators) where result.value != nil {
            html +=
                "<tr class=\"\(result.status.rawValue)\"><td>\(HTML.escape(definition.code))</td><td>\(HTML.escape(definition.name(in: p.language)))</td>"
            html +=
                "<td class=\"num\">\(HTML.escape(p.format(result.value, unit: definition.unit)))</td><td class=\"num\">\(HTML.escape(p.thresholdText(definition)))</td>"
            html += "<td>\(HTML.escape(p.statusText(result.status)))</td><td>\(HTML.escape(p.t("basis_\(result.basis.rawValue)")))</td>"
            html +=
                "<td class=\"num\">\(p.score(result.score))</td><td class=\"num\">\(HTML.escape(result.change.map { String(format: "%+.4g", $0) } ?? "—"))</td>"
            html += "<td class=\"num\">\(result.rank.map { "\($0)/\(result.peerCount)" } ?? "—")</td></tr>"
        }
        return html + "</tbody></table></section>"
    }

    public func problemTable() -> String {
        let p = presentation
        var html = "<section id=\"problems\"><h2>\(HTML.escape(p.t("eval_problems")))</h2>"
        guard !p.check.problems.isEmpty else { return html + "<p>\(HTML.escape(p.t("problem_none")))</p></section>" }
        html += "<table id=\"problem-table\"><thead><tr>"
        for key in ["eval_indicator", "problem_category", "problem_severity", "problem_status", "problem_first", "problem_last_failed"] {
            html += "<th scope=\"col\">\(HTML.escape(p.t(key)))</th>"
        }
        html += "</tr></thead><tbody>"
        for problem in p.check.problems {
            let name = p.framework.indicator(problem.indicator)?.name(in: p.language) ?? problem.indicator
            let group = p.framework.groups.first { $0.code == problem.category }?.name(in: p.language) ?? problem.category
            html += "<tr><td>\(HTML.escape(problem.indicator)) \(HTML.escape(name))</td><td>\(HTML.escape(group))</td>"
            html +=
                "<td>\(HTML.escape(p.t("severity_\(problem.severity.rawValue)")))</td><td>\(HTML.escape(p.t("problem_status_\(problem.status.rawValue)")))</td>"
            html += "<td class=\"num\">\(problem.firstPeriod)</td><td class=\"num\">\(problem.lastFailedPeriod)</td></tr>"
        }
        return html + "</tbody></table></section>"
    }
}
