/// The narrow facade the analyses read: a walking graph with each node's position and the grid index that
/// attaches points to nodes (`NodeSnapper`'s rule). Made once from an artefact, shared by every analysis.
public struct AccessNetwork: Sendable {
    public let graph: WalkingGraph
    public let longitudes: [Double]
    public let latitudes: [Double]
    public let snapper: NodeSnapper

    public init(graph: WalkingGraph, longitudes: [Double], latitudes: [Double]) throws(RoutingError) {
        guard longitudes.count == graph.nodeCount, latitudes.count == graph.nodeCount else {
            throw RoutingError("\(graph.nodeCount) nodes but \(longitudes.count) longitudes and \(latitudes.count) latitudes")
        }
        self.graph = graph
        self.longitudes = longitudes
        self.latitudes = latitudes
        snapper = NodeSnapper(longitudes: longitudes, latitudes: latitudes)
    }

    /// The nearest node to a position (nil only for an empty graph).
    public func snap(longitude: Double, latitude: Double) -> NodeSnapper.Snap? {
        snapper.snap(longitude: longitude, latitude: latitude)
    }
}
