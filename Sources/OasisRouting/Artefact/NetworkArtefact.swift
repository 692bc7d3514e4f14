/// The prepared walking network of one city, saved once (`write(to:)`) and loaded in milliseconds
/// (`load(from:expectedSource:)`): the graph in compressed sparse rows, each node's position and OSM id,
/// and the facilities attached to nodes, with the fingerprint of the sources it was built from.
/// The file layout is `NetworkArtefactFormat`'s.
public struct NetworkArtefact: Sendable, Equatable {
    public var source: SourceFingerprint
    public var graph: WalkingGraph
    /// Node `i`'s OSM id and WGS-84 position.
    public var nodeIDs: [Int64]
    public var longitudes: [Double]
    public var latitudes: [Double]
    /// The attached facilities, grouped by type (types in ascending order, facilities in input order within a type).
    public private(set) var facilities: [AttachedFacility]

    public init(
        source: SourceFingerprint, graph: WalkingGraph, nodeIDs: [Int64], longitudes: [Double], latitudes: [Double],
        facilities: [AttachedFacility]
    ) throws(NetworkArtefactError) {
        let n = graph.nodeCount
        guard nodeIDs.count == n, longitudes.count == n, latitudes.count == n else {
            throw NetworkArtefactError(
                .corrupt, "\(n) graph nodes but \(nodeIDs.count) ids, \(longitudes.count) longitudes, \(latitudes.count) latitudes")
        }
        if let bad = facilities.first(where: { $0.node < 0 || $0.node >= n }) {
            throw NetworkArtefactError(.corrupt, "facility \(bad.type) \(bad.osmKind) \(bad.osmID) is attached to node \(bad.node), outside 0..<\(n)")
        }
        self.source = source
        self.graph = graph
        self.nodeIDs = nodeIDs
        self.longitudes = longitudes
        self.latitudes = latitudes
        self.facilities = facilities.enumerated().sorted {
            ($0.element.type, $0.offset) < ($1.element.type, $1.offset)
        }.map(\.element)
    }

    /// The facility types present, ascending.
    public var facilityTypes: [String] {
        var types: [String] = []
        for facility in facilities where types.last != facility.type { types.append(facility.type) }
        return types
    }

    /// The nodes the facilities of one type are attached to (the sources of a nearest-facility search).
    public func sources(ofType type: String) -> [Int] {
        facilities.filter { $0.type == type }.map(\.node)
    }
}
