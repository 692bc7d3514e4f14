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

        public init(response: Double = 0.1, resolution: Double = 0.45, satisfaction: Double = 0.45, basicallySatisfied: Double = 0.9) {
            self.response = response
            self.resolution = resolution
            self.satisfaction = satisfaction
            self.basicallySatisfied = basicallySatisfied
        }
    }

    public var cases: Int
    public var visited: Int
    /// Contacted ÷ visited, in percent.
    public var responseRate: Double?
    /// Resolved ÷ visited.
    public var resolutionRate: Double?
    /// (Satisfied + weight × basically satisfied) ÷ visited.
    public var satisfactionRate: Double?
    /// The weighted composite of the three rates.
    public var composite: Double?
    /// Closed ÷ due (cases whose deadline has passed by `asOf`, or that are closed).
    public var closureRate: Double?
    /// Closed on or before the deadline ÷ due.
    public var onTimeClosureRate: Double?
    /// Cases reworked at least once ÷ cases handled (dispatched).
    public var reworkRate: Double?
    /// Hours from dispatch to closure.
    public var meanHandlingHours: Double?
    /// The median over whole hours (rounded down).
    public var medianHandlingHours: Double?

    public static func compute(_ outcomes: [CaseOutcome], asOf: Date, weights: Weights = .init()) -> CaseMetrics {
        func rate(_ part: Int, _ whole: Int) -> Double? { whole > 0 ? Double(part) / Double(whole) * 100 : nil }
        let visits = outcomes.filter(\.visited)
        let satisfied = visits.filter { $0.satisfaction == .satisfied }.count
        let basically = visits.filter { $0.satisfaction == .basicallySatisfied }.count
        let response = rate(visits.filter(\.contacted).count, visits.count)
        let resolution = rate(visits.filter(\.resolved).count, visits.count)
        let satisfaction = visits.isEmpty ? nil : (Double(satisfied) + weights.basicallySatisfied * Double(basically)) / Double(visits.count) * 100
        var composite: Double?
        if let response, let resolution, let satisfaction {
            let total = weights.response + weights.resolution + weights.satisfaction
            composite =
                total > 0 ? (response * weights.response + resolution * weights.resolution + satisfaction * weights.satisfaction) / total : nil
        }
        let due = outcomes.filter { $0.closedAt != nil || ($0.deadline.map { $0 <= asOf } ?? false) }
        let closed = due.filter { $0.closedAt != nil }
        let onTime = closed.filter { outcome in outcome.deadline.map { outcome.closedAt! <= $0 } ?? true }
        let handled = outcomes.filter { $0.dispatchedAt != nil }
        let hours = outcomes.compactMap { outcome -> Double? in
            guard let start = outcome.dispatchedAt, let end = outcome.closedAt else { return nil }
            return end.timeIntervalSince(start) / 3600
        }.sorted()
        // The median is taken over whole hours (rounded down), as the rollups keep it; the mean is exact.
        let whole = hours.map { $0.rounded(.down) }
        let median: Double? =
            whole.isEmpty ? nil : (whole.count % 2 == 1 ? whole[whole.count / 2] : (whole[whole.count / 2 - 1] + whole[whole.count / 2]) / 2)
        return CaseMetrics(
            cases: outcomes.count, visited: visits.count, responseRate: response, resolutionRate: resolution, satisfactionRate: satisfaction,
            composite: composite, closureRate: rate(closed.count, due.count), onTimeClosureRate: rate(onTime.count, due.count),
            reworkRate: rate(handled.filter { $0.reworkCount > 0 }.count, handled.count),
            meanHandlingHours: hours.isEmpty ? nil : hours.reduce(0, +) / Double(hours.count), medianHandlingHours: median
        )
    }
}
