/// Which OSM ways a pedestrian may walk along, decided from the way's tags alone. The rules, in order:
///
/// 1. The way must carry `highway=*`. Areas (`area=yes`) such as pedestrian squares are walked along
///    their outline, as OSMnx does.
/// 2. Never walkable, whatever else is tagged: `motorway`, `motorway_link` (walking is illegal),
///    `construction`, `proposed`, `planned`, `abandoned`, `disused`, `razed`, `raceway`, `bus_guideway`,
///    `busway`, `escape`, `no`, and `highway=*` values for things that are not ways (`bus_stop`,
///    `elevator`, `street_lamp`, `traffic_signals`, `crossing`, `turning_circle`, `services`, `rest_area`).
/// 3. `foot=no` or `foot=use_sidepath` excludes the way (the footway beside it is mapped separately).
/// 4. `foot=yes|designated|permissive` admits it (this also opens the roads of rule 5).
/// 5. Roads a pedestrian may not or should not use unless rule 4 says otherwise: `trunk`, `trunk_link`
///    (expressways in most countries) and `cycleway`, `bridleway` (paths for others).
/// 6. `access=no|private|agricultural|forestry|delivery|military` excludes the way, as does
///    `service=private`; rule 4 wins over this (`access=private` + `foot=yes` is walkable).
/// 7. Everything else with a highway tag is walkable: `footway` (sidewalks and crossings), `pedestrian`,
///    `living_street`, `path`, `steps`, `corridor`, `platform`, `residential`, `service`, `track`,
///    `unclassified`, `road`, `primary`…`tertiary` and their links, and unknown new values.
public struct PedestrianAccess: Sendable {
    static let neverWalkable: Set<String> = [
        "motorway", "motorway_link", "construction", "proposed", "planned", "abandoned", "disused", "razed",
        "raceway", "bus_guideway", "busway", "escape", "no",
        "bus_stop", "elevator", "street_lamp", "traffic_signals", "crossing", "turning_circle", "services", "rest_area",
    ]
    static let walkableOnlyWithFootPermission: Set<String> = ["trunk", "trunk_link", "cycleway", "bridleway"]
    static let footAllows: Set<String> = ["yes", "designated", "permissive"]
    static let footForbids: Set<String> = ["no", "use_sidepath"]
    static let accessForbids: Set<String> = ["no", "private", "agricultural", "forestry", "delivery", "military"]

    public init() {}

    /// Whether a pedestrian may walk along a way with these tags (see the type's rules).
    public func allows(_ tags: OSMTags) -> Bool {
        var highway: String?
        var foot: String?
        var access: String?
        var service: String?
        for (key, value) in tags {
            switch key {
            case "highway": highway = value
            case "foot": foot = value
            case "access": access = value
            case "service": service = value
            default: break
            }
        }
        return allows(highway: highway, foot: foot, access: access, service: service)
    }

    /// Whether a pedestrian may walk along a way with these tags, given as a dictionary.
    public func allows(_ tags: [String: String]) -> Bool {
        allows(highway: tags["highway"], foot: tags["foot"], access: tags["access"], service: tags["service"])
    }

    private func allows(highway: String?, foot: String?, access: String?, service: String?) -> Bool {
        guard let highway, !Self.neverWalkable.contains(highway) else { return false }
        if let foot, Self.footForbids.contains(foot) { return false }
        if let foot, Self.footAllows.contains(foot) { return true }
        if Self.walkableOnlyWithFootPermission.contains(highway) { return false }
        if let access, Self.accessForbids.contains(access) { return false }
        if service == "private" { return false }
        return true
    }
}
