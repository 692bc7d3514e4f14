/// Where a library sends its progress: a callback the caller supplies (the CLI draws a bar; a server
/// could publish events). Libraries never draw anything themselves. Updates may arrive from several
/// threads, so the callback must be safe to call concurrently; `ProgressTracker` serialises one step's.
public struct ProgressReporter: Sendable {
    private let sink: @Sendable (ProgressUpdate) -> Void

    public init(_ sink: @escaping @Sendable (ProgressUpdate) -> Void) {
        self.sink = sink
    }

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
