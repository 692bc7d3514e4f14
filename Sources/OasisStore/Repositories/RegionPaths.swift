/// Every region's path in the tree (`/65/6501/650102/`), to tell which regions lie in (or are) another: the
/// computed indicators sum the figures kept per region over a requested region and everything below it.
public struct RegionPaths: Sendable {
    let paths: [String: String]

    public init(paths: [String: String]) { self.paths = paths }

    /// Whether `region` is `ancestor` or lies below it; false for a code the tree does not know.
    public func isWithin(_ region: String, _ ancestor: String) -> Bool {
        paths[region]?.contains("/\(ancestor)/") == true
    }
}

extension RegionRepository {
    /// The paths of all regions, read in one query.
    public func paths() async throws -> RegionPaths {
        var paths: [String: String] = [:]
        for row in try await database.query("SELECT code, path FROM regions") { paths[try row.string("code")] = try row.string("path") }
        return RegionPaths(paths: paths)
    }
}
