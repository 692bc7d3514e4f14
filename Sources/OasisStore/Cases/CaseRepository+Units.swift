import Foundation
import OasisCore

/// The register of units (`case_units`): the units cases are dispatched to, routing rules name and handlers belong to.
extension CaseRepository {
    /// Every unit of the register, by name.
    public func units() async throws -> [CaseUnit] {
        try await database.query("SELECT * FROM case_units ORDER BY name", []).map(Self.unit(from:))
    }

    /// Every unit's name in a language (falling back to its Chinese name, its key), by that key.
    public func unitNames(in language: Language) async throws -> [String: String] {
        Dictionary(try await units().map { ($0.name, $0.name(language)) }, uniquingKeysWith: { first, _ in first })
    }

    /// The unit of that name, or nil.
    public func unit(named name: String) async throws -> CaseUnit? {
        try await database.first("SELECT * FROM case_units WHERE name = ?", [.text(name)]).map(Self.unit(from:))
    }

    /// The names among `names` that the register does not hold.
    public func unknownUnits(_ names: [String]) async throws -> [String] {
        let wanted = Array(Set(names))
        guard !wanted.isEmpty else { return [] }
        let known = Set(
            try await database.query("SELECT name FROM case_units WHERE name IN (\(Placeholders.list(wanted.count)))", wanted.map { .text($0) })
                .map { try $0.string("name") })
        return names.filter { !known.contains($0) }
    }

    /// Adds a unit to the register or replaces the one of the same name (a checked unit: `CaseUnit.validated`). A
    /// unit with a region must be in the writer's scope; one without only for a writer whose scope covers every
    /// region. Audited with the unit before and after.
    public func saveUnit(_ unit: CaseUnit, by access: StoreAccess) async throws {
        let audit = self.audit
        let now = clock.now()
        try await database.transaction { tx in
            if let region = unit.region, try await tx.first("SELECT code FROM regions WHERE code = ?", [.text(region)]) == nil {
                throw OasisError.invalid(
                    code: "case_unit_invalid", message: "The unit's region does not exist.",
                    details: [.init(field: "region", reason: "unknown region \(region)")])
            }
            try await WriteScope.require(region: unit.region ?? "", access: access, on: tx)
            let before = try await tx.first("SELECT * FROM case_units WHERE name = ?", [.text(unit.name)]).map(Self.unit(from:))
            try await tx.execute("DELETE FROM case_units WHERE name = ?", [.text(unit.name)])
            try await tx.execute(
                "INSERT INTO case_units (name, names, region_code, categories, supervisor, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    .text(unit.name), .text(JSONColumn.text(unit.names)), unit.region.map(SQLValue.text) ?? .null,
                    .text(JSONColumn.text(unit.categories)), unit.supervisor.map(SQLValue.text) ?? .null, SQLValue(now),
                ])
            try await audit.append(
                AuditChange(action: "unit.save", entityType: "case_unit", entityID: unit.name, regionCode: unit.region, before: before, after: unit),
                by: access, on: tx)
        }
    }

    /// Removes a unit from the register. Refused with 409 `case_unit_in_use` while an open case is with it, a routing
    /// rule names it or a user's scope holds it, so that no case waits for a unit nobody can find; closed cases keep
    /// the name they were handled under. Only within the writer's scope; audited with the unit removed.
    @discardableResult
    public func removeUnit(named name: String, by access: StoreAccess) async throws -> CaseUnit {
        let audit = self.audit
        return try await database.transaction { tx in
            guard let before = try await tx.first("SELECT * FROM case_units WHERE name = ?", [.text(name)]).map(Self.unit(from:)) else {
                throw OasisError.notFound("Unit", name)
            }
            try await WriteScope.require(region: before.region ?? "", access: access, on: tx)
            let open = CaseStatus.openStatuses.map(\.rawValue).sorted()
            let counts: [(what: String, sql: String, values: [SQLValue])] = [
                (
                    "open cases", "SELECT count(*) AS n FROM cases WHERE unit = ? AND status IN (\(Placeholders.list(open.count)))",
                    [.text(name)] + open.map { .text($0) }
                ),
                ("routing rules", "SELECT count(*) AS n FROM routing_rules WHERE unit = ?", [.text(name)]),
                ("users", "SELECT count(*) AS n FROM user_scopes WHERE kind = 'unit' AND value = ?", [.text(name)]),
            ]
            var uses: [String] = []
            for count in counts {
                let n = try await tx.first(count.sql, count.values)?.int("n") ?? 0
                if n > 0 { uses.append("\(n) \(count.what)") }
            }
            guard uses.isEmpty else {
                throw OasisError(
                    kind: .conflict, code: "case_unit_in_use", message: "The unit is still in use: \(uses.joined(separator: ", ")).",
                    details: [.init(field: "name", reason: uses.joined(separator: ", "))])
            }
            try await tx.execute("DELETE FROM case_units WHERE name = ?", [.text(name)])
            try await audit.append(
                AuditChange(
                    action: "unit.remove", entityType: "case_unit", entityID: name, regionCode: before.region, before: before, after: CaseUnit?.none),
                by: access, on: tx)
            return before
        }
    }

    static func unit(from row: SQLRow) throws -> CaseUnit {
        CaseUnit(
            name: try row.string("name"), names: try JSONColumn.value([String: String].self, try row.string("names"), column: "names"),
            region: row.optionalString("region_code"),
            categories: try JSONColumn.value([String].self, try row.string("categories"), column: "categories"),
            supervisor: row.optionalString("supervisor"))
    }
}
