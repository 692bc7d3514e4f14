import OasisCore
import OasisImport
import OasisStore

/// Grid management (网格化管理) as a service: importing the grids from GeoJSON (put in use at once for intake),
/// assigning grid workers, and the figures per grid. Patrol events go through `CaseService.submitPatrol`.
public struct GridService: Sendable {
    public let cases: CaseService

    public init(cases: CaseService) { self.cases = cases }

    public var store: Store { cases.store }

    /// Reads, checks and stores the grids of a GeoJSON file, all or nothing (400 naming each bad feature's field), and
    /// puts them in use for intake.
    public func importGrids(geoJSON bytes: [UInt8], coordinateSystem: CoordinateSystem = .wgs84, by principal: Principal) async throws
        -> GridImportSummary
    {
        let access = try principal.access(for: .writeRegions)
        let grids = try GridGeoJSONReader.read(bytes, coordinateSystem: coordinateSystem)
        guard !grids.isEmpty else {
            throw OasisError.invalid(
                code: "grid_file_invalid", message: "The grid file holds no feature; nothing was imported.",
                details: [.init(field: "$.features", reason: "expected at least one grid")])
        }
        try await store.grids.save(grids, by: access)
        try await cases.grids.reload(store)
        return GridImportSummary(grids)
    }

    public func list(by principal: Principal) async throws -> [Grid] {
        _ = try principal.access(for: .readRegions)
        return try await store.grids.all()
    }

    public func assign(_ username: String, to grid: String, by principal: Principal) async throws -> GridWorker {
        try await store.grids.assign(username, to: grid, by: try principal.access(for: .manageUsers))
    }

    public func unassign(_ username: String, from grid: String, by principal: Principal) async throws {
        try await store.grids.unassign(username, from: grid, by: try principal.access(for: .manageUsers))
    }

    public func workers(of grid: String? = nil, by principal: Principal) async throws -> [GridWorker] {
        _ = try principal.access(for: .readCases)
        return try await store.grids.workers(of: grid)
    }

    /// Every grid's figures over the cases the principal may read.
    public func metrics(by principal: Principal) async throws -> [GridMetrics] {
        try await store.grids.metrics(for: try principal.access(for: .readCases))
    }
}
