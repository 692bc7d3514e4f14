/// Which kind of OSM element something came from (OSM ids are unique only within a kind).
public enum OSMElementKind: String, Sendable, Hashable, Codable {
    case node
    case way
}
