/// The evaluation of one region in one period.
public struct RegionEvaluation: Sendable, Codable, Equatable {
    public var region: String
    public var period: Int
    public var indicators: [IndicatorResult]
    public var groups: [CategoryScore]
    public var goals: [CategoryScore]
    public var overall: Double?
    /// 1 = best overall among the peers of the period.
    public var rank: Int?
    public var peerCount: Int
    public var previousOverall: Double?

    public var overallChange: Double? {
        guard let overall, let previousOverall else { return nil }
        return overall - previousOverall
    }

    public func result(_ indicator: String) -> IndicatorResult? { indicators.first { $0.indicator == indicator } }
}
