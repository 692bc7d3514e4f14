/// The evaluation of one indicator for one region in one period.
public struct IndicatorResult: Sendable, Codable, Equatable {
    public var indicator: String
    public var value: Double?
    public var status: IndicatorStatus
    public var basis: StatusBasis
    /// 0–100 among the peers of the period; nil without a value or when the status cannot be judged (`unknown`).
    public var score: Double?
    /// The value of the latest earlier period that has one.
    public var previousValue: Double?
    public var previousPeriod: Int?
    /// `value − previousValue`.
    public var change: Double?
    /// 1 = best among the peers with a value (ties share a rank).
    public var rank: Int?
    public var peerCount: Int
    public var severity: ProblemSeverity?
}
