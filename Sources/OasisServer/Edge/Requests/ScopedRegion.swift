import OasisCore
import OasisStore

/// The region a page or a list is about: the one the request names, else the caller's first scope region, else the
/// top of the tree; 404 for a code no region has, 403 for a region outside the caller's scope.
enum ScopedRegion {
    static func resolve(_ text: String?, field: String = "region", for principal: Principal, in store: Store) async throws -> Region {
        let code: RegionCode
        if let text, !text.isEmpty {
            code = try RequestParameters.regionCode(text, field: field)
        } else if let first = principal.scope.regions.first {
            code = first
        } else if let root = RegionTree(try await store.regions.list()).roots.first?.region.code {
            code = root
        } else {
            throw OasisError.notFound("Region", "(none)")
        }
        return try await store.regions.get(code, within: principal.scope)
    }
}
