/// The grids held in memory to find the grid of a point without a query: each grid's bounding box first, then
/// point-in-polygon (`BoundaryArea.contains`) for the few whose box holds the point. Intake uses it once per case.
public struct GridLocator: Sendable {
    struct Entry: Sendable {
        var code: String
        var box: SpatialBox
        var area: BoundaryArea
    }

    /// By code, so that a point on the shared edge of two grids always goes to the same one.
    let entries: [Entry]

    public init(_ grids: [Grid]) {
        entries = grids.compactMap { grid in grid.box.map { Entry(code: grid.code, box: $0, area: grid.area) } }.sorted { $0.code < $1.code }
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// The code of the first grid (by code) whose area contains the point, or nil.
    public func locate(_ point: GeoPoint) -> String? {
        entries.first { $0.box.contains(point) && $0.area.contains(point) }?.code
    }
}
