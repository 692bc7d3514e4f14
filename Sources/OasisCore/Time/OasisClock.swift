import Foundation
import Synchronization

/// The source of "now", injected everywhere so that tests control time.
public protocol OasisClock: Sendable {
    func now() -> Date
}

/// The real clock.
public struct SystemClock: OasisClock {
    public init() {}
    public func now() -> Date { Date() }
}

/// A clock that stands still until moved; for tests.
public final class ManualClock: OasisClock {
    private let current: Mutex<Date>

    public init(_ start: Date) { current = Mutex(start) }

    public func now() -> Date { current.withLock { $0 } }

    public func advance(by seconds: TimeInterval) { current.withLock { $0 += seconds } }
}
