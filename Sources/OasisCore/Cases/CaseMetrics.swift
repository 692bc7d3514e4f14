import Foundation

/// The performance figures of a set of cases, by the definitions DOMAIN.md collects (三率 as practised over
/// valid follow-up visits; closure and on-time closure over cases due; rework over handled cases).
/// Weights are configuration: cities use 10/50/40, 30/35/35 or 10/45/45.
public struct CaseMetrics: Sendable, Equatable, Codable {
    public struct Weights: Sendable, Equatable, Codable {
        public var response: Double
        public var resolution: Double
        public var satisfaction: Double
        /// How much a "basically satisfied" answer counts towards satisfaction.
        public var basicallySatisfied: Double

        public init(response: Double = 10, resolution: Double = 45, satisfaction: Double = 45, basicallySatisfied: Double = 0.9) {
            self.response = response
            self.resolution = resolution
            self.satisfaction = satisfaction
            self.basicallySatisfied = basicallySatisfied
        }
    }

    public var cases: Int
    /// Valid follow-up visits (the citizen reached; a case's latest), the denominator of response and resolution.
    public var visited: Int
    /// Valid visits with a rating, the denominator of satisfaction.
    public var rated: Int
    /// Follow-up calls that did not reach the citizen: counted apart, in no denominator.
    public var unreachedVisits: Int
    /// Cases closed as merged duplicates, as "not responsible", and cancelled: reported apart, not closures.
    public var merged: Int
    public var notResponsible: Int
    public var cancelled: Int
    /// Responded (the citizen says the unit contacted them) ÷ valid visits, in percent.
    public var responseRate: Double?
    /// Resolved ÷ valid visits.
    public var resolutionRate: Double?
    /// (Satisfied + factor × basically satisfied) ÷ rated valid visits.
    public var satisfactionRate: Double?
    /// The weighted composite of the three rates.
    public var composite: Double?
    /// Closed ÷ due (cases whose deadline has passed by `asOf`, or that are closed), without the closures reported apart.
    public var closureRate: Double?
    /// Closed on or before the deadline ÷ due.
    public var onTimeClosureRate: Double?
    /// Cases reworked at least once ÷ cases handled (dispatched).
    public var reworkRate: Double?
    /// Hours from dispatch to closure.
    public var meanHandlingHours: Double?
    /// The median over whole hours (rounded down).
    public var medianHandlingHours: Double?

    /// The metrics of the cases one by one: the rollups' counters summed, with the open cases due by `asOf`.
    public static func compute(_ outcomes: [CaseOutcome], asOf: Date, weights: Weights = .init()) -> CaseMetrics {
        var counters = CaseRollupCounters()
        var openDue = 0
        var histogram: [Int: Int] = [:]
        for outcome in outcomes {
            let own = CaseRollupCounters(outcome)
            counters = counters + own
            if own.handled == 1 { histogram[(own.handlingSeconds / 3600).flooredClampedInteger, default: 0] += 1 }
            if outcome.closedAt == nil, !outcome.cancelled, let deadline = outcome.deadline, deadline <= asOf { openDue += 1 }
        }
        return fromRollup(counters, openDue: openDue, handlingHistogram: histogram, weights: weights)
    }
}
