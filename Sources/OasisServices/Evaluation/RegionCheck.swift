import OasisCore
import OasisStore

/// Everything the health check says about one region in one period.
public struct RegionCheck: Sendable, Codable {
    /// The region checked; in JSON its name keeps the flat `nameZh` and `nameEn` beside `names`.
    public struct RegionInfo: Sendable, Codable, NamedInLanguages {
        public var code: String
        public var level: String
        /// The name in every language that has one (Uyghur for Xinjiang's regions).
        public var names: LocalizedText

        public init(code: String, names: LocalizedText, level: String) {
            self.code = code
            self.level = level
            self.names = names
        }

        enum CodingKeys: String, CodingKey { case code, nameZh, nameEn, names, level }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            code = try c.decode(String.self, forKey: .code)
            names = try c.decodeLocalizedText(map: .names, zhHans: .nameZh, en: .nameEn)
            level = try c.decode(String.self, forKey: .level)
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(code, forKey: .code)
            try c.encodeLocalizedText(names, map: .names, zhHans: .nameZh, en: .nameEn)
            try c.encode(level, forKey: .level)
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
