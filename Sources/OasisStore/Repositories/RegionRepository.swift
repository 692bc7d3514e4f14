import Foundation
import OasisCore

/// Regions: public reference data to read; writes (asked for `write_regions`) stay inside the writer's scope.
public struct RegionRepository: Sendable {
    let database: any SQLDatabase
    let audit: AuditLog
    let clock: any OasisClock
    /// Intake's copy of the region tree, renewed when a region is added or moved.
    let routing: CaseRoutingCache
    /// The fingerprint, worked out again only after a change to the regions.
    let fingerprints = GenerationMemo<String>()

    static let columns = "code, parent_code, level, path, name_zh, name_en, names, population, urban_population, census_year"

    /// All regions, or those of one level, or the children of one region; ordered by code.
    public func list(level: RegionLevel? = nil, parent: RegionCode? = nil) async throws -> [Region] {
        var conditions: [String] = []
        var binds: [SQLValue] = []
        if let level {
            conditions.append("level = ?")
            binds.append(.text(level.rawValue))
        }
        if let parent {
            conditions.append("parent_code = ?")
            binds.append(.text(parent.rawValue))
        }
        let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let rows = try await database.query("SELECT \(Self.columns) FROM regions\(whereClause) ORDER BY code", binds)
        return try rows.map(Self.region(from:))
    }

    public func get(_ code: RegionCode) async throws -> Region? {
        try await database.first("SELECT \(Self.columns) FROM regions WHERE code = ?", [.text(code.rawValue)]).map(Self.region(from:))
    }

    /// The region with a code, for a caller whose scope reaches it (it or a region above it is in the scope): 404 for a
    /// code no region has, 403 for a region outside the scope. One read, by the region's path.
    public func get(_ code: RegionCode, within scope: AccessScope) async throws -> Region {
        guard let row = try await database.first("SELECT \(Self.columns) FROM regions WHERE code = ?", [.text(code.rawValue)]) else {
            throw OasisError.notFound("Region", code.rawValue)
        }
        try Self.requireScope(scope, path: try row.string("path"), code: code)
        return try Self.region(from: row)
    }

    /// The region and its ancestors, root first.
    public func lineage(of code: RegionCode) async throws -> [Region] {
        guard let row = try await database.first("SELECT path FROM regions WHERE code = ?", [.text(code.rawValue)]) else { return [] }
        let codes = try row.string("path").split(separator: "/").map { SQLValue.text(String($0)) }
        let marks = Placeholders.list(codes.count)
        let rows = try await database.query("SELECT \(Self.columns) FROM regions WHERE code IN (\(marks))", codes)
        return try rows.map(Self.region(from:)).sorted { $0.level < $1.level }
    }

    /// Changes whenever a region is added or updated: the row count and the latest update time. Read from the
    /// database only after a change (this process's writes at once, another server's or the CLI's when the
    /// shared-data watcher sees the generation `case_routing` move), so the regions list asks nothing per request.
    public func fingerprint() async throws -> String {
        let database = self.database
        return try await fingerprints.value(at: routing.generation) {
            let row = try await database.first("SELECT COUNT(*) AS n, MAX(updated_at) AS t FROM regions")
            return "\(row?.optionalInt("n") ?? 0)-\(row?.optionalInt("t") ?? 0)"
        }
    }

    public func count() async throws -> Int {
        Int(try await database.first("SELECT COUNT(*) AS n FROM regions")?.int("n") ?? 0)
    }

