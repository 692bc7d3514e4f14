import Foundation

/// A thread of its own that runs the work handed to it one piece after another, in order, and may block (in
/// SQLite, in `fsync`) without holding up the cooperative pool. The store's writer thread and its checkpoint thread
/// are each one. The thread keeps only this object's queue; it ends at `stop()`, once the work already queued has run.
final class SerialThread: @unchecked Sendable {
    private let condition = NSCondition()
    private var work: [() -> Void] = []
    private var stopped = false

    init(name: String) {
        let thread = Thread { [self] in serve() }
        thread.name = name
        thread.start()
    }

    func submit(_ piece: @escaping () -> Void) {
        condition.lock()
        work.append(piece)
        condition.signal()
        condition.unlock()
    }

    func stop() {
        condition.lock()
        stopped = true
        condition.signal()
        condition.unlock()
    }

    private func serve() {
        var batch: [() -> Void] = []
        while true {
            condition.lock()
            while work.isEmpty && !stopped { condition.wait() }
            if work.isEmpty {
                condition.unlock()
                return
            }
            swap(&batch, &work)
            condition.unlock()
            for piece in batch { piece() }
            batch.removeAll(keepingCapacity: true)
        }
    }
}
