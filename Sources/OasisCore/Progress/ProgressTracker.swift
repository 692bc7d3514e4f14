import Foundation

/// One step's progress, advanced from any thread: it keeps the count under a lock and reports every
/// change in order, so the updates a reporter sees are monotone and end with `completed == total`
/// (`finish()`, which reports at most once more).
public final class ProgressTracker: @unchecked Sendable {
    public let step: ProgressStep
    public let total: Int
    public let unit: ProgressUnit
    private let reporter: ProgressReporter
    private let lock = NSLock()
    private var completed = 0
    private var finished = false

    init(step: ProgressStep, total: Int, unit: ProgressUnit, reporter: ProgressReporter) {
        self.step = step
        self.total = max(0, total)
        self.unit = unit
        self.reporter = reporter
        finished = self.total == 0
        reporter.report(ProgressUpdate(step: step, completed: 0, total: self.total, unit: unit))
    }

    /// Adds `count` units (capped at the total).
    public func advance(by count: Int = 1) {
        lock.lock()
        defer { lock.unlock() }
        move(to: completed + max(0, count))
    }

    /// Moves to `value` units if that is further than now (capped at the total).
    public func advance(to value: Int) {
        lock.lock()
        defer { lock.unlock() }
        move(to: value)
    }

    /// Called with the lock held.
    private func move(to value: Int) {
        let next = min(total, value)
        guard !finished, next > completed else { return }
        completed = next
        if completed == total { finished = true }
        reporter.report(ProgressUpdate(step: step, completed: completed, total: total, unit: unit))
    }

    /// Reports the step complete (once).
    public func finish() {
        lock.lock()
        defer { lock.unlock() }
        guard !finished else { return }
        finished = true
        completed = total
        reporter.report(ProgressUpdate(step: step, completed: total, total: total, unit: unit))
    }
}
