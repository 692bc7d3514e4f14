import OasisCore

extension ProblemRepository {
    /// One page of the ledger matching the query, with the number of all matching problems, ordered by region,
    /// indicator and first period; every problem when the query has no limit.
    public func page(_ query: LedgerQuery, for access: StoreAccess) async throws -> (total: Int, items: [LedgerProblem]) {
        let (condition, binds) = query.condition(scope: ScopeFilter(access: access, column: "region_code"))
        let total = try await database.first("SELECT COUNT(*) AS n FROM problems WHERE \(condition)", binds)?.int("n") ?? 0
        let page = query.limit.map { " LIMIT \(max(0, $0)) OFFSET \(max(0, query.offset))" } ?? ""
        let items = try await database.query(
            "SELECT * FROM problems WHERE \(condition) ORDER BY region_code, indicator_code, first_period, id" + page, binds
        ).map(Self.problem(from:))
        return (Int(total), items)
    }
}
