import Foundation
import Hummingbird
import OasisCore
import OasisServices
import OasisStore

/// The health check over HTTP: frameworks, value imports, evaluations, rankings and the problem ledger.
struct EvaluationController {
    let evaluation: EvaluationService
    var store: Store { evaluation.store }

    struct ValueInput: Decodable {
        var region: String
        var indicator: String
        var period: Int
        var value: Double
        var source: String?
    }

    struct StatusChange: Decodable {
        var status: ProblemStatus
        var period: Int?
        var note: String?
    }

    struct RankingRow: Codable {
        var region: String
        var nameZh: String
        var nameEn: String
        var overall: Double?
        var rank: Int?
        var change: Double?
        var failing: Int
        var goals: [CategoryScore]
    }

    struct Ranking: Codable {
        var level: String
        var period: Int
        var periods: [Int]
        var items: [RankingRow]
    }

    func register(on router: Router<OasisRequestContext>) {
        router.get("/api/v1/frameworks") { _, context in
            try context.principal.require(.readIndicators)
            var stored = try await store.frameworks.list()
            if stored.isEmpty {
                let builtIn = IndicatorFramework.builtIn
                stored = [FrameworkRepository.Summary(id: builtIn.id, version: builtIn.version, nameZh: builtIn.nameZh, nameEn: builtIn.nameEn, active: true)]
            }
            return try JSONResponse.encode(ItemList(items: stored))
        }
        router.get("/api/v1/frameworks/active") { _, context in
            try context.principal.require(.readIndicators)
            return try JSONResponse.encode(try await store.frameworks.activeOrBuiltIn())
        }
        router.post("/api/v1/frameworks") { request, context in
            try context.principal.require(.writeIndicators)
            let contentType = request.headers[.contentType]?.lowercased() ?? ""
            guard contentType.hasPrefix("application/json") else {
                throw OasisError(kind: .unsupportedMediaType, code: "unsupported_media_type", message: "Send the framework as application/json.")
            }
            let body = try await JSONResponse.collect(request, context: context)
            let framework = try IndicatorFramework.decode(json: Array(buffer: body))
            try await store.frameworks.save(framework, by: context.principal)
            let ledger = try await evaluation.refreshLedger(by: context.principal)
            return try JSONResponse.encode(["id": framework.id, "version": String(framework.version), "indicators": String(framework.indicators.count),
                                            "problemsOpened": String(ledger.opened)], status: .created)
        }
        router.post("/api/v1/indicator-values/import") { request, context in
            try context.principal.require(.writeIndicators)
            let upload = try await TableUpload.read(request, context: context, defaultName: "upload")
            let outcome = try await evaluation.importValues(upload.bytes, fileName: upload.fileName, acceptValid: upload.acceptValid, by: context.principal)
            return try JSONResponse.encode(outcome, status: outcome.record == nil ? .ok : .created)
        }
        router.post("/api/v1/indicator-values") { request, context in
            try context.principal.require(.writeIndicators)
            let inputs = try await JSONResponse.decode([ValueInput].self, from: request, context: context)
            var csv = "region,indicator,period,value,source\n"
            for input in inputs {
                let source = (input.source ?? "api").replacingOccurrences(of: "\"", with: "\"\"")
                csv += "\(Self.csvField(input.region)),\(Self.csvField(input.indicator)),\(input.period),\(input.value),\"\(source)\"\n"
            }
            let outcome = try await evaluation.importValues(Array(csv.utf8), fileName: "api", acceptValid: false, by: context.principal)
            return try JSONResponse.encode(outcome, status: .created)
        }
        router.get("/api/v1/regions/:code/indicator-values") { _, context in
            let code = try RegionController.code(context.parameters.get("code") ?? "", field: "code")
            return try JSONResponse.encode(ItemList(items: try await store.indicatorValues.values(region: code.rawValue, for: context.principal)))
        }
        router.get("/api/v1/evaluations/:code") { request, context in
            let code = try RegionController.code(context.parameters.get("code") ?? "", field: "code")
            let period = try Self.period(request)
            return try JSONResponse.encode(try await evaluation.check(region: code, period: period, by: context.principal))
        }
        router.get("/api/v1/evaluations") { request, context in
            try context.principal.require(.readIndicators)
            let levelText = request.uri.queryParameters["level"].map(String.init) ?? RegionLevel.prefecture.rawValue
            guard let level = RegionLevel(rawValue: levelText) else {
                throw OasisError.invalid(code: "invalid_parameter", message: "Unknown level.", details: [.init(field: "level", reason: "\"\(levelText)\"")])
            }
            return try JSONResponse.encode(try await ranking(level: level, period: try Self.period(request), principal: context.principal))
        }
        router.get("/api/v1/problems") { request, context in
            let status = try request.uri.queryParameters["status"].map { text throws(OasisError) -> ProblemStatus in
                guard let status = ProblemStatus(rawValue: String(text)) else {
                    throw OasisError.invalid(code: "invalid_parameter", message: "Unknown status.",
                                             details: [.init(field: "status", reason: "\"\(text)\" is not one of \(ProblemStatus.allCases.map(\.rawValue).joined(separator: ", "))")])
                }
                return status
            }
            let region = try request.uri.queryParameters["region"].map { try RegionController.code(String($0), field: "region").rawValue }
            return try JSONResponse.encode(ItemList(items: try await store.problems.list(region: region, status: status, for: context.principal)))
        }
        router.post("/api/v1/problems/:id/status") { request, context in
            guard let id = context.parameters.get("id").flatMap(Int64.init) else {
                throw OasisError.invalid(code: "invalid_parameter", message: "The problem id must be a whole number.", details: [.init(field: "id", reason: "not a number")])
            }
            let change = try await JSONResponse.decode(StatusChange.self, from: request, context: context)
            return try JSONResponse.encode(try await store.problems.setStatus(id, to: change.status, period: change.period, note: change.note, by: context.principal))
        }
        router.get("/api/v1/indicator-values/imports") { _, context in
            try context.principal.require(.readIndicators)
            return try JSONResponse.encode(ItemList(items: try await store.indicatorValues.imports()))
        }
    }

