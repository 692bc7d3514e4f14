/// The grids held in memory to find the grid of a point without a query. It is `RegionLocator` with every grid at
/// one depth: each grid's bounding box first, then point-in-polygon (`BoundaryArea.contains`), the first by code, so
/// that a point on the shared edge of two grids always goes to the same one. Intake uses it once per case.
public struct GridLocator: Sendable {
    let areas: RegionLocator

    public init(_ grids: [Grid]) {
        areas = RegionLocator(grids.map { RegionLocator.Entry(code: $0.code, depth: 0, area: $0.area) })
    }

    public var isEmpty: Bool { areas.isEmpty }

    /// The code of the first grid (by code) whose area contains the point, or nil.
    public func locate(_ point: GeoPoint) -> String? { areas.locate(point) }
}
