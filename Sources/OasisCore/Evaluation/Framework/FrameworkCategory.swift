/// A named, weighted grouping in a framework: a check level, an indicator group or one of the six goals.
public struct FrameworkCategory: Codable, Sendable, Equatable, Identifiable {
    public var code: String
    public var nameZh: String
    public var nameEn: String
    /// For groups: the check level the group belongs to.
    public var level: String?
    public var weight: Double

    public var id: String { code }

    public init(code: String, nameZh: String, nameEn: String, level: String? = nil, weight: Double = 1) {
        self.code = code
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.level = level
        self.weight = weight
    }

    enum CodingKeys: String, CodingKey { case code, nameZh, nameEn, level, weight }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        code = try container.decode(String.self, forKey: .code)
        nameZh = try container.decode(String.self, forKey: .nameZh)
        nameEn = try container.decode(String.self, forKey: .nameEn)
        level = try container.decodeIfPresent(String.self, forKey: .level)
        weight = try container.decodeIfPresent(Double.self, forKey: .weight) ?? 1
    }

    public func name(in language: Language) -> String { LocalizedText(zhHans: nameZh, en: nameEn).text(in: language) }
}
