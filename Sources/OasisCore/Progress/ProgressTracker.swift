import Foundation
import Synchronization

/// One step's progress, advanced from any thread: it keeps the count under a lock and reports every
/// change in order, so the updates a reporter sees are monotone and end with `completed == total`
/// (`finish()`, which reports at most once more).
public final class ProgressTracker: Sendable {
    public let step: ProgressStep
    public let total: Int
    public let unit: ProgressUnit
    private let reporter: ProgressReporter
    private struct Count {
        var completed = 0
        var finished = false
    }

    private let count: Mutex<Count>

    init(step: ProgressStep, total: Int, unit: ProgressUnit, reporter: ProgressReporter) {
        self.step = step
        self.total = max(0, total)
        self.unit = unit
        self.reporter = reporter
        count = Mutex(Count(completed: 0, finished: self.total == 0))
        reporter.report(ProgressUpdate(step: step, completed: 0, total: self.total, unit: unit))
    }

    /// True once the reporter's caller asked the work to stop (see `ProgressReporter.isCancelled`).
    public var isCancelled: Bool { reporter.isCancelled }

    /// Adds `count` units (capped at the total).
    public func advance(by units: Int = 1) {
        count.withLock { move(&$0, to: $0.completed + max(0, units)) }
    }

    /// Moves to `value` units if that is further than now (capped at the total).
    public func advance(to value: Int) {
        count.withLock { move(&$0, to: value) }
    }

    /// Called with the lock held, so updates are reported in order.
    private func move(_ count: inout Count, to value: Int) {
        let next = min(total, value)
        guard !count.finished, next > count.completed else { return }
        count.completed = next
        if count.completed == total { count.finished = true }
        reporter.report(ProgressUpdate(step: step, completed: count.completed, total: total, unit: unit))
    }

    /// Reports the step complete (once).
    public func finish() {
        count.withLock { count in
            guard !count.finished else { return }
            count.finished = true
            count.completed = total
            reporter.report(ProgressUpdate(step: step, completed: total, total: total, unit: unit))
        }
    }
}
