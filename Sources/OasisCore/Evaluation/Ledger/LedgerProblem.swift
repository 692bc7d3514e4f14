/// One entry of the problem ledger: an indicator failing in a region, carried from period to period.
public struct LedgerProblem: Sendable, Codable, Equatable, Identifiable {
    public var id: Int64
    public var region: String
    public var indicator: String
    /// The indicator's group: the problem's category.
    public var category: String
    public var severity: ProblemSeverity
    public var status: ProblemStatus
    public var firstPeriod: Int
    /// The latest period in which the indicator failed.
    public var lastFailedPeriod: Int
    public var solvedPeriod: Int?
    public var verifiedPeriod: Int?
    public var reopenCount: Int
    public var note: String?

    public init(
        id: Int64, region: String, indicator: String, category: String, severity: ProblemSeverity, status: ProblemStatus,
        firstPeriod: Int, lastFailedPeriod: Int, solvedPeriod: Int? = nil, verifiedPeriod: Int? = nil, reopenCount: Int = 0,
        note: String? = nil
    ) {
        self.id = id
        self.region = region
        self.indicator = indicator
        self.category = category
        self.severity = severity
        self.status = status
        self.firstPeriod = firstPeriod
        self.lastFailedPeriod = lastFailedPeriod
        self.solvedPeriod = solvedPeriod
        self.verifiedPeriod = verifiedPeriod
        self.reopenCount = reopenCount
        self.note = note
    }
}
