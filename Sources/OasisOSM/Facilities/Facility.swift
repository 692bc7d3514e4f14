/// A facility found in OSM data: its living-circle type, the OSM element it came from, its name (if
/// tagged) and its position — the node's, or the centroid of a way's nodes (buildings, parks, school grounds).
/// An element matching several types gives one facility per type.
public struct Facility: Sendable, Hashable, Codable {
    public var type: FacilityType
    public var osmKind: OSMElementKind
    public var osmID: Int64
    public var name: String?
    public var latitude: Double
    public var longitude: Double

    public init(type: FacilityType, osmKind: OSMElementKind, osmID: Int64, name: String?, latitude: Double, longitude: Double) {
        self.type = type
        self.osmKind = osmKind
        self.osmID = osmID
        self.name = name
        self.latitude = latitude
        self.longitude = longitude
    }
}
