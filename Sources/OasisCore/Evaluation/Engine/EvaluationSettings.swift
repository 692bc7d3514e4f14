/// The documented, configurable rules of the evaluation.
///
/// - Score: each indicator's value is normalised to 0–100 across the peer regions of the period
///   (min–max; the best value scores 100, the worst 0; when all peers are equal, 100 unless the value fails
///   its threshold). Bands score 100 inside and lose `100 × distance ÷ band width` outside.
/// - Status: against the threshold when the indicator has one, otherwise against the peers: a
///   higher-is-better value below the lower quartile (or lower-is-better above the upper quartile) fails.
/// - Group and goal scores: weighted means of their indicators' scores (indicator weights); overall score:
///   weighted mean of the goal scores (goal weights). Missing values are left out, not counted as zero.
/// - Severity of a failing value: high when its score is below `highSeverityBelow`, medium below
///   `mediumSeverityBelow`, low otherwise.
public struct EvaluationSettings: Sendable, Codable, Equatable {
    public var minimumPeers: Int
    public var highSeverityBelow: Double
    public var mediumSeverityBelow: Double

    public init(minimumPeers: Int = 4, highSeverityBelow: Double = 25, mediumSeverityBelow: Double = 50) {
        self.minimumPeers = minimumPeers
        self.highSeverityBelow = highSeverityBelow
        self.mediumSeverityBelow = mediumSeverityBelow
    }
}
