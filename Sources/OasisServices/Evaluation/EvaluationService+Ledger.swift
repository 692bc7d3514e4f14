import Foundation
import OasisCore
import OasisImport
import OasisStore

extension EvaluationService {
    /// One page of the problem ledger within the principal's scope; problems of the active framework's context
    /// figures (population) are never listed, even when an older evaluation entered them.
    public func ledger(_ query: LedgerQuery, by principal: Principal) async throws -> (total: Int, items: [LedgerProblem]) {
        var query = query
        let framework = try await store.frameworks.activeOrBuiltIn()
        query.excludedIndicators = framework.indicators.filter(\.context).map(\.code)
        return try await store.problems.page(query, for: principal.access(for: .readIndicators))
    }

    /// Every problem matching the query (its paging ignored) as CSV or XLSX, headed and worded in `language`.
    public func exportLedger(_ query: LedgerQuery, format: ProjectFileFormat, language: Language, by principal: Principal) async throws
        -> [UInt8]
    {
        var all = query
        all.limit = nil
        all.offset = 0
        let problems = try await ledger(all, by: principal).items
        let framework = try await store.frameworks.activeOrBuiltIn()
        let regions = Dictionary(
            try await store.regions.list().map { ($0.code.rawValue, $0.name(in: language)) }, uniquingKeysWith: { first, _ in first })
        let groups = Dictionary(framework.groups.map { ($0.code, $0.name(in: language)) }, uniquingKeysWith: { first, _ in first })
        let catalogue = MessageCatalogue.standard
        let header = [
            "ledger_column_id", "ledger_column_region_code", "problem_region", "eval_code", "eval_indicator", "problem_category",
            "problem_severity", "problem_status", "problem_first", "problem_last_failed", "ledger_column_solved", "ledger_column_verified",
            "ledger_column_reopened",
        ].map { catalogue.text(MessageKey($0), language) }
        let rows = problems.map { problem -> [String] in
            [
                String(problem.id), problem.region, regions[problem.region] ?? problem.region, problem.indicator,
                framework.indicator(problem.indicator)?.name(in: language) ?? problem.indicator, groups[problem.category] ?? problem.category,
                catalogue.text(problem.severity.messageKey, language), catalogue.text(problem.status.messageKey, language),
                String(problem.firstPeriod), String(problem.lastFailedPeriod), problem.solvedPeriod.map(String.init) ?? "",
                problem.verifiedPeriod.map(String.init) ?? "", String(problem.reopenCount),
            ]
        }
        switch format {
        case .csv: return DelimitedTableWriter.csv(header: header, rows: rows)
        case .xlsx:
            return try DelimitedTableWriter.xlsx(
                sheetName: "problems", header: header, rows: rows, numericColumns: [0, 8, 9, 10, 11, 12])
        }
    }
}
