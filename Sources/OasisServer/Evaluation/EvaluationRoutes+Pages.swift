import Foundation
import Hummingbird
import NIOCore
import OasisCore
import OasisServices
import OasisStore

/// The health-check pages: ranking with a tile map, a region's check, the printable report, the ledger,
/// the framework and the import page.
extension EvaluationRoutes {
    func overviewPage(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.page(context) { context in try await overview(request, context) }
    }

    func importPage(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.page(context) { context in
            pages.render(
                "evaluation-import", title: catalogue.text("import_title", context.language), data: [:], current: "/evaluation", context: context)
        }
    }

    func frameworkPage(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.page(context) { context in try await framework(context) }
    }

    func problemsPage(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.page(context) { context in try await problemList(request, context) }
    }

    struct ProblemMove: Decodable {
        var status: String?
        var period: String?
        var csrf: String?
    }

    func moveProblemForm(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let form = try await WebPages.form(ProblemMove.self, request, context)
        try pages.checkCSRF(form.csrf, context)
        guard let id = context.parameters.get("id").flatMap(Int64.init), let status = form.status.flatMap(ProblemStatus.init(rawValue:)) else {
            throw OasisError.invalid(
                code: "invalid_form", message: "Choose a status.", details: [.init(field: "status", reason: "missing or unknown")])
        }
        let periodText = form.period?.trimmingASCIIWhitespace() ?? ""
        guard periodText.isEmpty || Int(periodText) != nil else {
            throw OasisError.invalid(
                code: "invalid_form", message: "The period is a year such as 2025.", details: [.init(field: "period", reason: "\"\(periodText)\"")])
        }
        _ = try await store.problems.setStatus(
            id, to: status, period: Int(periodText), note: nil, by: context.principal.access(for: .writeIndicators))
        return Response.redirect(to: "/evaluation/problems", type: .found)
    }

    func regionPage(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.page(context) { context in try await region(request, context) }
    }

