import Foundation
import Hummingbird
import NIOCore
import OasisCore
import OasisServices
import OasisStore

/// The problem ledger in the browser: filtered by region, severity, status and year, paged on the server, and
/// exported (the filtered rows) as CSV or XLSX.
extension EvaluationRoutes {
    static let problemMoves: [ProblemStatus: [ProblemStatus]] = [
        .open: [.inRemediation, .solved], .inRemediation: [.solved, .open], .solved: [.open, .inRemediation], .verified: [],
    ]

    func problemList(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let language = context.language
        let filter = LedgerFilter(request)
        let framework = try await store.frameworks.activeOrBuiltIn()
        let page = try await evaluation.ledger(filter.query, by: context.principal)
        let regions = try await store.regions.list().filter { $0.level <= .county }
        let byCode = Dictionary(regions.map { ($0.code.rawValue, $0) }, uniquingKeysWith: { first, _ in first })
        let canWrite = context.principal.can(.writeIndicators)
        let rows = page.items.map { problem -> [String: Any] in
            let moves = Self.problemMoves[problem.status] ?? []
            return [
                "id": problem.id, "region": byCode[problem.region]?.name(in: language) ?? problem.region, "regionCode": problem.region,
                "regionLang": byCode[problem.region]?.nameLanguage(in: language).rawValue ?? language.rawValue,
                "indicator": "\(problem.indicator) \(framework.indicator(problem.indicator)?.name(in: language) ?? "")",
                "severity": catalogue.text(problem.severity.messageKey, language), "status": catalogue.text(problem.status.messageKey, language),
                "first": problem.firstPeriod, "last": problem.lastFailedPeriod, "csrf": context.csrfToken ?? "",
                "canMove": canWrite && !moves.isEmpty,
                "moves": moves.map { ["value": $0.rawValue, "label": catalogue.text($0.messageKey, language)] },
            ]
        }
        let offset = filter.query.offset
        let size = LedgerFilter.pageSize
        let choices: ([(String, String)], String) -> [[String: Any]] = { options, chosen in
            options.map { ["value": $0.0, "label": $0.1, "selected": $0.0 == chosen] }
        }
        let contextCodes = framework.indicators.filter(\.context).map(\.code)
        let data: [String: Any] = [
            "problems": rows,
            "regions": regions.map {
                [
                    "value": $0.code.rawValue, "label": "\($0.name(in: language)) \($0.code.rawValue)", "selected": $0.code.rawValue == filter.region,
                    "lang": $0.nameLanguage(in: language).rawValue,
                ]
            },
            "severities": choices(
                ProblemSeverity.allCases.reversed().map { ($0.rawValue, catalogue.text($0.messageKey, language)) }, filter.severity),
            "statuses": choices(ProblemStatus.allCases.map { ($0.rawValue, catalogue.text($0.messageKey, language)) }, filter.status),
            "summary": catalogue.text(
                "ledger_summary", language, NumberFormat.integer(page.total), NumberFormat.integer(page.total == 0 ? 0 : offset + 1),
                NumberFormat.integer(offset + rows.count)),
            "previous": offset > 0 ? "/evaluation/problems?" + filter.parameters(offset: max(0, offset - size)) : false,
            "next": offset + rows.count < page.total ? "/evaluation/problems?" + filter.parameters(offset: offset + size) : false,
            "exportQuery": filter.parameters().isEmpty ? "" : "&" + filter.parameters(),
            "contextNote": contextCodes.isEmpty ? false : catalogue.text("ledger_context_note", language, contextCodes.joined(separator: "、")),
        ]
        // A filter that cannot be used is shown beside its field on this page, with what was typed; the others still apply.
        return pages.render(
            "evaluation-problems", title: catalogue.text("eval_problems", language), data: data, form: filter.form, current: "/evaluation",
            context: context)
    }

    func exportProblems(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let text = RequestParameters.text(request, "format") ?? "csv"
        guard let format = ProjectFileFormat(rawValue: text.lowercased()) else {
            throw OasisError.invalid(
                code: "invalid_parameter", message: catalogue.text("ledger_choice_invalid", context.language),
                details: [.init(field: "format", reason: "\"\(text)\" is not csv or xlsx")])
        }
        let filter = LedgerFilter(request)
        if let refused = filter.form.fieldErrors.first {
            let message = catalogue.text(refused.value.key, context.language, arguments: refused.value.arguments)
            throw OasisError.invalid(code: "invalid_parameter", message: message, details: [.init(field: refused.key, reason: message)])
        }
        let bytes = try await evaluation.exportLedger(filter.query, format: format, language: context.language, by: context.principal)
        return Response(
            status: .ok,
            headers: [.contentType: format.contentType, .contentDisposition: "attachment; filename=\"problems.\(format.rawValue)\""],
            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
