import Foundation
import OasisCore

/// The grids of grid management (网格化管理) and their grid workers. A write changes the grids' generation, so that
/// every server reloads its in-memory `GridLocator` (`SharedDataWatcher`).
public struct GridRepository: Sendable {
    let database: any SQLDatabase
    let audit: AuditLog
    let clock: any OasisClock

    /// Stores the grids, replacing those with the same code (their workers stay), all or nothing. A grid's region
    /// must exist inside the access's scope.
    public func save(_ grids: [Grid], by access: StoreAccess) async throws {
        guard !grids.isEmpty else { return }
        let now = clock.now()
        let audit = self.audit
        let settings = SettingsRepository(database: database)
        try await database.transaction { tx in
            let regions = Set(grids.compactMap(\.region))
            if !regions.isEmpty { try await RegionRepository.requireInScope(regions, access: access, on: tx) }
            for grid in grids {
                guard let box = grid.box else { continue }
                try await tx.execute(
                    """
                    INSERT INTO grids (code, name, region_code, min_longitude, min_latitude, max_longitude, max_latitude, body, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET name = excluded.name, region_code = excluded.region_code,
                    min_longitude = excluded.min_longitude, min_latitude = excluded.min_latitude, max_longitude = excluded.max_longitude,
                    max_latitude = excluded.max_latitude, body = excluded.body, updated_at = excluded.updated_at
                    """,
                    [
                        .text(grid.code), .text(grid.name), grid.region.map(SQLValue.text) ?? .null, .double(box.minLongitude),
                        .double(box.minLatitude), .double(box.maxLongitude), .double(box.maxLatitude), .text(JSONColumn.text(grid.area)),
                        SQLValue(now),
                    ])
            }
            try await settings.markChanged(.grids, on: tx)
            try await audit.append(
                AuditChange(
                    action: "grid.import", entityType: "grid", entityID: "\(grids.count)", regionCode: nil, before: nil as String?,
                    after: grids.map(\.code).sorted().joined(separator: ",")), by: access, on: tx)
        }
    }

    /// Every grid, by code.
    public func all() async throws -> [Grid] {
        try await database.query("SELECT code, name, region_code, body FROM grids ORDER BY code", []).map { row in
            Grid(
                code: try row.string("code"), name: try row.string("name"), region: row.optionalString("region_code"),
                area: try JSONColumn.value(BoundaryArea.self, try row.string("body"), column: "body"))
        }
    }

    /// Assigns a user to patrol a grid (404 for an unknown grid or user); assigning twice changes nothing.
    @discardableResult
    public func assign(_ username: String, to grid: String, by access: StoreAccess) async throws -> GridWorker {
        let now = clock.now()
        let audit = self.audit
        return try await database.transaction { tx in
            let user = try await Self.ids(username, grid, on: tx)
            if let row = try await tx.first(
                "SELECT assigned_at FROM grid_workers WHERE grid_code = ? AND user_id = ?", [.text(grid), .int(user)])
            {
                return GridWorker(grid: grid, username: username, assignedAt: try row.date("assigned_at"))
            }
            try await tx.execute(
                "INSERT INTO grid_workers (grid_code, user_id, assigned_at) VALUES (?, ?, ?)", [.text(grid), .int(user), SQLValue(now)])
            let worker = GridWorker(grid: grid, username: username, assignedAt: now)
            try await audit.append(
                AuditChange(action: "grid.worker.assign", entityType: "grid", entityID: grid, regionCode: nil, before: nil as String?, after: worker),
                by: access, on: tx)
            return worker
        }
    }

    /// Ends a user's assignment to a grid (404 when there is none).
    public func unassign(_ username: String, from grid: String, by access: StoreAccess) async throws {
        let audit = self.audit
        try await database.transaction { tx in
            let user = try await Self.ids(username, grid, on: tx)
            guard
                let row = try await tx.first(
                    "SELECT assigned_at FROM grid_workers WHERE grid_code = ? AND user_id = ?", [.text(grid), .int(user)])
            else { throw OasisError.notFound("Grid worker", "\(username) @ \(grid)") }
            let before = GridWorker(grid: grid, username: username, assignedAt: try row.date("assigned_at"))
            try await tx.execute("DELETE FROM grid_workers WHERE grid_code = ? AND user_id = ?", [.text(grid), .int(user)])
            try await audit.append(
                AuditChange(
                    action: "grid.worker.unassign", entityType: "grid", entityID: grid, regionCode: nil, before: before, after: nil as String?),
                by: access, on: tx)
        }
    }

    /// The workers of every grid, or of one.
    public func workers(of grid: String? = nil) async throws -> [GridWorker] {
        let condition = grid == nil ? "" : " WHERE w.grid_code = ?"
        return try await database.query(
            "SELECT w.grid_code, u.username, w.assigned_at FROM grid_workers w JOIN users u ON u.id = w.user_id\(condition) ORDER BY w.grid_code, u.username",
            grid.map { [.text($0)] } ?? []
        ).map { GridWorker(grid: try $0.string("grid_code"), username: try $0.string("username"), assignedAt: try $0.date("assigned_at")) }
    }

    /// The grids a user patrols, by code.
    public func grids(ofUser userID: Int64) async throws -> [String] {
        try await database.query("SELECT grid_code FROM grid_workers WHERE user_id = ? ORDER BY grid_code", [.int(userID)]).map {
            try $0.string("grid_code")
        }
    }

    /// Every grid's figures over the access's cases (every grid listed, those without cases with zeros).
    public func metrics(for access: StoreAccess) async throws -> [GridMetrics] {
        var figures: [String: GridMetrics] = [:]
        var order: [String] = []
        for row in try await database.query("SELECT code, name FROM grids ORDER BY code", []) {
            let code = try row.string("code")
            figures[code] = GridMetrics(grid: code, name: try row.string("name"))
            order.append(code)
        }
        let scope = CaseScope(access: access)
        for row in try await database.query("SELECT * FROM cases WHERE grid_code IS NOT NULL AND \(scope.sql)", scope.binds) {
            let item = try CaseRows.item(from: row)
            if let grid = item.grid { figures[grid]?.add(item) }
        }
        return order.compactMap { figures[$0] }
    }

    /// The user's id, after checking the grid exists (404 naming what is unknown).
    static func ids(_ username: String, _ grid: String, on tx: any SQLExecutor) async throws -> Int64 {
        guard try await tx.first("SELECT 1 AS one FROM grids WHERE code = ?", [.text(grid)]) != nil else {
            throw OasisError.notFound("Grid", grid)
        }
        guard let user = try await tx.first("SELECT id FROM users WHERE username = ?", [.text(username)]) else {
            throw OasisError.notFound("User", username)
        }
        return try user.int("id")
    }
}
