import Synchronization

/// Fixed slots that parallel workers fill, each slot written by exactly one worker, then read once all
/// workers are done. Guarded by a mutex (which costs nothing next to a search).
final class ResultSlots: Sendable {
    private let slots: Mutex<[[Double]]>

    init(count: Int) { slots = Mutex(Array(repeating: [], count: count)) }

    func set(_ index: Int, _ value: [Double]) {
        slots.withLock { $0[index] = value }
    }

    func collect() -> [[Double]] { slots.withLock { $0 } }
}
