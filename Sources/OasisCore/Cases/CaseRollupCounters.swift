/// The additive counts of a set of cases from which every metric is computed; a case's change is applied
/// as the difference of its counters before and after, so the metrics never rescan the cases.
public struct CaseRollupCounters: Codable, Sendable, Equatable {
    public var cases = 0
    public var dispatched = 0
    public var reworked = 0
    public var closed = 0
    public var closedOnTime = 0
    public var visited = 0
    public var contacted = 0
    public var resolved = 0
    public var satisfied = 0
    public var basicallySatisfied = 0
    /// Sum of dispatch-to-closure times, in seconds, and how many cases it covers.
    public var handlingSeconds = 0.0
    public var handled = 0

    public init() {}

    public static let fields = [
        "cases", "dispatched", "reworked", "closed", "closed_on_time", "visited", "contacted", "resolved", "satisfied",
        "basically_satisfied", "handling_seconds", "handled",
    ]

    public var values: [Double] {
        [
            Double(cases), Double(dispatched), Double(reworked), Double(closed), Double(closedOnTime), Double(visited), Double(contacted),
            Double(resolved),
            Double(satisfied), Double(basicallySatisfied), handlingSeconds, Double(handled),
        ]
    }

    public init(values: [Double]) {
        cases = Int(values[0])
        dispatched = Int(values[1])
        reworked = Int(values[2])
        closed = Int(values[3])
        closedOnTime = Int(values[4])
        visited = Int(values[5])
        contacted = Int(values[6])
        resolved = Int(values[7])
        satisfied = Int(values[8])
        basicallySatisfied = Int(values[9])
        handlingSeconds = values[10]
        handled = Int(values[11])
    }

    public static func + (lhs: Self, rhs: Self) -> Self { lhs.combined(with: rhs, sign: 1) }
    public static func - (lhs: Self, rhs: Self) -> Self { lhs.combined(with: rhs, sign: -1) }

    /// Field by field, without building arrays: the rollups add millions of these on a bulk import.
    func combined(with other: Self, sign: Int) -> Self {
        var result = self
        result.cases += sign * other.cases
        result.dispatched += sign * other.dispatched
        result.reworked += sign * other.reworked
        result.closed += sign * other.closed
        result.closedOnTime += sign * other.closedOnTime
        result.visited += sign * other.visited
        result.contacted += sign * other.contacted
        result.resolved += sign * other.resolved
        result.satisfied += sign * other.satisfied
        result.basicallySatisfied += sign * other.basicallySatisfied
        result.handlingSeconds += Double(sign) * other.handlingSeconds
        result.handled += sign * other.handled
        return result
    }
    public var isZero: Bool { values.allSatisfy { $0 == 0 } }
}
