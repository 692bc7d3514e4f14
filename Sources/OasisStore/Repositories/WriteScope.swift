import OasisCore

/// Where an access may write: records of a region inside its scope, and records that hold for every region
/// (province-wide rules, frameworks, policies without a region) only when its scope covers every region.
/// Repositories ask here before they write, so the decision is made in one place for every route.
enum WriteScope {
    /// Throws `forbidden` unless the access may write records of `region`; nil or "" means every region.
    static func require(region: String?, access: StoreAccess, on executor: any SQLExecutor) async throws {
        guard let region, !region.isEmpty else {
            try await requireEveryRegion(access, on: executor)
            return
        }
        try await RegionRepository.requireInScope([region], access: access, on: executor)
    }

    /// Throws `forbidden` unless the access's scope covers every stored region (a province-wide role).
    static func requireEveryRegion(_ access: StoreAccess, on executor: any SQLExecutor) async throws {
        guard try await coversEveryRegion(access, on: executor) else {
            throw OasisError(
                kind: .forbidden, code: "province_wide_scope_required",
                message: "Only a user whose scope covers every region may change what holds for every region.")
        }
    }

    /// Whether no stored region lies outside the access's scope (and its scope names at least one stored region).
    static func coversEveryRegion(_ access: StoreAccess, on executor: any SQLExecutor) async throws -> Bool {
        guard !access.scope.coversAllRegions else { return true }
        let filter = ScopeFilter(access: access, column: "code")
        let row = try await executor.first(
            "SELECT COUNT(CASE WHEN \(filter.sql) THEN 1 END) AS inside, COUNT(*) AS total FROM regions", filter.binds)
        let inside = row?.optionalInt("inside") ?? 0
        let total = row?.optionalInt("total") ?? 0
        return inside > 0 && inside == total
    }
}
