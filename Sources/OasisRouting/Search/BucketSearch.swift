/// The inner loop of `NearestFacilitySearch` on a bucket queue instead of a heap (Δ-stepping run on one
/// thread): nodes wait in buckets of `width` metres of tentative distance, kept in a ring of as many
/// buckets as the longest edge spans; the lowest non-empty bucket is emptied, its nodes relax their edges,
/// and a node whose distance drops while its bucket is being emptied goes back into that bucket and is
/// processed again. Pushing and popping cost O(1) instead of a heap's O(log n); a node is processed more
/// than once only when an edge shorter than `width` leads to it from its own bucket. The result is the
/// exact shortest distance, as Dijkstra's (every improvement is re-examined until none is left).
struct BucketSearch {
    private var buckets: [[Int32]]
    private var scratch: [Int32] = []
    private let width: Double
    private let inverseWidth: Double

    init(graph: WalkingGraph, width: Double) {
        self.width = width
        inverseWidth = 1 / width
        let longest = graph.lengths.max() ?? 0
        buckets = Array(repeating: [], count: Int(longest * inverseWidth) + 2)
    }

    mutating func run(_ graph: WalkingGraph, sources: [Int], limit: Double) -> [Double] {
        let nodeCount = graph.nodeCount
        let ringSize = buckets.count
        return [Double](unsafeUninitializedCapacity: nodeCount) { distance, initialized in
            distance.initialize(repeating: .infinity)
            initialized = nodeCount
            var pending = 0
            for source in sources where source >= 0 && source < nodeCount && distance[source] != 0 {
                distance[source] = 0
                buckets[0].append(Int32(source))
                pending += 1
            }
            guard let distance = distance.baseAddress else { return }
            graph.offsets.withUnsafeBufferPointer { offsets in
                graph.targets.withUnsafeBufferPointer { targets in
                    graph.lengths.withUnsafeBufferPointer { lengths in
                        guard let offsets = offsets.baseAddress, let targets = targets.baseAddress, let lengths = lengths.baseAddress else { return }
                        var current = 0 // absolute bucket number
                        while pending > 0 {
                            let slot = current % ringSize
                            while !buckets[slot].isEmpty {
                                swap(&scratch, &buckets[slot])
                                pending -= scratch.count
                                for node in scratch {
                                    let u = Int(node)
                                    let d = distance[u]
                                    // Stale: the node has since moved to a later pass of this bucket (or is done).
                                    if Int(d * inverseWidth) != current { continue }
                                    let end = Int(offsets[u + 1])
                                    var edge = Int(offsets[u])
                                    while edge < end {
                                        let candidate = d + lengths[edge]
                                        let v = Int(targets[edge])
                                        if candidate < distance[v] && candidate <= limit {
                                            distance[v] = candidate
                                            buckets[Int(candidate * inverseWidth) % ringSize].append(targets[edge])
                                            pending += 1
                                        }
                                        edge += 1
                                    }
                                }
                                scratch.removeAll(keepingCapacity: true)
                            }
                            current += 1
                        }
                    }
                }
            }
        }
    }
}