    /// Inserts new regions and updates changed ones, all or nothing, with one audit event per change.
    /// Parents must exist already or come earlier in the same batch.
    public func upsert(_ regions: [Region], by access: StoreAccess) async throws -> RegionImportSummary {
        let clock = self.clock
        let audit = self.audit
        let routing = self.routing
        return try await database.transaction { tx in
            var summary = RegionImportSummary()
            var paths: [RegionCode: String] = [:]
            var changes: [AuditChange] = []
            for (index, region) in regions.enumerated() {
                let parentPath: String?
                if let parent = region.parentCode {
                    if let known = paths[parent] {
                        parentPath = known
                    } else if let row = try await tx.first("SELECT path FROM regions WHERE code = ?", [.text(parent.rawValue)]) {
                        parentPath = try row.string("path")
                    } else {
                        throw OasisError.invalid(
                            code: "region_parent_unknown",
                            message: "Region \(region.code) names a parent that does not exist.",
                            details: [.init(field: "parent_code", row: index + 1, reason: "unknown region \(parent)")]
                        )
                    }
                } else {
                    parentPath = nil
                }
                let path = RegionPath.path(of: region.code, parentPath: parentPath)
                paths[region.code] = path
                try Self.requireScope(access.scope, path: path, code: region.code)
                let existing = try await tx.first("SELECT \(Self.columns) FROM regions WHERE code = ?", [.text(region.code.rawValue)])
                    .map(Self.region(from:))
                if existing == region {
                    summary.unchanged += 1
                    continue
                }
                let binds: [SQLValue] = [
                    SQLValue(region.parentCode?.rawValue), .text(region.level.rawValue), .text(path), .text(region.nameZh),
                    .text(region.nameEn), LocalizedNamesColumn.value(region.names), SQLValue(region.population), SQLValue(region.urbanPopulation),
                    SQLValue(region.censusYear), SQLValue(clock.now()), .text(region.code.rawValue),
                ]
                if existing == nil {
                    try await tx.execute(
                        """
                        INSERT INTO regions (parent_code, level, path, name_zh, name_en, names, population, urban_population,
                            census_year, updated_at, code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, binds)
                    summary.inserted += 1
                } else {
                    try await tx.execute(
                        """
                        UPDATE regions SET parent_code = ?, level = ?, path = ?, name_zh = ?, name_en = ?, names = ?, population = ?,
                            urban_population = ?, census_year = ?, updated_at = ? WHERE code = ?
                        """, binds)
                    summary.updated += 1
                }
                changes.append(
                    AuditChange(
                        action: existing == nil ? "region.create" : "region.update", entityType: "region",
                        entityID: region.code.rawValue, regionCode: region.code.rawValue, before: existing, after: region
                    ))
            }
            if !changes.isEmpty { try await routing.changed(on: tx) }
            try await audit.append(changes, by: access, on: tx)
            return summary
        }
    }

    static func requireScope(_ scope: AccessScope, path: String, code: RegionCode) throws(OasisError) {
        guard !scope.coversAllRegions else { return }
        guard scope.regions.contains(where: { path.contains("/\($0.rawValue)/") }) else {
            throw OasisError.forbidden("Region \(code) lies outside your scope.")
        }
    }

    static func region(from row: SQLRow) throws -> Region {
        var region = Region(
            code: try RegionCode(try row.string("code")),
            parentCode: try row.optionalString("parent_code").map { code throws(OasisError) in try RegionCode(code) },
            level: RegionLevel(rawValue: try row.string("level")) ?? .county,
            nameZh: try row.string("name_zh"), nameEn: try row.string("name_en"),
            population: row.optionalInt("population").map(Int.init),
            urbanPopulation: row.optionalInt("urban_population").map(Int.init),
            censusYear: row.optionalInt("census_year").map(Int.init)
        )
        region.names = try LocalizedNamesColumn.names(zhHans: region.nameZh, en: region.nameEn, row: row, table: "regions")
        return region
    }

    /// Refuses regions that do not exist or lie outside the access's scope.
    static func requireInScope(_ codes: Set<String>, access: StoreAccess, on tx: any SQLExecutor) async throws {
        let filter = ScopeFilter(access: access, column: "code")
        let list = codes.sorted()
        var found = Set<String>()
        for start in stride(from: 0, to: list.count, by: 500) {
            let chunk = list[start..<min(start + 500, list.count)]
            let rows = try await tx.query(
                "SELECT code FROM regions WHERE code IN (\(Placeholders.list(chunk.count))) AND \(filter.sql)", chunk.map { .text($0) } + filter.binds
            )
            for row in rows { found.insert(try row.string("code")) }
        }
        let missing = list.filter { !found.contains($0) }
        guard missing.isEmpty else {
            throw OasisError.forbidden("Region(s) \(missing.prefix(10).joined(separator: ", ")) do not exist or lie outside your scope.")
        }
    }
}
