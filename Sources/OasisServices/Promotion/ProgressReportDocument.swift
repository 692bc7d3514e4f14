import Foundation
import OasisCore

/// The progress report of the promotion mechanism for one region and year (推进情况报告): headline figures,
/// each measure's status, delays by unit and region, completed projects and the problems they addressed,
/// flagged projects. Self-contained HTML (inline CSS and SVG, no scripts), laid out for A4.
public struct ProgressReportDocument {
    public let language: Language
    public let regionName: String
    public let regionCode: String
    public let year: Int
    public let status: MeasureStatusReport
    public let delays: DelayReport
    public let projects: [PromotionService.ProjectView]
    public let citedProblems: [LedgerProblem]
    public let reportCount: Int
    public let framework: IndicatorFramework
    /// Region names by code, for the delay table.
    public let regionNames: [String: String]
    public let generatedAt: Date
    public let catalogue = MessageCatalogue.standard

    public func t(_ key: String, _ arguments: String...) -> String {
        catalogue.text(MessageKey(key), language, arguments: arguments)
    }

    public func render() -> String {
        let title = t("promo_report_title", regionName, String(year))
        var html = "<!DOCTYPE html><html lang=\"\(language.rawValue)\" dir=\"\(language.dir)\"><head><meta charset=\"utf-8\">"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>\(HTML.escape(title))</title>"
        html += "<style>\(HealthCheckReport.css) td.indicators { font-size: 8pt; }</style></head><body>"
        html += "<header><h1 id=\"report-title\">\(HTML.escape(title))</h1><p class=\"meta\">\(HTML.escape(regionCode)) · "
        html +=
            "\(HTML.escape(status.policyTitles.text(in: language))) · \(HTML.escape(t("eval_generated", NumberFormat.chinaTime(generatedAt))))</p></header>"
        html += summary()
        html += measureTable()
        html += delayTables()
        html += completedTable()
        html += flaggedTable()
        html +=
            "<section id=\"method\"><h2>\(HTML.escape(t("eval_method")))</h2><p class=\"note\">\(HTML.escape(t("promo_report_method")))</p></section>"
        return BidiIsolation.page(html + "</body></html>", in: language)
    }

    public func summary() -> String {
        let all = projects.map(\.project)
        let building = all.filter { $0.stage == .underConstruction }.count
        let completed = all.filter { $0.actualEnd.map { CalendarDay(date: $0).year == year } ?? false }.count
        let planned = all.reduce(0) { $0 + ($1.plannedInvestment[year] ?? 0) }
        let actual = all.reduce(0) { $0 + ($1.actualInvestment[year] ?? 0) }
        let late = projects.filter { $0.flags.contains { $0.kind == .timeOverrun } }.count
        let overdueTasks = status.measures.reduce(0) { $0 + $1.tasksOverdue }
        var html = "<section id=\"summary\"><h2>\(HTML.escape(t("promo_summary")))</h2><div class=\"summary\">"
        html += figure(t("promo_projects"), NumberFormat.integer(all.count))
        html += figure(t("project_stage_under_construction"), NumberFormat.integer(building))
        html += figure(t("promo_completed_in", String(year)), NumberFormat.integer(completed))
        html += figure(t("promo_investment_year", String(year)), "\(money(actual)) / \(money(planned))")
        html += figure(t("promo_late_projects"), NumberFormat.integer(late))
        html += figure(t("promo_overdue_tasks"), NumberFormat.integer(overdueTasks))
        html += figure(t("promo_reports_filed", String(year)), NumberFormat.integer(reportCount))
        html += "</div>"
        let bars = status.measures.filter { $0.projects > 0 }.map { measure in
            BarChart.Bar(
                label: t("promo_measure_number", String(measure.measure)), value: measure.meanProgress, note: "(\(measure.projects))",
                hatched: measure.lateProjects > 0)
        }
        if !bars.isEmpty {
            html +=
                "<div class=\"chart\" id=\"chart-progress\">\(BarChart(title: t("promo_chart_progress"), bars: bars, unit: "%", source: t("promo_chart_progress_note"), rightToLeft: language.dir == "rtl").render())</div>"
        }
        return html + "</section>"
    }

    public func measureTable() -> String {
        var html = "<section id=\"measures\"><h2>\(HTML.escape(t("promo_measures")))</h2><table id=\"measure-table\">"
        html += "<colgroup><col style=\"width:30%\"><col><col><col><col><col><col><col style=\"width:30%\"></colgroup><thead><tr>"
        for key in [
            "promo_measure", "promo_tasks", "promo_projects", "promo_budget", "promo_actual", "promo_progress", "promo_late_projects",
            "promo_indicators",
        ] {
            html += "<th scope=\"col\">\(HTML.escape(t(key)))</th>"
        }
        html += "</tr></thead><tbody>"
        for measure in status.measures {
            let late = measure.lateProjects + measure.tasksOverdue > 0
            html +=
                "<tr class=\"\(late ? "fail" : "")\"><td>(\(measure.measure)) \(HTML.escape(measure.titles.text(in: language)))</td>"
            html +=
                "<td class=\"num\">\(measure.tasksDone)/\(measure.tasks)\(measure.tasksOverdue > 0 ? " · " + t("promo_overdue_n", String(measure.tasksOverdue)) : "")</td>"
            html +=
                "<td class=\"num\">\(measure.projects)</td><td class=\"num\">\(money(measure.budget))</td><td class=\"num\">\(money(measure.actualInvestment))</td>"
            html +=
                "<td class=\"num\">\(measure.meanProgress.map { SVG.number($0, decimals: 0) + " %" } ?? "—")</td><td class=\"num\">\(measure.lateProjects)</td>"
            let trends = measure.indicators.compactMap(trendText)
            html += "<td class=\"indicators\">\(HTML.escape(trends.isEmpty ? "—" : trends.joined(separator: "; ")))</td></tr>"
        }
        return html + "</tbody></table><p class=\"note\">\(HTML.escape(t("promo_money_note")))</p></section>"
    }

