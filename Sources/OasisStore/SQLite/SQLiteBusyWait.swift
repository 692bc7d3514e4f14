/// How long a write on SQLite waits for another process's write lock (an import from the CLI, a second
/// server) before giving up with `StoreError.Kind.busy`, which the server answers with 503 and `Retry-After`.
///
/// SQLite's own busy handler is off on the writing connections: sqlite-nio's spins without sleeping, and
/// SQLite's default one, as sqlite-nio builds it (without `usleep`), sleeps whole seconds on a pool thread.
/// Oasis retries here instead, sleeping a few milliseconds at a time without holding a thread.
public struct SQLiteBusyWait: Sendable {
    /// The longest wait, counted from when the write was asked for (time queued behind this process's other
    /// writes included), so that a queue of writes cannot wait one timeout each.
    public var timeout: Duration

    public init(timeout: Duration = .seconds(5)) { self.timeout = timeout }

    /// The message of a write that waited `timeout` in vain.
    static func message(_ timeout: Duration) -> String {
        "The database is locked by another writer (for example an import from the command line); gave up after \(timeout). Try again shortly."
    }

    /// Runs `attempt` until it does not fail with `busy` or the deadline passes; sleeps 2, 4, 8 … up to 50 ms between tries.
    func retrying<T>(until deadline: ContinuousClock.Instant, _ attempt: () async throws -> T) async throws -> T {
        var pause = Duration.milliseconds(2)
        while true {
            do {
                return try await attempt()
            } catch let error as StoreError where error.kind == .busy {
                let now = ContinuousClock.now
                guard now < deadline else { throw StoreError(kind: .busy, message: Self.message(timeout)) }
                try await Task.sleep(for: min(pause, deadline - now))
                pause = min(pause * 2, .milliseconds(50))
            }
        }
    }

    /// The deadline of a write asked for now.
    func deadline() -> ContinuousClock.Instant { ContinuousClock.now + timeout }
}