    func reportPage(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let code = try RequestParameters.pathRegion(context)
        let html = try await evaluation.healthCheckReport(
            region: code, period: try Self.period(request), language: context.language, by: context.principal)
        var response = Response(
            status: .ok, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: html)))
        // The report is self-contained: inline styles, no scripts.
        response.headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
        return response
    }

    func overview(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let language = context.language
        let (regions, byPeriod) = try await evaluation.evaluate(level: .prefecture)
        let periods = byPeriod.keys.sorted()
        var data: [String: Any] = ["hasData": !periods.isEmpty]
        if let period = try Self.period(request) ?? periods.last, let evaluations = byPeriod[period] {
            let rows = zip(regions, evaluations).sorted { ($0.1.rank ?? .max) < ($1.1.rank ?? .max) }.map { region, evaluation -> [String: Any] in
                [
                    "code": region.code.rawValue, "name": region.name(in: language), "period": period,
                    "nameLang": region.nameLanguage(in: language).rawValue,
                    "rank": evaluation.rank.map(String.init) ?? "—", "overall": evaluation.overall.map { String(format: "%.1f", $0) } ?? "—",
                    "change": evaluation.overallChange.map { String(format: "%+.1f", $0) } ?? "—",
                    "failing": evaluation.indicators.filter { $0.status == .fail }.count,
                ]
            }
            data["rows"] = rows
            data["periods"] = periods.reversed().map { ["year": $0, "selected": $0 == period] }
            data["rankingTitle"] = catalogue.text("eval_ranking", language, String(period), catalogue.text("region_level_prefecture", language))
            data["tileMap"] = TileMap(
                title: catalogue.text("eval_tilemap", language),
                tiles: zip(regions, evaluations).map {
                    let nameLanguage = $0.nameLanguage(in: language)
                    return .init(
                        code: $0.code.rawValue, label: $0.name(in: language), value: $1.overall,
                        labelLanguage: nameLanguage == language ? nil : nameLanguage.rawValue)
                },
                legend: catalogue.text("eval_overall", language) + " 0–100", source: nil
            ).render()
        } else {
            data["hasData"] = false
        }
        return pages.render("evaluation", title: catalogue.text("eval_title", language), data: data, current: "/evaluation", context: context)
    }

    func region(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let code = try RequestParameters.pathRegion(context)
        let p = try await evaluation.presentation(region: code, period: try Self.period(request), language: context.language, by: context.principal)
        let check = p.check
        let values = try await store.indicatorValues.values(region: code.rawValue, for: .system)
        let indicators = zip(p.framework.indicators, check.evaluation.indicators).filter { $0.1.value != nil }.map {
            definition, result -> [String: Any] in
            [
                "code": definition.code, "name": definition.name(in: context.language), "value": p.format(result.value, unit: definition.unit),
                "threshold": p.thresholdText(definition), "status": p.statusText(result.status), "statusClass": result.status.rawValue,
                "basis": p.t("basis_\(result.basis.rawValue)"), "score": p.score(result.score),
                "rank": result.rank.map { "\($0)/\(result.peerCount)" } ?? "—",
            ]
        }
        let open = check.problems.filter { $0.status.isActive }.count
        let data: [String: Any] = [
            "code": code.rawValue, "name": p.regionName, "title": p.t("eval_region_title", p.regionName, String(check.period)),
            "period": check.period, "periods": check.periods.map { ["year": $0, "selected": $0 == check.period] },
            "overall": p.score(check.evaluation.overall), "rank": check.evaluation.rank.map { "\($0) / \(check.evaluation.peerCount)" } ?? "—",
            "change": p.signed(check.evaluation.overallChange), "goalChart": p.goalChart, "trendChart": p.trendChart,
            "targets": check.targets.map { ["chart": p.targetChart($0), "text": p.targetText($0)] },
            "indicators": indicators, "method": p.methodText,
            "openProblems": "\(p.t("eval_problems")): \(open) / \(check.problems.count)",
            "sample": values.contains { $0.source == DemoSampleValues.source && $0.period <= check.period },
        ]
        return pages.render("evaluation-region", title: p.regionName, data: data, current: "/evaluation", context: context)
    }

    func framework(_ context: OasisRequestContext) async throws -> Response {
        let language = context.language
        let framework = try await store.frameworks.activeOrBuiltIn()
        let groups = Dictionary(framework.groups.map { ($0.code, $0.name(in: language)) }, uniquingKeysWith: { first, _ in first })
        let goals = Dictionary(framework.goals.map { ($0.code, $0.name(in: language)) }, uniquingKeysWith: { first, _ in first })
        let levelList = framework.levels.isEmpty ? [FrameworkCategory(code: "city", nameZh: "城市", nameEn: "City")] : framework.levels
        let levels = levelList.map { level -> [String: Any] in
            [
                "name": level.name(in: language),
                "indicators": framework.indicators.filter { $0.level == level.code }.map { definition -> [String: Any] in
                    [
                        "code": definition.code, "name": definition.name(in: language), "unit": IndicatorFormat.unit(definition.unit, in: language),
                        "group": groups[definition.group] ?? definition.group, "goal": goals[definition.goal] ?? definition.goal,
                        "direction": catalogue.text(MessageKey("direction_\(definition.direction.rawValue)"), language),
                        "threshold": IndicatorFormat.threshold(definition, language: language)
                            + (definition.threshold?.source(in: language).map { language == .zhHans ? "（\($0)）" : " (\($0))" } ?? ""),
                        "confidence": catalogue.text(MessageKey("confidence_\(definition.confidence.rawValue)"), language),
                    ]
                },
            ]
        }
        return pages.render(
            "evaluation-framework", title: catalogue.text("frameworks_title", language),
            data: ["name": framework.name(in: language), "version": framework.version, "levels": levels],
            current: "/evaluation", context: context)
    }
}
