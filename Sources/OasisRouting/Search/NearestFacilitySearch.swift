import Dispatch

/// Network distance from every node to the nearest of a set of source nodes (the facilities of one type),
/// by multi-source Dijkstra stopping at `limit` metres. Facilities attach to the graph at their nearest
/// node (`NodeSnapper`), the rule the golden data and the peer tools share.
///
/// Written for speed (issue 6 sets it against SciPy's compiled Dijkstra): the queue is a ring of 2-metre
/// buckets (`BucketSearch`; exact, O(1) per push and pop), the graph is read through unsafe buffer
/// pointers (no bounds checks in the inner loop), nodes are `Int32`, nothing beyond `limit` is queued, and
/// several types run in parallel (`distances(fromEach:)`). Measured on the 8 × 8 Helsinki tiling (384,192
/// nodes, ten types, 2,000 m, one thread): 0.14–0.17 s with buckets against 0.41–0.50 s with the 4-ary heap
/// (`bucketWidth: 0`, kept as the reference the tests compare with). Renumbering the nodes in
/// breadth-first order for locality was tried and gained nothing measurable.
public struct NearestFacilitySearch: Sendable {
    public let graph: WalkingGraph
    /// The width of the queue's buckets in metres; 0 for a 4-ary heap instead (the reference).
    public let bucketWidth: Double

    public init(graph: WalkingGraph, bucketWidth: Double = 2) {
        self.graph = graph
        self.bucketWidth = bucketWidth.isFinite && bucketWidth > 0 ? bucketWidth : 0
    }

    /// Distances in metres, `.infinity` where no source lies within `limit`. Sources outside the graph are ignored.
    public func distances(from sources: [Int], limit: Double = .infinity) -> [Double] {
        return run(sources, limit: limit, heap: makeHeap())
    }

    /// The heap the reference queue uses (a token one when buckets are used).
    private func makeHeap() -> SearchHeap {
        SearchHeap(capacity: bucketWidth > 0 ? 16 : min(graph.nodeCount, 1 << 16))
    }

    private func run(_ sources: [Int], limit: Double, heap: SearchHeap) -> [Double] {
        guard bucketWidth > 0 else { return Self.run(graph, sources: sources, limit: limit, heap: heap) }
        var buckets = BucketSearch(graph: graph, width: bucketWidth)
        return buckets.run(graph, sources: sources, limit: limit)
    }

    /// One distance array per source set (one set per facility type), the sets shared among
    /// `parallelism` threads. The answer for each set is exactly `distances(from:limit:)`'s. `finished`
    /// is called (from the searching thread) after each set. Once `stop` answers true, the sets not yet
    /// searched are answered as unreached (all `.infinity`) without a search: an incomplete answer for a
    /// caller that is abandoning the work.
    public func distances(
        fromEach sourceSets: [[Int]], limit: Double = .infinity, parallelism: Int = 2,
        stop: @escaping @Sendable () -> Bool = { false }, finished: @escaping @Sendable () -> Void = {}
    ) -> [[Double]] {
        let nodeCount = graph.nodeCount
        let shared = self
        let answer = { @Sendable (sources: [Int], heap: SearchHeap) -> [Double] in
            stop() ? [Double](repeating: .infinity, count: nodeCount) : shared.run(sources, limit: limit, heap: heap)
        }
        guard sourceSets.count > 1, parallelism > 1 else {
            let heap = makeHeap()
            return sourceSets.map {
                let result = answer($0, heap)
                finished()
                return result
            }
        }
        let results = ResultSlots(count: sourceSets.count)
        let next = WorkCounter()
        DispatchQueue.concurrentPerform(iterations: min(parallelism, sourceSets.count)) { _ in
            let heap = shared.makeHeap()
            while let index = next.take(below: sourceSets.count) {
                results.set(index, answer(sourceSets[index], heap))
                finished()
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
                            let lengths = lengths.baseAddress, let distance = distance.baseAddress
                        else { return }
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
