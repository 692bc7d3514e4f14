import OasisCore

/// Filters of the case list: status, unit, region (and below), category, registration time, a page.
public struct CaseQuery: Sendable {
    public var statuses: [CaseStatus]
    public var unit: String?
    public var region: String?
    public var categories: [String]
    public var ids: [Int64]
    public var registeredFrom: Double?
    public var registeredTo: Double?
    public var supervisedOnly: Bool
    /// Category and request-type codes whose cases are left out (the public's hidden ones, `CaseTaxonomy.hiddenCodes`).
    public var excludedCodes: Set<String> = []
    public var limit: Int
    public var offset: Int

    public init(
        statuses: [CaseStatus] = [], unit: String? = nil, region: String? = nil, categories: [String] = [], ids: [Int64] = [],
        registeredFrom: Double? = nil, registeredTo: Double? = nil, supervisedOnly: Bool = false, limit: Int = 100, offset: Int = 0
    ) {
        self.statuses = statuses
        self.unit = unit
        self.region = region
        self.categories = categories
        self.ids = ids
        self.registeredFrom = registeredFrom
        self.registeredTo = registeredTo
        self.supervisedOnly = supervisedOnly
        self.limit = limit
        self.offset = offset
    }

    func condition(scope: CaseScope) -> (sql: String, binds: [SQLValue]) {
        var parts = [scope.sql]
        var binds = scope.binds
        func list(_ column: String, _ values: [SQLValue]) {
            guard !values.isEmpty else { return }
            parts.append("\(column) IN (\(Placeholders.list(values.count)))")
            binds += values
        }
        list("status", statuses.map { .text($0.rawValue) })
        list("category", categories.map { .text($0) })
        list("id", ids.map { .int($0) })
        if let unit {
            parts.append("(unit = ? OR last_unit = ?)")
            binds += [.text(unit), .text(unit)]
        }
        if let region {
            let within = ScopeFilter.within(region, column: "region_code")
            parts.append(within.sql)
            binds.append(within.bind)
        }
        if let registeredFrom {
            parts.append("registered_at >= ?")
            binds.append(.int(Int64(registeredFrom * 1000)))
        }
        if let registeredTo {
            parts.append("registered_at <= ?")
            binds.append(.int(Int64(registeredTo * 1000)))
        }
        if supervisedOnly { parts.append("supervised = 1") }
        if !excludedCodes.isEmpty {
            let codes = excludedCodes.sorted().map { SQLValue.text($0) }
            let marks = Placeholders.list(codes.count)
            parts.append("category NOT IN (\(marks)) AND (request_type IS NULL OR request_type NOT IN (\(marks)))")
            binds += codes + codes
        }
        return (parts.joined(separator: " AND "), binds)
    }
}
