import OasisRouting

/// A walking network made from OSM data: the graph that searches run on, and for each graph node its
/// OSM node id and position, so results can be mapped and checked against other tools.
public struct WalkingNetwork: Sendable {
    /// The graph; node `i` is OSM node `nodeIDs[i]` at (`latitudes[i]`, `longitudes[i]`).
    public let graph: WalkingGraph
    public let nodeIDs: [Int64]
    public let latitudes: [Double]
    public let longitudes: [Double]
    /// The edges the graph was built from (each walkable both ways), with the OSM way each came from.
    public let edges: [WalkingGraph.Edge]
    public let edgeWayIDs: [Int64]
    /// How many ways the pedestrian rules admitted.
    public let walkableWayCount: Int
    /// References from admitted ways to nodes the extract does not contain (the way is cut there, as
    /// happens at the edge of a clipped extract).
    public let missingNodeReferences: Int

    public var nodeCount: Int { graph.nodeCount }
}
