import Foundation
import OasisCore

/// Urban development boundaries (城镇开发边界), one per region, as user-supplied areas.
public struct BoundaryRepository: Sendable {
    let database: any SQLDatabase
    let audit: AuditLog
    let clock: any OasisClock

    public func save(region: String, name: String, area: BoundaryArea, by access: StoreAccess) async throws {
        let now = clock.now()
        let audit = self.audit
        try await database.transaction { tx in
            try await RegionRepository.requireInScope([region], access: access, on: tx)
            try await tx.execute("DELETE FROM boundaries WHERE region_code = ?", [.text(region)])
            try await tx.execute(
                "INSERT INTO boundaries (region_code, name, body, updated_at) VALUES (?, ?, ?, ?)",
                [.text(region), .text(name), .text(JSONColumn.text(area)), SQLValue(now)])
            let corners = area.polygons.reduce(0) { $0 + ($1.first?.count ?? 0) }
            try await audit.append(
                AuditChange(
                    action: "boundary.save", entityType: "boundary", entityID: region, regionCode: region,
                    before: nil as String?, after: "\(name): \(area.polygons.count) polygon(s), \(corners) outer corners"),
                by: access, on: tx)
        }
    }

    /// The boundary that applies to a region: its own, or the nearest ancestor's.
    public func boundary(for region: String) async throws -> BoundaryArea? {
        guard let path = try await database.first("SELECT path FROM regions WHERE code = ?", [.text(region)])?.string("path") else { return nil }
        let lineage = path.split(separator: "/").map(String.init)
        guard !lineage.isEmpty else { return nil }
        let rows = try await database.query(
            "SELECT region_code, body FROM boundaries WHERE region_code IN (\(Placeholders.list(lineage.count)))",
            lineage.map { .text($0) })
        var byRegion: [String: String] = [:]
        for row in rows { byRegion[try row.string("region_code")] = try row.string("body") }
        guard let nearest = lineage.reversed().first(where: { byRegion[$0] != nil }), let body = byRegion[nearest] else { return nil }
        return try JSONColumn.value(BoundaryArea.self, body, column: "body")
    }

    /// Regions that have a boundary, with its name.
    public func list() async throws -> [(region: String, name: String)] {
        try await database.query("SELECT region_code, name FROM boundaries ORDER BY region_code").map {
            (try $0.string("region_code"), try $0.string("name"))
        }
    }
}
