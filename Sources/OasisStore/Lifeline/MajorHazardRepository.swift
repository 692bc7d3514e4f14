import Foundation
import OasisCore

/// The register of major hazard sources. A save is all or nothing: each source's own problems, an unknown owner unit
/// (the hotline's register of units) or region, and a code given twice are reported at once and nothing is written;
/// GB 18218-2018's figures (α, S, R, grade) are worked out from the inventory on every save and stored with the
/// source. Writes keep to the writer's regions and are audited per source; reads are scoped like the lifeline assets
/// (by region, and by owner unit for a user bound to units).
public struct MajorHazardRepository: Sendable {
    let database: any SQLDatabase
    let audit: AuditLog
    let clock: any OasisClock
    let tables: GB18218Tables

    /// Where a problem of source `index` with `field` (`ownerUnit`, `inventory[1].tonnes`) is reported; the reason is
    /// filled in. By default `[index].field`.
    public typealias Locator = @Sendable (_ index: Int, _ field: String) -> OasisError.Detail

    public static let byIndex: Locator = { index, field in OasisError.Detail(field: "[\(index)].\(field)", reason: "") }

    /// Saves sources (new codes inserted, known codes replaced) in one transaction, each with its figures.
    public func save(_ sources: [MajorHazardSource], locate: @escaping Locator = byIndex, by access: StoreAccess) async throws
        -> LifelineImportSummary
    {
        let audit = self.audit
        let tables = self.tables
        let now = clock.now()
        return try await database.transaction { tx in
            var details: [OasisError.Detail] = []
            func problem(_ index: Int, _ field: String, _ reason: String) {
                var detail = locate(index, field)
                detail.reason = reason
                details.append(detail)
            }
            let regions = Set(try await tx.query("SELECT code FROM regions", []).map { try $0.string("code") })
            let units = try await Self.knownUnits(Set(sources.map(\.ownerUnit)), on: tx)
            var seen: Set<String> = []
            var assessed: [MajorHazardSource] = []
            for (index, source) in sources.enumerated() {
                let (problems, figures) = source.assessed(tables: tables)
                for detail in problems { problem(index, detail.field ?? "", detail.reason) }
                if !seen.insert(source.code).inserted { problem(index, "code", "\"\(source.code)\" appears twice") }
                if !regions.contains(source.region) { problem(index, "region", "unknown region \(source.region.prefix(16))") }
                if !units.contains(source.ownerUnit) {
                    problem(
                        index, "ownerUnit", "\"\(source.ownerUnit.prefix(60))\" is not in the register of units; GET /api/v1/case-units lists them")
                }
                var saved = source
                saved.figures = figures
                assessed.append(saved)
            }
            guard details.isEmpty else { throw LifelineRepository.refusal("lifeline_hazards_invalid", "hazard source", details) }
            try await RegionRepository.requireInScope(Set(sources.map(\.region)), access: access, on: tx)
            let before = try await Self.sources(codes: sources.map(\.code), on: tx)
            var changes: [AuditChange] = []
            for source in assessed {
                guard let figures = source.figures else { continue }
                if let old = before[source.code] { try await WriteScope.require(region: old.region, access: access, on: tx) }
                let values: [SQLValue] = [
                    .text(JSONColumn.text(source.names)), .text(source.ownerUnit), .text(source.region), .double(source.location.longitude),
                    .double(source.location.latitude), .int(Int64(source.exposedPeople)), .text(JSONColumn.text(source.inventory)),
                    .double(figures.alpha), .double(figures.ratioSum), .double(figures.r), SQLValue(figures.grade?.rawValue), SQLValue(now),
                ]
                try await KeyedRows.write(
                    "lifeline_major_hazards", key: ("code", source.code), columns: Self.columns, values: values, exists: before[source.code] != nil,
                    on: tx)
                changes.append(
                    AuditChange(
                        action: "lifeline.hazard.save", entityType: "lifeline_major_hazard", entityID: source.code, regionCode: source.region,
                        before: before[source.code], after: source))
            }
            try await audit.append(changes, by: access, on: tx)
            let updated = sources.filter { before[$0.code] != nil }.count
            return LifelineImportSummary(inserted: sources.count - updated, updated: updated)
        }
    }

