/// Network distance from every node to the nearest of a set of source nodes (facilities of one type),
/// by multi-source Dijkstra with a binary heap, stopping at `limit` metres. Facilities attach to the graph
/// at their nearest node (the rule the golden data and the peer tools share).
public struct NearestFacilitySearch: Sendable {
    public let graph: WalkingGraph

    public init(graph: WalkingGraph) { self.graph = graph }

    /// Distances in metres, `.infinity` where no source lies within `limit`.
    public func distances(from sources: [Int], limit: Double = .infinity) -> [Double] {
        var distance = [Double](repeating: .infinity, count: graph.nodeCount)
        var heap = MinHeap()
        for source in sources where source >= 0 && source < graph.nodeCount && distance[source] != 0 {
            distance[source] = 0
            heap.push(0, Int32(source))
        }
        graph.offsets.withUnsafeBufferPointer { offsets in
            graph.targets.withUnsafeBufferPointer { targets in
                graph.lengths.withUnsafeBufferPointer { lengths in
                    while let (d, node) = heap.pop() {
                        let u = Int(node)
                        if d > distance[u] { continue }
                        for edge in Int(offsets[u])..<Int(offsets[u + 1]) {
                            let candidate = d + lengths[edge]
                            let v = Int(targets[edge])
                            if candidate < distance[v] && candidate <= limit {
                                distance[v] = candidate
                                heap.push(candidate, targets[edge])
                            }
                        }
                    }
                }
            }
        }
        return distance
    }
}

/// A binary min-heap of (distance, node) pairs in two parallel arrays.
struct MinHeap {
    private var keys: [Double] = []
    private var nodes: [Int32] = []

    mutating func push(_ key: Double, _ node: Int32) {
        keys.append(key)
        nodes.append(node)
        var child = keys.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard keys[child] < keys[parent] else { break }
            keys.swapAt(child, parent)
            nodes.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> (Double, Int32)? {
        guard let top = keys.first else { return nil }
        let node = nodes[0]
        let lastKey = keys.removeLast()
        let lastNode = nodes.removeLast()
        if !keys.isEmpty {
            keys[0] = lastKey
            nodes[0] = lastNode
            var parent = 0
            while true {
                let left = 2 * parent + 1
                guard left < keys.count else { break }
                let right = left + 1
                let smaller = right < keys.count && keys[right] < keys[left] ? right : left
                guard keys[smaller] < keys[parent] else { break }
                keys.swapAt(smaller, parent)
                nodes.swapAt(smaller, parent)
                parent = smaller
            }
        }
        return (top, node)
    }
}
