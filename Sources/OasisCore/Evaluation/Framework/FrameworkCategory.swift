/// A named, weighted grouping in a framework: a check level, an indicator group or one of the six goals.
public struct FrameworkCategory: Codable, Sendable, Equatable, Identifiable, NamedInLanguages {
    public var code: String
    /// The name in each language that has one; zh-Hans and English are required.
    public var names: LocalizedText
    /// For groups: the check level the group belongs to.
    public var level: String?
    public var weight: Double

    public var id: String { code }

    public init(code: String, nameZh: String, nameEn: String, level: String? = nil, weight: Double = 1) {
        self.code = code
        self.names = LocalizedText(zhHans: nameZh, en: nameEn)
        self.level = level
        self.weight = weight
    }

    enum CodingKeys: String, CodingKey { case code, nameZh, nameEn, names, level, weight }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        code = try container.decode(String.self, forKey: .code)
        names = try container.decodeLocalizedText(map: .names, zhHans: .nameZh, en: .nameEn, enRequired: true)
        level = try container.decodeIfPresent(String.self, forKey: .level)
        weight = try container.decodeIfPresent(Double.self, forKey: .weight) ?? 1
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encodeLocalizedText(names, map: .names, zhHans: .nameZh, en: .nameEn)
        try container.encodeIfPresent(level, forKey: .level)
        try container.encode(weight, forKey: .weight)
    }
}