    /// The sources the access may see, optionally one (by code) or those of one region and below, by code.
    public func sources(code: String? = nil, region: String? = nil, for access: StoreAccess) async throws -> [MajorHazardSource] {
        var (sql, binds) = LifelineRepository.assetScope(access)
        if let code {
            sql += " AND a.code = ?"
            binds.append(.text(code))
        }
        if let region {
            let within = ScopeFilter.within(region, column: "a.region_code")
            sql += " AND \(within.sql)"
            binds.append(within.bind)
        }
        return try await database.query("SELECT a.* FROM lifeline_major_hazards a WHERE \(sql) ORDER BY a.code", binds).map(Self.source(from:))
    }

    /// Deletes one source the access may see and write, answering it; nil when there is none of that code in its sight.
    public func delete(code: String, by access: StoreAccess) async throws -> MajorHazardSource? {
        let audit = self.audit
        let (scope, scopeBinds) = LifelineRepository.assetScope(access)
        return try await database.transaction { tx in
            guard let row = try await tx.first("SELECT a.* FROM lifeline_major_hazards a WHERE a.code = ? AND \(scope)", [.text(code)] + scopeBinds)
            else { return nil }
            let old = try Self.source(from: row)
            try await WriteScope.require(region: old.region, access: access, on: tx)
            try await tx.execute("DELETE FROM lifeline_major_hazards WHERE code = ?", [.text(code)])
            try await audit.append(
                AuditChange(
                    action: "lifeline.hazard.delete", entityType: "lifeline_major_hazard", entityID: code, regionCode: old.region, before: old,
                    after: nil as MajorHazardSource?), by: access, on: tx)
            return old
        }
    }

    /// The written columns, in the order of `save`'s values (the code is the key).
    static let columns = [
        "names", "owner_unit", "region_code", "longitude", "latitude", "exposed_people", "inventory", "alpha", "ratio_sum", "r_value", "grade",
        "updated_at",
    ]

    static func knownUnits(_ names: Set<String>, on tx: any SQLExecutor) async throws -> Set<String> {
        let rows = try await KeyedRows.query(names, on: tx) { "SELECT name FROM case_units WHERE name IN (\($0))" }
        return Set(try rows.map { try $0.string("name") })
    }

    static func sources(codes: [String], on tx: any SQLExecutor) async throws -> [String: MajorHazardSource] {
        let rows = try await KeyedRows.query(codes, on: tx) { "SELECT * FROM lifeline_major_hazards WHERE code IN (\($0))" }
        return Dictionary(try rows.map(source(from:)).map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    static func source(from row: SQLRow) throws -> MajorHazardSource {
        var source = MajorHazardSource(
            code: try row.string("code"), names: try JSONColumn.value(LocalizedText.self, try row.string("names"), column: "names"),
            ownerUnit: try row.string("owner_unit"), region: try row.string("region_code"),
            location: GeoPoint(longitude: try row.double("longitude"), latitude: try row.double("latitude")),
            exposedPeople: Int(try row.int("exposed_people")),
            inventory: try JSONColumn.value([HazardInventoryItem].self, try row.string("inventory"), column: "inventory"))
        let grade = try row.optionalInt("grade").map { stored in
            guard let grade = MajorHazardGrade(rawValue: Int(stored)) else {
                throw OasisError(kind: .internal, code: "store_row_shape", message: "lifeline_major_hazards.grade holds \(stored).")
            }
            return grade
        }
        let ratio = try row.double("ratio_sum")
        source.figures = MajorHazardFigures(
            alpha: try row.double("alpha"), ratioSum: ratio, r: try row.double("r_value"), majorHazard: ratio >= 1, grade: grade)
        return source
    }
}

extension Store {
    /// The register of major hazard sources (GB 18218-2018).
    public var majorHazards: MajorHazardRepository {
        MajorHazardRepository(database: database, audit: audit, clock: clock, tables: .standard)
    }
}
