import Foundation
import Hummingbird
import OasisCore
import OasisServices
import OasisStore

/// The health check over the API: frameworks, values, evaluations, rankings and the problem ledger.
extension EvaluationRoutes {
    func frameworks(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<ItemList<FrameworkRepository.Summary>> {
        var stored = try await store.frameworks.list()
        if stored.isEmpty {
            let builtIn = IndicatorFramework.builtIn
            stored = [
                FrameworkRepository.Summary(id: builtIn.id, version: builtIn.version, names: builtIn.names, active: true)
            ]
        }
        return JSONBody(ItemList(items: stored))
    }

    func activeFramework(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<IndicatorFramework> {
        JSONBody(try await store.frameworks.activeOrBuiltIn())
    }

    func saveFramework(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<[String: String]> {
        let contentType = RequestContentType(request)
        try contentType.require(contentType.hasPrefix("application/json"), "Send the framework as application/json.")
        let body = try await JSONResponse.collect(request, context: context)
        let framework = try IndicatorFramework.decode(json: Array(buffer: body))
        try await store.frameworks.save(framework, by: context.principal.access(for: .writeIndicators))
        let ledger = try await evaluation.refreshLedger(by: context.principal)
        return JSONBody(
            [
                "id": framework.id, "version": String(framework.version), "indicators": String(framework.indicators.count),
                "problemsOpened": String(ledger.opened),
            ], status: .created)
    }

    /// A refusal comes back in the request's language, or as the marked file with `?marked=1` (`ImportRefusal`).
    func importValues(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await ImportRefusal(catalogue: catalogue, store: store, foldsPlace: false).run(
            request, context, language: ImportRefusal.askedLanguage(request), defaultName: "upload"
        ) { upload in
            let outcome = try await evaluation.importValues(
                upload.bytes, fileName: upload.fileName, acceptValid: upload.acceptValid, by: context.principal)
            return JSONBody(outcome, status: outcome.record == nil ? .ok : .created)
        }
    }

    func postValues(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<some Encodable> {
        let inputs = try await JSONResponse.decode([ValueInput].self, from: request, context: context)
        var csv = "region,indicator,period,value,source\n"
        for input in inputs {
            let source = (input.source ?? "api").replacingOccurrences(of: "\"", with: "\"\"")
            csv += "\(Self.csvField(input.region)),\(Self.csvField(input.indicator)),\(input.period),\(input.value),\"\(source)\"\n"
        }
        let outcome = try await evaluation.importValues(Array(csv.utf8), fileName: "api", acceptValid: false, by: context.principal)
        return JSONBody(outcome, status: .created)
    }

    func valueImports(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<some Encodable> {
        JSONBody(ItemList(items: try await store.indicatorValues.imports()))
    }

    func regionValues(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<some Encodable> {
        let code = try RequestParameters.pathRegion(context)
        return JSONBody(
            ItemList(items: try await store.indicatorValues.values(region: code.rawValue, for: context.principal.access(for: .readIndicators))))
    }

    func evaluateRegion(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<RegionCheck> {
        let code = try RequestParameters.pathRegion(context)
        let period = try Self.period(request)
        return JSONBody(try await evaluation.check(region: code, period: period, by: context.principal))
    }

    func rankRegions(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<Ranking> {
        let levelText = RequestParameters.text(request, "level") ?? RegionLevel.prefecture.rawValue
        guard let level = RegionLevel(rawValue: levelText) else {
            throw OasisError.invalid(
                code: "invalid_parameter", message: "Unknown level.", details: [.init(field: "level", reason: "\"\(levelText)\"")])
        }
        return JSONBody(try await ranking(level: level, period: try Self.period(request)))
    }

    func problems(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<ProblemPage> {
        let query = try LedgerFilter.apiQuery(request)
        let page = try await evaluation.ledger(query, by: context.principal)
        return JSONBody(ProblemPage(total: page.total, offset: query.offset, limit: query.limit, items: page.items))
    }

    func setProblemStatus(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<LedgerProblem> {
        guard let id = context.parameters.get("id").flatMap(Int64.init) else {
            throw OasisError.invalid(
                code: "invalid_parameter", message: "The problem id must be a whole number.", details: [.init(field: "id", reason: "not a number")])
        }
        let change = try await JSONResponse.decode(StatusChange.self, from: request, context: context)
        return JSONBody(
            try await store.problems.setStatus(
                id, to: change.status, period: change.period, note: change.note, by: context.principal.access(for: .writeIndicators)))
    }

    func ranking(level: RegionLevel, period: Int?) async throws -> Ranking {
        let (regions, byPeriod) = try await evaluation.evaluate(level: level)
        let periods = byPeriod.keys.sorted()
        guard let chosen = period ?? periods.last, let evaluations = byPeriod[chosen] else {
            throw OasisError(
                kind: .notFound, code: "period_without_data",
                message: "No indicator values for that period; periods with data: \(periods.map(String.init).joined(separator: ", ")).")
        }
        let visible = Set(try await store.regions.list(level: level).map(\.code.rawValue))
        let rows = zip(regions, evaluations).filter { visible.contains($0.0.code.rawValue) }.map { region, evaluation in
            RankingRow(
                region: region.code.rawValue, names: region.names, overall: evaluation.overall,
                rank: evaluation.rank,
                change: evaluation.overallChange, failing: evaluation.indicators.filter { $0.status == .fail }.count, goals: evaluation.goals)
        }.sorted { ($0.rank ?? .max, $0.region) < ($1.rank ?? .max, $1.region) }
        return Ranking(level: level.rawValue, period: chosen, periods: periods, items: rows)
    }

    static func csvField(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
