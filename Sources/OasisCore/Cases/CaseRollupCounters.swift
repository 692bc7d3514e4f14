import Foundation

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
    /// Valid visits with a rating (the satisfaction rate's denominator).
    public var rated = 0
    /// Follow-up calls that did not reach the citizen.
    public var unreached = 0
    /// Closed as duplicates (merged), closed as not responsible, cancelled: reported apart.
    public var merged = 0
    public var notResponsible = 0
    public var cancelled = 0

    public init() {}

    /// One case's counts, by DOMAIN.md §3: a valid visit (the latest) counts in the 三率, a rated one in satisfaction;
    /// unreached calls, merged duplicates, "not responsible" closures and cancellations are counted apart, and the
    /// set-apart closures are neither closures nor on-time closures nor handling time.
    public init(_ outcome: CaseOutcome) {
        cases = 1
        if outcome.dispatchedAt != nil {
            dispatched = 1
            if outcome.reworkCount > 0 { reworked = 1 }
        }
        if outcome.closure == .duplicate { merged = 1 }
        if outcome.closure == .notResponsible { notResponsible = 1 }
        if outcome.cancelled { cancelled = 1 }
        if let closedAt = outcome.closedAt, !outcome.isSetApart {
            closed = 1
            if outcome.deadline.map({ closedAt <= $0 }) ?? true { closedOnTime = 1 }
            if let start = outcome.dispatchedAt {
                handled = 1
                handlingSeconds = closedAt.timeIntervalSince(start)
            }
        }
        unreached = outcome.unreachedVisits
        if outcome.visited {
            visited = 1
            if outcome.contacted { contacted = 1 }
            if outcome.resolved { resolved = 1 }
            if outcome.satisfaction != nil { rated = 1 }
            if outcome.satisfaction == .satisfied { satisfied = 1 }
            if outcome.satisfaction == .basicallySatisfied { basicallySatisfied = 1 }
        }
    }

    public static let fields = [
        "cases", "dispatched", "reworked", "closed", "closed_on_time", "visited", "contacted", "resolved", "satisfied",
        "basically_satisfied", "handling_seconds", "handled", "rated", "unreached", "merged", "not_responsible", "cancelled",
    ]

    public var values: [Double] {
        [
            Double(cases), Double(dispatched), Double(reworked), Double(closed), Double(closedOnTime), Double(visited), Double(contacted),
            Double(resolved),
            Double(satisfied), Double(basicallySatisfied), handlingSeconds, Double(handled), Double(rated), Double(unreached), Double(merged),
            Double(notResponsible), Double(cancelled),
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
        rated = Int(values[12])
        unreached = Int(values[13])
        merged = Int(values[14])
        notResponsible = Int(values[15])
        cancelled = Int(values[16])
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
        result.rated += sign * other.rated
        result.unreached += sign * other.unreached
        result.merged += sign * other.merged
        result.notResponsible += sign * other.notResponsible
        result.cancelled += sign * other.cancelled
        return result
    }
    public var isZero: Bool { values.allSatisfy { $0 == 0 } }
}
