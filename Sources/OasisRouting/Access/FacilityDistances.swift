import OasisCore

/// The walking distance (metres) from every node to the nearest facility of each type, capped at a limit
/// (`.infinity` beyond it, or where a type has no facility). The input of every coverage analysis.
public struct FacilityDistances: Sendable {
    /// `byType[type][node]`.
    public let byType: [String: [Double]]
    public let limit: Double
    public let nodeCount: Int

    public init(byType: [String: [Double]], limit: Double, nodeCount: Int) {
        self.byType = byType
        self.limit = limit
        self.nodeCount = nodeCount
    }

    /// Runs one multi-source search per type (types in parallel), each finished type one item of
    /// `ProgressStep.nearestFacility`. Once the reporter is cancelled, the types not yet searched are left
    /// unreached (an incomplete answer, to be discarded).
    public init(graph: WalkingGraph, sources: [String: [Int]], limit: Double, parallelism: Int = 2, progress: ProgressReporter = .silent) {
        let types = sources.keys.sorted()
        let tracker = progress.start(.nearestFacility, total: types.count)
        let results = NearestFacilitySearch(graph: graph).distances(
            fromEach: types.map { sources[$0] ?? [] },
            limit: limit, parallelism: parallelism, stop: { tracker.isCancelled }
        ) { tracker.advance() }
        tracker.finish()
        self.init(byType: Dictionary(uniqueKeysWithValues: zip(types, results)), limit: limit, nodeCount: graph.nodeCount)
    }

    /// The same distances with a combined array for each of `types` that names alternatives (`a|b`: the nearer of
    /// either at every node), so that the loops over residences look each requirement up once instead of splitting
    /// its name at every node.
    public func resolving(_ types: some Sequence<String>) -> FacilityDistances {
        var combined = byType
        for type in types where combined[type] == nil && type.contains("|") {
            let parts = type.split(separator: "|").compactMap { byType[String($0)] }
            guard var nearest = parts.first else { continue }
            for values in parts.dropFirst() {
                for node in nearest.indices where values[node] < nearest[node] { nearest[node] = values[node] }
            }
            combined[type] = nearest
        }
        return FacilityDistances(byType: combined, limit: limit, nodeCount: nodeCount)
    }

    /// The distance from `node` to the nearest facility of `type` (`.infinity` for a type with no facility). A type
    /// may name alternatives joined by `|` — `market|supermarket`, GB 50180's "market or fresh-food supermarket" —
    /// and then the nearest facility of any of them counts.
    public func distance(_ type: String, from node: Int) -> Double {
        if let values = byType[type] { return values[node] }
        guard type.contains("|") else { return .infinity }
        var nearest = Double.infinity
        for alternative in type.split(separator: "|") {
            if let values = byType[String(alternative)], values[node] < nearest { nearest = values[node] }
        }
        return nearest
    }
}
