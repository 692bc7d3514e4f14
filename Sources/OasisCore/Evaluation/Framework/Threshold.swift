/// A pass/fail line for an indicator, with the source that sets it.
///
/// For `lowerIsBetter` a value passes when `value <= self.value`; for `higherIsBetter` when
/// `value >= self.value`; for `band` when `lower <= value <= upper`.
public struct Threshold: Codable, Sendable, Equatable, SourcedInLanguages {
    public var value: Double?
    public var lower: Double?
    public var upper: Double?
    /// The source of the line in each language that has one (`sourceZh` and `sourceEn` read the first two).
    public var sources: LocalizedText

    public init(value: Double? = nil, lower: Double? = nil, upper: Double? = nil, sourceZh: String? = nil, sourceEn: String? = nil) {
        self.value = value
        self.lower = lower
        self.upper = upper
        self.sources = LocalizedText([.zhHans: sourceZh ?? "", .en: sourceEn ?? ""])
    }

    enum CodingKeys: String, CodingKey { case value, lower, upper, sourceZh, sourceEn, sources }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        value = try c.decodeIfPresent(Double.self, forKey: .value)
        lower = try c.decodeIfPresent(Double.self, forKey: .lower)
        upper = try c.decodeIfPresent(Double.self, forKey: .upper)
        sources = try c.decodeLocalizedText(map: .sources, zhHans: .sourceZh, en: .sourceEn, zhHansRequired: false)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(value, forKey: .value)
        try c.encodeIfPresent(lower, forKey: .lower)
        try c.encodeIfPresent(upper, forKey: .upper)
        try c.encodeLocalizedTextIfPresent(sources, map: .sources, zhHans: .sourceZh, en: .sourceEn)
    }

    /// Whether a value passes under a direction; nil when the threshold does not fit the direction.
    public func passes(_ value: Double, direction: IndicatorDirection) -> Bool? {
        switch direction {
        case .lowerIsBetter: self.value.map { value <= $0 + 1e-9 }
        case .higherIsBetter: self.value.map { value >= $0 - 1e-9 }
        case .band:
            if let lower, let upper { value >= lower - 1e-9 && value <= upper + 1e-9 } else { nil }
        }
    }
}
