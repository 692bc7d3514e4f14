extension AccessNetwork {
    /// The source nodes of each facility type with more facilities added: each position is attached to its
    /// nearest node (`NodeSnapper`'s rule) and joins the nodes `base` already has for its type. Facilities from
    /// another source (an imported layer) thus add to the artefact's OSM facilities rather than replacing them.
    public func sources(_ base: [String: [Int]], adding facilities: [String: [LonLat]]) -> [String: [Int]] {
        var merged = base
        for (type, positions) in facilities {
            let nodes = positions.compactMap { snap(longitude: $0.longitude, latitude: $0.latitude)?.node }
            merged[type, default: []].append(contentsOf: nodes)
        }
        return merged
    }
}
