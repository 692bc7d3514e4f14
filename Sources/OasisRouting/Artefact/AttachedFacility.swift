/// A facility attached to the walking graph: its type (a living-circle type such as `kindergarten`), the
/// OSM element it came from (kind `node`/`way`, or empty for facilities from other sources), its name,
/// its own position, and the graph node it was snapped to with the great-circle snap distance in metres.
public struct AttachedFacility: Sendable, Hashable {
    public var type: String
    public var osmKind: String
    public var osmID: Int64
    public var name: String?
    public var longitude: Double
    public var latitude: Double
    public var node: Int
    public var snapDistance: Double

    public init(
        type: String, osmKind: String, osmID: Int64, name: String?, longitude: Double, latitude: Double,
        node: Int, snapDistance: Double
    ) {
        self.type = type
        self.osmKind = osmKind
        self.osmID = osmID
        self.name = name
        self.longitude = longitude
        self.latitude = latitude
        self.node = node
        self.snapDistance = snapDistance
    }
}
