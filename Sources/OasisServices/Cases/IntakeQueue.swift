import OasisCore
import OasisStore

/// The intake's group commit (`GroupCommitQueue`): requests that arrive while a batch of cases is being written wait
/// and are written together in the next transaction, up to `maximumBatch` cases.
public struct IntakeQueue: Sendable {
    private let queue: GroupCommitQueue<CaseIntakeEntry, HotlineCase>
    private let cases: CaseRepository
    /// The largest batch written in one transaction.
    public var maximumBatch: Int { queue.maximumWeight }
    /// How long a batch's transaction may take before its requests are answered 503 (`GroupCommitQueue.timeout`).
    public var batchTimeout: Duration? { queue.timeout }

    /// `batchTimeout` nil takes the store's default, `defaultTimeout(for:)`.
    public init(store: Store, maximumBatch: Int = 512, batchTimeout: Duration? = nil) {
        let cases = store.cases
        self.cases = cases
        queue = GroupCommitQueue(
            maximumWeight: maximumBatch, timeout: batchTimeout ?? Self.defaultTimeout(for: store.location),
            executor: store.database.writeExecutor
        ) { entries in try await cases.register(entries) }
    }

    /// The bound for a store at `location` (`StoreLocation.groupCommitTimeout`).
    public static func defaultTimeout(for location: StoreLocation) -> Duration? { location.groupCommitTimeout }

    /// Registers a case; returns it with its id once its transaction has committed. Its column values are worked
    /// out here, by the request, before it joins the queue (`CaseIntakeEntry`).
    public func register(_ item: HotlineCase, by access: StoreAccess) async throws -> HotlineCase {
        try await queue.submit(cases.entry(item, by: access))
    }
}
