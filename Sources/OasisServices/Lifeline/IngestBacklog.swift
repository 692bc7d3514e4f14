import Synchronization

/// The readings a server has taken in for ingest and not yet committed (waiting for the batch before them, or being
/// written). Beyond `limit` a new batch is refused with 503 and Retry-After rather than queued without end: a
/// gateway keeps its buffer and sends again, and nothing acknowledged is ever dropped.
public final class IngestBacklog: Sendable {
    public let limit: Int
    private let count = Mutex(0)

    public init(limit: Int) { self.limit = limit }

    /// The readings held now.
    public var current: Int { count.withLock { $0 } }

    /// Takes room for `readings`; false (and nothing taken) when that would pass the limit. A batch alone larger than
    /// the limit is taken when nothing else is held, so that the limit never refuses a batch the size limit allows.
    public func reserve(_ readings: Int) -> Bool {
        count.withLock { held in
            guard held == 0 || held + readings <= limit else { return false }
            held += readings
            return true
        }
    }

    /// Gives back the room `reserve` took.
    public func release(_ readings: Int) {
        count.withLock { $0 = max(0, $0 - readings) }
    }
}
