/// A larger network made of copies of a smaller one (`GraphTiling`), with its facility sources.
public struct TiledNetwork: Sendable {
    public let graph: WalkingGraph
    public let longitudes: [Double]
    public let latitudes: [Double]
    /// Facility type → source nodes in the tiled graph.
    public let sources: [String: [Int]]
    /// How many connector edges join neighbouring tiles.
    public let connectorCount: Int
}
