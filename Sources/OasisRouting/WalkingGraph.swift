/// An undirected walking network in compressed sparse rows: node `i`'s edges are
/// `targets[offsets[i]..<offsets[i + 1]]` with their `lengths` in metres. Built once, searched many times.
public struct WalkingGraph: Sendable, Equatable {
    public let nodeCount: Int
    public let offsets: [Int32]
    public let targets: [Int32]
    public let lengths: [Double]

    /// An edge between two nodes (numbered 0..<nodeCount) with its length in metres.
    public struct Edge: Sendable, Equatable {
        public var from: Int
        public var to: Int
        public var length: Double
        public init(from: Int, to: Int, length: Double) {
            self.from = from
            self.to = to
            self.length = length
        }
    }

    /// Builds the graph; each edge is walkable both ways. Self-loops are dropped; parallel edges are kept
    /// (the search takes the shorter).
    public init(nodeCount: Int, edges: [Edge]) throws(RoutingError) {
        var degree = [Int32](repeating: 0, count: nodeCount + 1)
        for (index, edge) in edges.enumerated() {
            guard (0..<nodeCount).contains(edge.from), (0..<nodeCount).contains(edge.to) else {
                throw RoutingError("edge \(index) joins \(edge.from) and \(edge.to), outside nodes 0..<\(nodeCount)")
            }
            guard edge.length.isFinite, edge.length >= 0 else {
                throw RoutingError("edge \(index) has length \(edge.length); lengths are finite metres ≥ 0")
            }
            guard edge.from != edge.to else { continue }
            degree[edge.from + 1] += 1
            degree[edge.to + 1] += 1
        }
        for index in stride(from: 1, through: nodeCount, by: 1) { degree[index] += degree[index - 1] }
        var fill = Array(degree.dropLast())
        var targets = [Int32](repeating: 0, count: Int(degree[nodeCount]))
        var lengths = [Double](repeating: 0, count: Int(degree[nodeCount]))
        for edge in edges where edge.from != edge.to {
            let a = Int(fill[edge.from])
            fill[edge.from] += 1
            targets[a] = Int32(edge.to)
            lengths[a] = edge.length
            let b = Int(fill[edge.to])
            fill[edge.to] += 1
            targets[b] = Int32(edge.from)
            lengths[b] = edge.length
        }
        self.init(validatedNodeCount: nodeCount, offsets: degree, targets: targets, lengths: lengths)
    }

    init(validatedNodeCount: Int, offsets: [Int32], targets: [Int32], lengths: [Double]) {
        nodeCount = validatedNodeCount
        self.offsets = offsets
        self.targets = targets
        self.lengths = lengths
    }
}
