/// A dated target: an indicator in a region should reach a value by a year.
public struct IndicatorTarget: Codable, Sendable, Equatable, Identifiable, SourcedInLanguages {
    public enum Comparison: String, Codable, Sendable {
        case atLeast
        case atMost
    }

    public var id: String
    public var indicator: String
    public var region: String
    public var baseYear: Int
    public var targetYear: Int
    public var value: Double
    public var comparison: Comparison
    /// The source of the target in each language that has one (`sourceZh` and `sourceEn` read the first two).
    public var sources: LocalizedText

    public init(
        id: String, indicator: String, region: String, baseYear: Int, targetYear: Int, value: Double,
        comparison: Comparison, sourceZh: String? = nil, sourceEn: String? = nil
    ) {
        self.id = id
        self.indicator = indicator
        self.region = region
        self.baseYear = baseYear
        self.targetYear = targetYear
        self.value = value
        self.comparison = comparison
        self.sources = LocalizedText([.zhHans: sourceZh ?? "", .en: sourceEn ?? ""])
    }

    enum CodingKeys: String, CodingKey { case id, indicator, region, baseYear, targetYear, value, comparison, sourceZh, sourceEn, sources }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        indicator = try c.decode(String.self, forKey: .indicator)
        region = try c.decode(String.self, forKey: .region)
        baseYear = try c.decode(Int.self, forKey: .baseYear)
        targetYear = try c.decode(Int.self, forKey: .targetYear)
        value = try c.decode(Double.self, forKey: .value)
        comparison = try c.decode(Comparison.self, forKey: .comparison)
        sources = try c.decodeLocalizedText(map: .sources, zhHans: .sourceZh, en: .sourceEn, zhHansRequired: false)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(indicator, forKey: .indicator)
        try c.encode(region, forKey: .region)
        try c.encode(baseYear, forKey: .baseYear)
        try c.encode(targetYear, forKey: .targetYear)
        try c.encode(value, forKey: .value)
        try c.encode(comparison, forKey: .comparison)
        try c.encodeLocalizedTextIfPresent(sources, map: .sources, zhHans: .sourceZh, en: .sourceEn)
    }

    public func isMet(by value: Double) -> Bool {
        comparison == .atLeast ? value >= self.value - 1e-9 : value <= self.value + 1e-9
    }
}
