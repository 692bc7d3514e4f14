/// A group commit: requests that arrive while a group is being written wait, and are written together in the next
/// transaction. Every request is durable before it is answered, while the store syncs once per group instead of
/// once per request.
///
/// `commit` writes a group, in order, and returns one output per item (or throws, and the whole group gets the
/// error). A group holds items up to `maximumWeight` (what an item weighs is the caller's: one case, or the readings
/// of a batch); an item heavier than that is written alone. With `expressWeight`, light items skip the queue: while any
/// item of at most that weight waits, the next group holds only such items, so a small batch waits for the group
/// being written and its own short transaction, not for the heavy ones queued ahead of it. A heavy item is passed
/// over by one such group at most: the group after it is taken in order again, so a steady flow of light items cannot
/// hold a heavy one back for ever.
public actor GroupCommitQueue<Item: Sendable, Output: Sendable> {
    public typealias Commit = @Sendable ([Item]) async throws -> [Output]

    private typealias Waiting = (item: Item, weight: Int, continuation: CheckedContinuation<Output, any Error>)
    private var pending: [Waiting] = []
    private var writing = false
    /// The last group passed heavier items over (the next one is taken in order).
    private var passedOver = false
    private let commit: Commit
    private let executor: (any TaskExecutor)?
    /// The most that one group weighs.
    public nonisolated let maximumWeight: Int
    /// Items of at most this weight are written ahead of heavier ones (nil: strictly in order).
    public nonisolated let expressWeight: Int?
    /// How long a group's transaction may take before its requests are answered 503: a transaction whose connection
    /// the database dropped (a restart) has been seen never to return, and every later request waited behind it.
    /// A group that commits after all is kept (its requests were told to try again; none was told it was written).
    /// Nil: wait for the transaction however long it takes (`StoreLocation.groupCommitTimeout` gives a store's bound).
    public nonisolated let timeout: Duration?

    /// `executor`: where the groups are taken from (the store's writer thread when it has one, so that between two
    /// groups this actor runs there, not queued behind the requests on the cooperative pool).
    public init(
        maximumWeight: Int, expressWeight: Int? = nil, timeout: Duration?, executor: (any TaskExecutor)?, commit: @escaping Commit
    ) {
        self.maximumWeight = maximumWeight
        self.expressWeight = expressWeight
        self.timeout = timeout
        self.executor = executor
        self.commit = commit
    }

    static func noAnswer(_ timeout: Duration) -> StoreError {
        StoreError(kind: .unavailable, message: "The database did not finish writing the request within \(timeout); try again shortly.")
    }

    /// How many requests wait for the next group (not those of the group being written).
    public var queued: Int { pending.count }

    /// Queues `item` and returns its output once the group it was written in has committed.
    public func submit(_ item: Item, weight: Int = 1) async throws -> Output {
        try await withCheckedThrowingContinuation { continuation in
            pending.append((item, weight, continuation))
            if !writing {
                writing = true
                Task(executorPreference: executor) { await self.drain() }
            }
        }
    }

    private func drain() async {
        while !pending.isEmpty {
            let group = nextGroup()
            do {
                let items = group.map(\.item)
                let commit = self.commit
                let outputs: [Output]
                if let timeout {
                    outputs = try await BoundedWait.run(within: timeout, orThrow: Self.noAnswer(timeout)) { try await commit(items) }
                } else {
                    outputs = try await commit(items)
                }
                guard outputs.count == group.count else {
                    throw StoreError(kind: .other, message: "A group commit returned \(outputs.count) results for \(group.count) requests.")
                }
                for (entry, output) in zip(group, outputs) { entry.continuation.resume(returning: output) }
            } catch {
                for entry in group { entry.continuation.resume(throwing: error) }
            }
        }
        writing = false
    }

    /// Takes the next group off the queue: the light items when any wait (`expressWeight`) and the last group passed
    /// nothing over, else the oldest items, as many as `maximumWeight` allows (at least one).
    private func nextGroup() -> [Waiting] {
        let light = passedOver ? [] : expressWeight.map { limit in pending.indices.filter { pending[$0].weight <= limit } } ?? []
        passedOver = !light.isEmpty && light.count < pending.count
        let candidates = light.isEmpty ? Array(pending.indices) : light
        var taken = [candidates[0]]
        var weight = pending[candidates[0]].weight
        for index in candidates.dropFirst() {
            guard weight + pending[index].weight <= maximumWeight else { break }
            weight += pending[index].weight
            taken.append(index)
        }
        let group = taken.map { pending[$0] }
        for index in taken.reversed() { pending.remove(at: index) }
        return group
    }
}
