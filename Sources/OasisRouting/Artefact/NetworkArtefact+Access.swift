extension NetworkArtefact {
    /// The analyses' view of this network.
    public func accessNetwork() -> AccessNetwork {
        // The artefact's initialiser already checked one position per node.
        do {
            return try AccessNetwork(graph: graph, longitudes: longitudes, latitudes: latitudes)
        } catch {
            preconditionFailure("an artefact always has one position per node: \(error)")
        }
    }

    /// The source nodes of every facility type, for `FacilityDistances`.
    public var sourcesByType: [String: [Int]] {
        Dictionary(grouping: facilities, by: \.type).mapValues { $0.map(\.node) }
    }
}
