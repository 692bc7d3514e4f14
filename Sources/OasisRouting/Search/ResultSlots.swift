import Foundation

/// Fixed slots that parallel workers fill, each slot written by exactly one worker, then read once all
/// workers are done. Guarded by a lock (which costs nothing next to a search); `Mutex` would need macOS 15.
final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [[Double]]

    init(count: Int) { slots = Array(repeating: [], count: count) }

    func set(_ index: Int, _ value: [Double]) {
        lock.withLock { slots[index] = value }
    }

    func collect() -> [[Double]] { lock.withLock { slots } }
}
