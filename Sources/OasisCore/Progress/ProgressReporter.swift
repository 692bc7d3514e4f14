/// Where a library sends its progress: a callback the caller supplies (the CLI draws a bar; a server
/// could publish events). Libraries never draw anything themselves. Updates may arrive from several
/// threads, so the callback must be safe to call concurrently; `ProgressTracker` serialises one step's.
///
/// A caller may also ask a long step to stop (`isCancelled`): the step's loops look at it between their
/// items and stop early. A step that stopped early returns an incomplete result or throws, which the
/// caller that cancelled must discard (the analysis jobs do; the command line never cancels).
public struct ProgressReporter: Sendable {
    private let sink: @Sendable (ProgressUpdate) -> Void
    private let cancelled: @Sendable () -> Bool

    public init(_ sink: @escaping @Sendable (ProgressUpdate) -> Void, isCancelled: @escaping @Sendable () -> Bool = { false }) {
        self.sink = sink
        cancelled = isCancelled
    }

    /// True once the caller asked the work to stop.
    public var isCancelled: Bool { cancelled() }

    /// Reports nothing.
    public static let silent = ProgressReporter { _ in }

    public func report(_ update: ProgressUpdate) {
        sink(update)
    }

    /// Starts tracking a step of `total` units (reports 0 at once).
    public func start(_ step: ProgressStep, total: Int, unit: ProgressUnit = .items) -> ProgressTracker {
        ProgressTracker(step: step, total: total, unit: unit, reporter: self)
    }
}
