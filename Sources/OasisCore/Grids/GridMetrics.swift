/// The figures of one grid: its cases found on patrol by its grid workers and those reported by citizens (every
/// other channel), how many are closed and how many closed on time (by the rules of the case metrics: merged
/// duplicates and "not responsible" closures are no closures; a case without a deadline is on time when closed).
public struct GridMetrics: Codable, Sendable, Equatable {
    public var grid: String
    public var name: String
    public var patrol = 0
    public var citizen = 0
    public var closed = 0
    public var closedOnTime = 0

    public init(grid: String, name: String) {
        self.grid = grid
        self.name = name
    }

    /// The channel of the cases grid workers enter.
    public static let patrolChannel = "patrol"

    public var cases: Int { patrol + citizen }

    /// Closed on time over closed; nil without closures.
    public var onTimeRate: Double? { closed == 0 ? nil : Double(closedOnTime) / Double(closed) }

    /// Counts one case of the grid.
    public mutating func add(_ item: HotlineCase) {
        if item.channel == Self.patrolChannel { patrol += 1 } else { citizen += 1 }
        let counters = CaseRollupCounters(item.outcome)
        closed += counters.closed
        closedOnTime += counters.closedOnTime
    }
}
