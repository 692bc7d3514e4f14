import OasisCore
import OasisStore

/// The intake's group commit: requests that arrive while a batch is being written wait and are written
/// together in the next transaction, so that every request is durable before it is answered while the
/// store commits once per batch instead of once per request.
public actor IntakeQueue {
    private let store: Store
    private var pending: [(entry: CaseIntakeEntry, continuation: CheckedContinuation<HotlineCase, any Error>)] = []
    private var writing = false
    /// The largest batch written in one transaction.
    public let maximumBatch: Int
    /// How long a batch's transaction may take before its requests are answered 503: a transaction whose connection
    /// the database dropped (a restart) has been seen never to return, and every later request waited behind it.
    /// A batch that commits after all is kept (its requests were told to try again; none was told it was registered).
    /// Nil: wait for the transaction however long it takes.
    nonisolated public let batchTimeout: Duration?

    /// `batchTimeout` nil takes the store's default, `defaultTimeout(for:)`: 10 s on PostgreSQL, whose connection can
    /// be lost mid-transaction, and none on the embedded store: its transaction runs in this process and always ends,
    /// and a busy machine (a large import on the same thread pool) can make it take longer than 10 s without anything
    /// being wrong.
    public init(store: Store, maximumBatch: Int = 512, batchTimeout: Duration? = nil) {
        self.store = store
        self.maximumBatch = maximumBatch
        self.batchTimeout = batchTimeout ?? Self.defaultTimeout(for: store.location)
    }

    /// The bound for a store at `location`: only a networked database can leave a transaction unanswered.
    public static func defaultTimeout(for location: StoreLocation) -> Duration? {
        switch location {
        case .sqlite: nil
        case .postgres: .seconds(10)
        }
    }

    static func noAnswer(_ timeout: Duration) -> StoreError {
        StoreError(kind: .unavailable, message: "The database did not finish writing the request within \(timeout); try again shortly.")
    }

    /// Registers a case; returns it with its id once its transaction has committed. Its column values are worked
    /// out here, by the request, before it joins the queue (`CaseIntakeEntry`).
    nonisolated public func register(_ item: HotlineCase, by access: StoreAccess) async throws -> HotlineCase {
        try await enqueue(store.cases.entry(item, by: access))
    }

    private func enqueue(_ entry: CaseIntakeEntry) async throws -> HotlineCase {
        try await withCheckedThrowingContinuation { continuation in
            pending.append((entry, continuation))
            if !writing {
                writing = true
                // The batches are taken on the store's writer thread when it has one: between two batches this actor
                // then runs there, not queued behind the requests on the cooperative pool.
                Task(executorPreference: store.database.writeExecutor) { await self.drain() }
            }
        }
    }

    private func drain() async {
        while !pending.isEmpty {
            let batch = Array(pending.prefix(maximumBatch))
            pending.removeFirst(batch.count)
            do {
                let cases = store.cases
                let entries = batch.map(\.entry)
                let saved: [HotlineCase]
                if let timeout = batchTimeout {
                    saved = try await BoundedWait.run(within: timeout, orThrow: Self.noAnswer(timeout)) {
                        try await cases.register(entries)
                    }
                } else {
                    saved = try await cases.register(entries)
                }
                for (entry, item) in zip(batch, saved) { entry.continuation.resume(returning: item) }
            } catch {
                for entry in batch { entry.continuation.resume(throwing: error) }
            }
        }
        writing = false
    }
}
