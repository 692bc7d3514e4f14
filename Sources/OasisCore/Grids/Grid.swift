/// A grid (网格) of grid management: the smallest unit of the city's management map (GB/T 30428.1's unit grid),
/// a polygon that grid workers patrol. Cases whose location lies inside it are the grid's cases.
public struct Grid: Codable, Sendable, Equatable {
    /// The grid's code, unique (often the county's division code followed by a serial).
    public var code: String
    public var name: String
    /// The division code of the region the grid belongs to, when the file says.
    public var region: String?
    /// WGS-84 polygons (outer rings with holes).
    public var area: BoundaryArea

    public init(code: String, name: String, region: String? = nil, area: BoundaryArea) {
        self.code = code
        self.name = name
        self.region = region
        self.area = area
    }

    /// The box holding every position of the area; nil for an empty area.
    public var box: SpatialBox? { SpatialBox(covering: area.polygons.lazy.flatMap { $0.lazy.flatMap { $0 } }) }
}