    /// "name latest (period) ← earliest (period)" for indicators with values; nil for those without.
    public func trendText(_ trend: MeasureStatus.IndicatorTrend) -> String? {
        let name = trend.names.text(in: language)
        guard let last = trend.points.last else { return nil }
        var text = "\(name) \(IndicatorFormat.value(last.value, unit: trend.unit, language: language)) (\(last.period))"
        if trend.points.count > 1, let first = trend.points.first {
            text += " ← \(IndicatorFormat.value(first.value, unit: trend.unit, language: language)) (\(first.period))"
        }
        return text
    }

    public func delayTables() -> String {
        var html = "<section id=\"delays\"><h2>\(HTML.escape(t("promo_delays")))</h2>"
        for (id, heading, groups) in [("delay-units", "promo_by_unit", delays.byUnit), ("delay-regions", "promo_by_region", delays.byRegion)] {
            let delayed = groups.filter(\.hasDelays).prefix(20)
            html += "<h3>\(HTML.escape(t(heading)))</h3>"
            guard !delayed.isEmpty else {
                html += "<p>\(HTML.escape(t("promo_no_delays")))</p>"
                continue
            }
            html += "<table id=\"\(id)\"><thead><tr>"
            for key in [heading, "promo_overdue_tasks", "promo_late_projects", "promo_overdue_milestones", "promo_cost_overruns"] {
                html += "<th scope=\"col\">\(HTML.escape(t(key)))</th>"
            }
            html += "</tr></thead><tbody>"
            for group in delayed {
                let label = id == "delay-regions" ? regionNames[group.key].map { "\($0) (\(group.key))" } ?? group.key : group.key
                html +=
                    "<tr><td>\(HTML.escape(label))</td><td class=\"num\">\(group.overdueTasks)/\(group.tasks)</td><td class=\"num\">\(group.lateProjects)/\(group.projects)</td>"
                html += "<td class=\"num\">\(group.overdueMilestones)</td><td class=\"num\">\(group.costOverruns)</td></tr>"
            }
            html += "</tbody></table>"
        }
        return html + "</section>"
    }

    public func completedTable() -> String {
        let completed = projects.filter { $0.project.actualEnd.map { CalendarDay(date: $0).year == year } ?? false }
        var html = "<section id=\"completed\"><h2>\(HTML.escape(t("promo_completed_in", String(year))))</h2>"
        guard !completed.isEmpty else { return html + "<p>\(HTML.escape(t("promo_none_completed")))</p></section>" }
        let problems = Dictionary(citedProblems.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        html += "<table id=\"completed-table\"><thead><tr>"
        for key in ["promo_project", "promo_type", "promo_actual", "promo_problems_addressed"] {
            html += "<th scope=\"col\">\(HTML.escape(t(key)))</th>"
        }
        html += "</tr></thead><tbody>"
        for view in completed.prefix(200) {
            let project = view.project
            let addressed = project.citedProblems.compactMap { problems[$0] }.map { problem in
                let name = framework.indicator(problem.indicator)?.name(in: language) ?? problem.indicator
                return "\(name) (\(problem.region)) — \(t("problem_status_\(problem.status.rawValue)"))"
            }
            html +=
                "<tr><td>\(HTML.escape(project.code)) \(HTML.escape(project.name(in: language)))</td>"
            html +=
                "<td>\(HTML.escape(t("project_type_\(project.type.rawValue)")))</td><td class=\"num\">\(money(project.totalActualInvestment))</td>"
            html += "<td>\(HTML.escape(addressed.isEmpty ? "—" : addressed.joined(separator: "; ")))</td></tr>"
        }
        return html + "</tbody></table></section>"
    }

    public func flaggedTable() -> String {
        let flagged = projects.filter { !$0.flags.isEmpty }
        var html = "<section id=\"flagged\"><h2>\(HTML.escape(t("promo_flagged")))</h2>"
        guard !flagged.isEmpty else { return html + "<p>\(HTML.escape(t("promo_none_flagged")))</p></section>" }
        html += "<table id=\"flagged-table\"><thead><tr>"
        for key in ["promo_project", "promo_stage", "promo_flags"] { html += "<th scope=\"col\">\(HTML.escape(t(key)))</th>" }
        html += "</tr></thead><tbody>"
        for view in flagged.prefix(100) {
            html += "<tr class=\"fail\"><td>\(HTML.escape(view.project.code)) \(HTML.escape(view.project.name(in: language)))</td>"
            html += "<td>\(HTML.escape(t("project_stage_\(view.project.stage.rawValue)")))</td>"
            html +=
                "<td>\(HTML.escape(view.flags.map { t("flag_\($0.kind.rawValue)") + ": " + $0.detail(in: language, catalogue: catalogue) }.joined(separator: "; ")))</td></tr>"
        }
        if flagged.count > 100 { html += "<tr><td colspan=\"3\">\(HTML.escape(t("promo_more", String(flagged.count - 100))))</td></tr>" }
        return html + "</tbody></table></section>"
    }

    public func figure(_ label: String, _ value: String) -> String {
        "<div class=\"figure\"><span>\(HTML.escape(label))</span><b>\(HTML.escape(value))</b></div>"
    }

    public func money(_ value: Double) -> String { NumberFormat.whole(value) }
}
