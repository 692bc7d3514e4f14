import OasisCore

/// Filters of the project library: region (and everything below it), stage, type, unit, policy measure,
/// a page of results.
public struct ProjectQuery: Sendable {
    public var region: String?
    /// One project code exactly (the create form's check that a code is free).
    public var code: String?
    public var stage: ProjectStage?
    public var type: ProjectType?
    public var unit: String?
    public var policyID: String
    public var measure: Int?
    public var limit: Int?
    public var offset: Int

    public init(
        region: String? = nil, stage: ProjectStage? = nil, type: ProjectType? = nil, unit: String? = nil, policyID: String = Policy.builtInID,
        measure: Int? = nil, limit: Int? = nil, offset: Int = 0
    ) {
        self.region = region
        self.stage = stage
        self.type = type
        self.unit = unit
        self.policyID = policyID
        self.measure = measure
        self.limit = limit
        self.offset = offset
    }

    /// The WHERE condition over `projects`, scope included.
    func condition(scope: ScopeFilter) -> (sql: String, binds: [SQLValue]) {
        var parts = [scope.sql]
        var binds = scope.binds
        if let region {
            let within = ScopeFilter.within(region, column: "region_code")
            parts.append(within.sql)
            binds.append(within.bind)
        }
        if let code {
            parts.append("code = ?")
            binds.append(.text(code))
        }
        if let stage {
            parts.append("stage = ?")
            binds.append(.text(stage.rawValue))
        }
        if let type {
            parts.append("type = ?")
            binds.append(.text(type.rawValue))
        }
        if let unit {
            parts.append("unit = ?")
            binds.append(.text(unit))
        }
        if let measure {
            parts.append("id IN (SELECT project_id FROM project_measures WHERE policy_id = ? AND measure = ?)")
            binds += [.text(policyID), .int(Int64(measure))]
        }
        return (parts.joined(separator: " AND "), binds)
    }
}
