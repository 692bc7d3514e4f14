import OasisCore

/// Filters of the problem ledger: region (and everything below it), status, severity, a year in which the problem
/// was failing, indicators left out (context figures), and a page of results.
public struct LedgerQuery: Sendable, Equatable {
    public var region: String?
    public var status: ProblemStatus?
    public var severity: ProblemSeverity?
    /// Problems failing in this year: first found in it or before, last failing in it or after.
    public var year: Int?
    /// Indicators whose problems are never listed (the framework's context figures).
    public var excludedIndicators: [String]
    public var limit: Int?
    public var offset: Int

    public init(
        region: String? = nil, status: ProblemStatus? = nil, severity: ProblemSeverity? = nil, year: Int? = nil,
        excludedIndicators: [String] = [], limit: Int? = nil, offset: Int = 0
    ) {
        self.region = region
        self.status = status
        self.severity = severity
        self.year = year
        self.excludedIndicators = excludedIndicators
        self.limit = limit
        self.offset = offset
    }

    /// The WHERE condition over `problems`, scope included.
    func condition(scope: ScopeFilter) -> (sql: String, binds: [SQLValue]) {
        var parts = [scope.sql]
        var binds = scope.binds
        if let region {
            let within = ScopeFilter.within(region, column: "region_code")
            parts.append(within.sql)
            binds.append(within.bind)
        }
        if let status {
            parts.append("status = ?")
            binds.append(.text(status.rawValue))
        }
        if let severity {
            parts.append("severity = ?")
            binds.append(.text(severity.rawValue))
        }
        if let year {
            parts.append("first_period <= ? AND last_failed_period >= ?")
            binds += [.int(Int64(year)), .int(Int64(year))]
        }
        if !excludedIndicators.isEmpty {
            parts.append("indicator_code NOT IN (\(Placeholders.list(excludedIndicators.count)))")
            binds += excludedIndicators.map { .text($0) }
        }
        return (parts.joined(separator: " AND "), binds)
    }
}
