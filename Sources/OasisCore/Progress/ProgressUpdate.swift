/// One report of a step's progress: `completed` of `total` units (0 ≤ completed ≤ total). A step's
/// updates never go backwards and its last one has `completed == total`.
public struct ProgressUpdate: Sendable, Hashable, Codable {
    public var step: ProgressStep
    public var completed: Int
    public var total: Int
    public var unit: ProgressUnit

    public init(step: ProgressStep, completed: Int, total: Int, unit: ProgressUnit) {
        self.step = step
        self.completed = completed
        self.total = total
        self.unit = unit
    }

    /// The share done, 0…1 (1 for a step with nothing to do).
    public var fraction: Double { total > 0 ? min(1, Double(completed) / Double(total)) : 1 }

    public var isFinished: Bool { completed >= total }
}
