/// Regions' areas held in memory, to find the region of many points (a bulk import) without a query each: the
/// deepest region whose area contains the point, as `RegionAreaRepository.locate` answers for one.
public struct RegionLocator: Sendable {
    /// One region's area with its depth in the region tree (province 1, prefecture 2, county 3) and bounding box.
    public struct Entry: Sendable {
        public var code: String
        public var depth: Int
        public var area: BoundaryArea
        let box: (minLon: Double, minLat: Double, maxLon: Double, maxLat: Double)

        public init(code: String, depth: Int, area: BoundaryArea) {
            self.code = code
            self.depth = depth
            self.area = area
            let points = area.polygons.flatMap { $0.flatMap { $0 } }
            box = (
                points.map(\.longitude).min() ?? 0, points.map(\.latitude).min() ?? 0, points.map(\.longitude).max() ?? -1,
                points.map(\.latitude).max() ?? -1
            )
        }
    }

    /// Deepest first, so that the first area holding a point is the answer.
    /// The areas, deepest first.
    public let entries: [Entry]

    public init(_ entries: [Entry]) { self.entries = entries.sorted { ($0.depth, $1.code) > ($1.depth, $0.code) } }

    public var isEmpty: Bool { entries.isEmpty }

    /// The deepest region whose area contains the point, or nil.
    public func locate(_ point: GeoPoint) -> String? {
        entries.first { entry in
            point.longitude >= entry.box.minLon && point.longitude <= entry.box.maxLon && point.latitude >= entry.box.minLat
                && point.latitude <= entry.box.maxLat && entry.area.contains(point)
        }?.code
    }
}
