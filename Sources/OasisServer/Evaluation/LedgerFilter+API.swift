import Hummingbird
import OasisCore
import OasisStore

extension LedgerFilter {
    /// The ledger's filters and page from an API request (`region`, `status`, `severity`, `year`, `limit`,
    /// `offset`): unlike the page, which keeps a refused filter beside its field, the API refuses the request with a
    /// 400 naming the parameter.
    static func apiQuery(_ request: Request) throws(OasisError) -> LedgerQuery {
        var query = LedgerQuery(limit: try RequestParameters.limit(request), offset: try RequestParameters.offset(request) ?? 0)
        query.region = try RequestParameters.region(request)
        query.status = try RequestParameters.choice(request, "status", ProblemStatus.self)
        query.severity = try RequestParameters.choice(request, "severity", ProblemSeverity.self)
        if let year = try RequestParameters.integer(request, "year") {
            guard (1900...2200).contains(year) else {
                throw OasisError.invalid(
                    code: "invalid_parameter", message: "year must be 1900–2200.", details: [.init(field: "year", reason: "\(year)")])
            }
            query.year = year
        }
        return query
    }
}
