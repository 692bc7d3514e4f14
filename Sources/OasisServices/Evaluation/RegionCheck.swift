import OasisCore
import OasisStore

/// Everything the health check says about one region in one period.
public struct RegionCheck: Sendable, Codable {
    public struct RegionInfo: Sendable, Codable {
        public var code: String
        public var nameZh: String
        public var nameEn: String
        public var level: String
        /// The name in every language that has one (Uyghur for Xinjiang's regions).
        public var names: LocalizedText

        public init(code: String, names: LocalizedText, level: String) {
            self.code = code
            self.nameZh = names[.zhHans] ?? ""
            self.nameEn = names[.en] ?? ""
            self.level = level
            self.names = names
        }
    }

    public struct TrendPoint: Sendable, Codable {
        public var period: Int
        public var overall: Double?
        public var rank: Int?
        /// Indicators with a value in that period: overall scores of periods with far fewer are not comparable.
        public var indicatorCount: Int
    }

    public var frameworkID: String
    public var frameworkVersion: Int
    public var region: RegionInfo
    public var period: Int
    public var evaluation: RegionEvaluation
    public var trend: [TrendPoint]
    public var targets: [TargetProjection]
    public var problems: [LedgerProblem]
    /// Periods with data for this level.
    public var periods: [Int]
}
