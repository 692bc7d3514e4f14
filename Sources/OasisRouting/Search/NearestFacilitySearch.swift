import Dispatch

/// Network distance from every node to the nearest of a set of source nodes (the facilities of one type),
/// by multi-source Dijkstra stopping at `limit` metres. Facilities attach to the graph at their nearest
/// node (`NodeSnapper`), the rule the golden data and the peer tools share.
///
/// Written for speed (issue 6 sets it against SciPy's compiled Dijkstra): the graph is read through
/// unsafe buffer pointers (no bounds checks in the inner loop), the heap is a flat 4-ary heap with lazy
/// deletion reused between types, nodes are `Int32`, nothing beyond `limit` is pushed, and several types
/// run in parallel (`distances(fromEach:)`).
public struct NearestFacilitySearch: Sendable {
    public let graph: WalkingGraph

    public init(graph: WalkingGraph) { self.graph = graph }

    /// Distances in metres, `.infinity` where no source lies within `limit`. Sources outside the graph are ignored.
    public func distances(from sources: [Int], limit: Double = .infinity) -> [Double] {
        let heap = SearchHeap(capacity: min(graph.nodeCount, 1 << 16))
        return Self.run(graph, sources: sources, limit: limit, heap: heap)
    }

    /// One distance array per source set (one set per facility type), the sets shared among
    /// `parallelism` threads. The answer for each set is exactly `distances(from:limit:)`'s.
    public func distances(fromEach sourceSets: [[Int]], limit: Double = .infinity, parallelism: Int = 2) -> [[Double]] {
        guard sourceSets.count > 1, parallelism > 1 else {
            let heap = SearchHeap(capacity: min(graph.nodeCount, 1 << 16))
            return sourceSets.map { Self.run(graph, sources: $0, limit: limit, heap: heap) }
        }
        let results = ResultSlots(count: sourceSets.count)
        let next = WorkCounter()
        let shared = graph
        DispatchQueue.concurrentPerform(iterations: min(parallelism, sourceSets.count)) { _ in
            let heap = SearchHeap(capacity: min(shared.nodeCount, 1 << 16))
            while let index = next.take(below: sourceSets.count) {
                results.set(index, Self.run(shared, sources: sourceSets[index], limit: limit, heap: heap))
            }
        }
        return results.collect()
    }

    static func run(_ graph: WalkingGraph, sources: [Int], limit: Double, heap: SearchHeap) -> [Double] {
        let nodeCount = graph.nodeCount
        return [Double](unsafeUninitializedCapacity: nodeCount) { distance, initialized in
            distance.initialize(repeating: .infinity)
            initialized = nodeCount
            heap.removeAll()
            for source in sources where source >= 0 && source < nodeCount && distance[source] != 0 {
                distance[source] = 0
                heap.push(0, Int32(source))
            }
            graph.offsets.withUnsafeBufferPointer { offsets in
                graph.targets.withUnsafeBufferPointer { targets in
                    graph.lengths.withUnsafeBufferPointer { lengths in
                        guard let offsets = offsets.baseAddress, let targets = targets.baseAddress,
                              let lengths = lengths.baseAddress, let distance = distance.baseAddress else { return }
                        while !heap.isEmpty {
                            let entry = heap.popMin()
                            let u = Int(entry.node)
                            let d = entry.distance
                            if d > distance[u] { continue }
                            let end = Int(offsets[u + 1])
                            var edge = Int(offsets[u])
                            while edge < end {
                                let candidate = d + lengths[edge]
                                let v = Int(targets[edge])
                                if candidate < distance[v] && candidate <= limit {
                                    distance[v] = candidate
                                    heap.push(candidate, targets[edge])
                                }
                                edge += 1
                            }
                        }
                    }
                }
            }
        }
    }
}
