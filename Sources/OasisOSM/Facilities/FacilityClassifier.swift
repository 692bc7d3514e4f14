/// Finds the living-circle facilities in an `OSMExtract` with a set of `FacilityRules`: tagged nodes at
/// their position, ways at the centroid (mean position) of their distinct nodes. Relations (multipolygon
/// sites) are not read. Output is in extract order (nodes, then ways), one facility per matching type.
public struct FacilityClassifier: Sendable {
    public let rules: FacilityRules
    private let compiled: CompiledFacilityRules

    public init(rules: FacilityRules = .builtIn) {
        self.rules = rules
        compiled = CompiledFacilityRules(rules)
    }

    /// The facility types of an element with these tags, in rule order, each once.
    public func types(for tags: OSMTags) -> [FacilityType] {
        compiled.types(tags)
    }

    /// The facility types of an element with these tags (for callers holding tags as a dictionary).
    public func types(for tags: [String: String]) -> [FacilityType] {
        compiled.types(tags.lazy.map { (key: $0.key, value: $0.value) })
    }

    /// Every facility in the extract.
    public func facilities(in extract: OSMExtract) -> [Facility] {
        var facilities: [Facility] = []
        for (position, node) in extract.taggedNodes.enumerated() {
            let tags = extract.taggedNodeTags[position]
            for type in types(for: tags) {
                facilities.append(
                    Facility(
                        type: type, osmKind: .node, osmID: extract.nodeIDs[node], name: Self.name(tags),
                        latitude: extract.latitudes[node], longitude: extract.longitudes[node]))
            }
        }
        var lookup: OSMNodeLookup?
        for way in 0..<extract.wayCount {
            let tags = extract.wayTags[way]
            guard !tags.isEmpty else { continue }
            let wayTypes = types(for: tags)
            guard !wayTypes.isEmpty else { continue }
            if lookup == nil { lookup = OSMNodeLookup(nodeIDs: extract.nodeIDs) }
            guard let lookup, let centre = Self.centroid(of: extract.refs(ofWay: way), in: extract, lookup: lookup) else { continue }
            for type in wayTypes {
                facilities.append(
                    Facility(
                        type: type, osmKind: .way, osmID: extract.wayIDs[way], name: Self.name(tags),
                        latitude: centre.latitude, longitude: centre.longitude))
            }
        }
        return facilities
    }

    /// The mean position of a way's nodes present in the extract (a closed way's repeated last node once);
    /// nil when none is present.
    static func centroid(of refs: ArraySlice<Int64>, in extract: OSMExtract, lookup: OSMNodeLookup) -> (latitude: Double, longitude: Double)? {
        var refs = refs
        if refs.count > 1 && refs.first == refs.last { refs = refs.dropLast() }
        var latitude = 0.0
        var longitude = 0.0
        var count = 0
        for ref in refs {
            guard let node = lookup.index(of: ref) else { continue }
            latitude += extract.latitudes[node]
            longitude += extract.longitudes[node]
            count += 1
        }
        guard count > 0 else { return nil }
        return (latitude / Double(count), longitude / Double(count))
    }

    /// `name`, else `name:zh`, else `name:en`.
    static func name(_ tags: OSMTags) -> String? {
        tags["name"] ?? tags["name:zh"] ?? tags["name:en"]
    }
}
