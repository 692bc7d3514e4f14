import OasisCore
import OasisStore

/// The register of units as a service: checked (`CaseUnit.validated` against the taxonomy in use), saved by an
/// administrator within their scope, audited; and the check that a routing rule names a registered unit.
extension CaseService {
    /// Checks and saves a unit of the register; returns it as stored.
    public func saveUnit(_ unit: CaseUnit, by principal: Principal) async throws -> CaseUnit {
        let access = try principal.access(for: .manageUsers)
        let checked = try unit.validated(leafCategories: leafCategories)
        try await store.cases.saveUnit(checked, by: access)
        return checked
    }

    /// Removes a unit from the register (refused while open cases, routing rules or users still name it).
    @discardableResult
    public func removeUnit(named name: String, by principal: Principal) async throws -> CaseUnit {
        try await store.cases.removeUnit(named: name, by: try principal.access(for: .manageUsers))
    }

    /// Sets the unit of a category in a region ('' for everywhere): a leaf category and a registered unit.
    public func setRoutingRule(category: String, region: String, unit: String, by principal: Principal) async throws {
        let access = try principal.access(for: .dispatchCases)
        var details: [OasisError.Detail] = []
        if taxonomy.category(category) == nil { details.append(.init(field: "category", reason: "\"\(category)\"")) }
        if try await store.cases.unknownUnits([unit]).isEmpty == false {
            details.append(.init(field: "unit", reason: "\"\(unit)\" is not in the register; GET /api/v1/case-units lists the units"))
        }
        guard details.isEmpty else {
            throw OasisError.invalid(code: "routing_rule_invalid", message: "The routing rule has \(details.count) problem(s).", details: details)
        }
        try await store.cases.setRoutingRule(category: category, region: region, unit: unit, by: access)
    }
}
