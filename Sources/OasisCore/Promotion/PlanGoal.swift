/// A goal of a strategic plan with its dated target: "urbanisation rate 65 % by 2030", measured by an
/// indicator of the framework where one fits.
public struct PlanGoal: Codable, Sendable, Equatable {
    /// The goal's wording in each language that has one.
    public var texts: LocalizedText
    public var indicator: String?
    public var target: Double?
    public var year: Int

    public init(textZh: String, textEn: String, indicator: String? = nil, target: Double? = nil, year: Int) {
        self.texts = LocalizedText(zhHans: textZh, en: textEn)
        self.indicator = indicator
        self.target = target
        self.year = year
    }

    enum CodingKeys: String, CodingKey { case textZh, textEn, texts, indicator, target, year }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        texts = try c.decodeLocalizedText(map: .texts, zhHans: .textZh, en: .textEn, enRequired: true)
        indicator = try c.decodeIfPresent(String.self, forKey: .indicator)
        target = try c.decodeIfPresent(Double.self, forKey: .target)
        year = try c.decode(Int.self, forKey: .year)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeLocalizedText(texts, map: .texts, zhHans: .textZh, en: .textEn)
        try c.encodeIfPresent(indicator, forKey: .indicator)
        try c.encodeIfPresent(target, forKey: .target)
        try c.encode(year, forKey: .year)
    }

    public var textZh: String { texts[.zhHans] ?? "" }
    public var textEn: String { texts[.en] ?? "" }
}
