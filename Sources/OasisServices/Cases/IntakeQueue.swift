import OasisCore
import OasisStore

/// The intake's group commit: requests that arrive while a batch is being written wait and are written
/// together in the next transaction, so that every request is durable before it is answered while the
/// store commits once per batch instead of once per request.
public actor IntakeQueue {
    private let store: Store
    private var pending: [(item: HotlineCase, access: StoreAccess, continuation: CheckedContinuation<HotlineCase, any Error>)] = []
    private var writing = false
    /// The largest batch written in one transaction.
    public let maximumBatch: Int

    public init(store: Store, maximumBatch: Int = 512) {
        self.store = store
        self.maximumBatch = maximumBatch
    }

    /// Registers a case; returns it with its id once its transaction has committed.
    public func register(_ item: HotlineCase, by access: StoreAccess) async throws -> HotlineCase {
        try await withCheckedThrowingContinuation { continuation in
            pending.append((item, access, continuation))
            if !writing {
                writing = true
                Task { await self.drain() }
            }
        }
    }

    private func drain() async {
        while !pending.isEmpty {
            let batch = Array(pending.prefix(maximumBatch))
            pending.removeFirst(batch.count)
            do {
                let saved = try await store.cases.register(batch.map { ($0.item, $0.access) })
                for (entry, item) in zip(batch, saved) { entry.continuation.resume(returning: item) }
            } catch {
                for entry in batch { entry.continuation.resume(throwing: error) }
            }
        }
        writing = false
    }
}
