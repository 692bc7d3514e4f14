import Synchronization

/// Hands out the indices 0, 1, 2 … to parallel workers, each index once.
final class WorkCounter: Sendable {
    private let next = Mutex(0)

    func take(below limit: Int) -> Int? {
        next.withLock { next in
            guard next < limit else { return nil }
            defer { next += 1 }
            return next
        }
    }
}
