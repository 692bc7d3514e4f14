import Synchronization

/// One value worked out from shared data, kept until the data's generation in this process moves on
/// (`CaseRoutingCache.generation`), so that a value asked for on every request costs a query only after a change.
final class GenerationMemo<Value: Sendable>: Sendable {
    private let kept = Mutex<(generation: Int, value: Value)?>(nil)

    init() {}

    /// The kept value when it was worked out at this generation, else `compute`'s, kept for the generation.
    func value(at generation: Int, compute: () async throws -> Value) async throws -> Value {
        if let kept = kept.withLock({ $0 }), kept.generation == generation { return kept.value }
        let value = try await compute()
        kept.withLock { $0 = (generation, value) }
        return value
    }
}
