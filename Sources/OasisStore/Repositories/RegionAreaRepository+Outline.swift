import OasisCore

extension RegionAreaRepository {
    /// The stored outline of one region, if any (the drawing ground of a project's site).
    public func outline(of region: String) async throws -> BoundaryArea? {
        guard let row = try await database.first("SELECT body FROM region_areas WHERE region_code = ?", [.text(region)]) else { return nil }
        return try JSONColumn.value(BoundaryArea.self, try row.string("body"), column: "body")
    }
}