    func ranking(level: RegionLevel, period: Int?, principal: Principal) async throws -> Ranking {
        let (regions, byPeriod) = try await evaluation.evaluate(level: level)
        let periods = byPeriod.keys.sorted()
        guard let chosen = period ?? periods.last, let evaluations = byPeriod[chosen] else {
            throw OasisError(kind: .notFound, code: "period_without_data",
                             message: "No indicator values for that period; periods with data: \(periods.map(String.init).joined(separator: ", ")).")
        }
        let visible = Set(try await store.regions.list(level: level).map(\.code.rawValue))
        let rows = zip(regions, evaluations).filter { visible.contains($0.0.code.rawValue) }.map { region, evaluation in
            RankingRow(region: region.code.rawValue, nameZh: region.nameZh, nameEn: region.nameEn, overall: evaluation.overall, rank: evaluation.rank,
                       change: evaluation.overallChange, failing: evaluation.indicators.filter { $0.status == .fail }.count, goals: evaluation.goals)
        }.sorted { ($0.rank ?? .max, $0.region) < ($1.rank ?? .max, $1.region) }
        return Ranking(level: level.rawValue, period: chosen, periods: periods, items: rows)
    }

    static func period(_ request: Request) throws(OasisError) -> Int? {
        guard let text = request.uri.queryParameters["period"] else { return nil }
        guard let period = Int(String(text)) else {
            throw OasisError.invalid(code: "invalid_parameter", message: "period must be a year such as 2025.", details: [.init(field: "period", reason: "\"\(text)\"")])
        }
        return period
    }

    static func csvField(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
