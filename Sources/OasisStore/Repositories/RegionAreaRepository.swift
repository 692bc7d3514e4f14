import Foundation
import OasisCore

/// Regions' areas, so that a case reported with only a location gets its region: the deepest region (county
/// before prefecture before province) whose area contains the point.
public struct RegionAreaRepository: Sendable {
    let database: any SQLDatabase
    let audit: AuditLog
    let clock: any OasisClock
    /// Where intake finds a point's region without a query; writes here renew it.
    let routing: CaseRoutingCache

    /// Stores or replaces the areas of known regions, all or nothing.
    public func save(_ areas: [(region: String, area: BoundaryArea)], by access: StoreAccess) async throws {
        guard !areas.isEmpty else { return }
        let now = clock.now()
        let audit = self.audit
        let routing = self.routing
        try await database.transaction { tx in
            try await RegionRepository.requireInScope(Set(areas.map(\.region)), access: access, on: tx)
            for (region, area) in areas {
                let points = area.polygons.flatMap { $0.flatMap { $0 } }
                guard let first = points.first else { continue }
                var box = (minLon: first.longitude, minLat: first.latitude, maxLon: first.longitude, maxLat: first.latitude)
                for point in points {
                    box.minLon = min(box.minLon, point.longitude)
                    box.maxLon = max(box.maxLon, point.longitude)
                    box.minLat = min(box.minLat, point.latitude)
                    box.maxLat = max(box.maxLat, point.latitude)
                }
                try await tx.execute("DELETE FROM region_areas WHERE region_code = ?", [.text(region)])
                try await tx.execute(
                    "INSERT INTO region_areas (region_code, min_longitude, min_latitude, max_longitude, max_latitude, body, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [
                        .text(region), .double(box.minLon), .double(box.minLat), .double(box.maxLon), .double(box.maxLat),
                        .text(JSONColumn.text(area)), SQLValue(now),
                    ])
            }
            try await routing.changed(on: tx)
            try await audit.append(
                AuditChange(
                    action: "region.areas", entityType: "region_area", entityID: "\(areas.count)", regionCode: nil,
                    before: nil as String?, after: areas.map(\.region).sorted().joined(separator: ",")), by: access, on: tx)
        }
    }

    /// The deepest region whose area contains the point, or nil; answered from memory (`CaseRoutingCache`).
    public func locate(_ point: GeoPoint) async throws -> String? {
        try await routing.snapshot(from: database).locator.locate(point)
    }

    /// Every stored area with its region's depth in the tree (province 1), by region code, to draw them; answered
    /// from memory (`CaseRoutingCache`, dropped on every write to the areas, here and on other servers).
    public func all() async throws -> [RegionLocator.Entry] {
        try await locator().entries.sorted { $0.code < $1.code }
    }

    /// The areas ready to locate many points in memory.
    public func locator() async throws -> RegionLocator {
        try await routing.snapshot(from: database).locator
    }

    static func entries(on database: any SQLDatabase) async throws -> [RegionLocator.Entry] {
        try await database.query(
            "SELECT a.region_code AS code, a.body AS body, r.path AS path FROM region_areas a JOIN regions r ON r.code = a.region_code ORDER BY a.region_code",
            []
        ).map { row in
            RegionLocator.Entry(
                code: try row.string("code"), depth: try row.string("path").split(separator: "/").count,
                area: try JSONColumn.value(BoundaryArea.self, try row.string("body"), column: "body"))
        }
    }

    public func count() async throws -> Int {
        Int(try await database.first("SELECT COUNT(*) AS n FROM region_areas")?.int("n") ?? 0)
    }
}
