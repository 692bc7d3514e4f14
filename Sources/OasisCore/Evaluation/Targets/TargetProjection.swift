import Foundation

/// Where a dated target stands: the observed trend projected to the target year, linearly (least squares
/// over the observations from the base year) and by compound growth (from the first to the latest
/// observation), and a verdict.
public struct TargetProjection: Sendable, Codable, Equatable {
    public enum Verdict: String, Codable, Sendable {
        /// The latest value already meets the target.
        case met
        /// The linear projection meets the target by the target year.
        case onTrack = "on_track"
        /// The linear projection falls short.
        case atRisk = "at_risk"
        /// Fewer than two observations since the base year.
        case insufficientData = "insufficient_data"
    }

    public var target: IndicatorTarget
    public var observations: [Point]
    public var linearProjection: Double?
    public var compoundProjection: Double?
    /// Least-squares slope per year.
    public var observedAnnualChange: Double?
    /// The yearly change needed from the latest observation to reach the target.
    public var requiredAnnualChange: Double?
    public var verdict: Verdict

    public struct Point: Sendable, Codable, Equatable {
        public var year: Int
        public var value: Double
        public init(year: Int, value: Double) {
            self.year = year
            self.value = value
        }
    }

    public static func project(_ target: IndicatorTarget, observations: [Point]) -> TargetProjection {
        let points = observations.filter { $0.year >= target.baseYear }.sorted { $0.year < $1.year }
        var projection = TargetProjection(
            target: target, observations: points, linearProjection: nil, compoundProjection: nil,
            observedAnnualChange: nil, requiredAnnualChange: nil, verdict: .insufficientData)
        guard let latest = points.last else { return projection }
        let remaining = Double(target.targetYear - latest.year)
        if remaining > 0 { projection.requiredAnnualChange = (target.value - latest.value) / remaining }
        if target.isMet(by: latest.value) { projection.verdict = .met }
        guard points.count >= 2, let first = points.first else { return projection }
        let n = Double(points.count)
        let meanX = points.reduce(0) { $0 + Double($1.year) } / n
        let meanY = points.reduce(0) { $0 + $1.value } / n
        let sxx = points.reduce(0) { $0 + (Double($1.year) - meanX) * (Double($1.year) - meanX) }
        let sxy = points.reduce(0) { $0 + (Double($1.year) - meanX) * ($1.value - meanY) }
        let slope = sxx > 0 ? sxy / sxx : 0
        projection.observedAnnualChange = slope
        projection.linearProjection = meanY + slope * (Double(target.targetYear) - meanX)
        let years = Double(latest.year - first.year)
        if years > 0, first.value > 0, latest.value > 0 {
            let growth = pow(latest.value / first.value, 1 / years)
            projection.compoundProjection = latest.value * pow(growth, Double(target.targetYear - latest.year))
        }
        if projection.verdict != .met, let linear = projection.linearProjection {
            projection.verdict = target.isMet(by: linear) ? .onTrack : .atRisk
        }
        return projection
    }
}
