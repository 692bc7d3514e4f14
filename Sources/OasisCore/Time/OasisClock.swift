import Foundation

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
public final class ManualClock: OasisClock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    public init(_ start: Date) { current = start }

    public func now() -> Date { lock.withLock { current } }

    public func advance(by seconds: TimeInterval) { lock.withLock { current += seconds } }
}
