/// One indicator of a framework: what it measures, in which unit, which way is better, and where it counts.
public struct IndicatorDefinition: Codable, Sendable, Equatable, Identifiable, NamedInLanguages {
    public var code: String
    /// The name in each language that has one; zh-Hans and English are required.
    public var names: LocalizedText
    public var unit: String
    /// Check level: `dwelling`, `community`, `block` or `city`.
    public var level: String
    public var group: String
    public var goal: String
    public var direction: IndicatorDirection
    public var threshold: Threshold?
    public var confidence: SourceConfidence
    public var weight: Double
    /// Supplied by a module (census, hotline, living circles …) rather than imported.
    public var computed: Bool
    /// A context figure (population counts, the urbanisation rate): shown beside the check, never judged, scored or
    /// entered in the problem ledger.
    public var context: Bool

    public var id: String { code }

    /// Percentages must lie in 0–100.
    public var isPercentage: Bool { unit == "%" }

    public init(
        code: String, nameZh: String, nameEn: String, unit: String, level: String, group: String, goal: String,
        direction: IndicatorDirection, threshold: Threshold? = nil, confidence: SourceConfidence = .practice,
        weight: Double = 1, computed: Bool = false, context: Bool = false
    ) {
        self.code = code
        self.names = LocalizedText(zhHans: nameZh, en: nameEn)
        self.unit = unit
        self.level = level
        self.group = group
        self.goal = goal
        self.direction = direction
        self.threshold = threshold
        self.confidence = confidence
        self.weight = weight
        self.computed = computed
        self.context = context
    }

    enum CodingKeys: String, CodingKey {
        case code, nameZh, nameEn, names, unit, level, group, goal, direction, threshold, confidence, weight, computed, context
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        code = try container.decode(String.self, forKey: .code)
        names = try container.decodeLocalizedText(map: .names, zhHans: .nameZh, en: .nameEn, enRequired: true)
        unit = try container.decode(String.self, forKey: .unit)
        level = try container.decode(String.self, forKey: .level)
        group = try container.decode(String.self, forKey: .group)
        goal = try container.decode(String.self, forKey: .goal)
        direction = try container.decode(IndicatorDirection.self, forKey: .direction)
        threshold = try container.decodeIfPresent(Threshold.self, forKey: .threshold)
        confidence = try container.decodeIfPresent(SourceConfidence.self, forKey: .confidence) ?? .practice
        weight = try container.decodeIfPresent(Double.self, forKey: .weight) ?? 1
        computed = try container.decodeIfPresent(Bool.self, forKey: .computed) ?? false
        context = try container.decodeIfPresent(Bool.self, forKey: .context) ?? false
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encodeLocalizedText(names, map: .names, zhHans: .nameZh, en: .nameEn)
        try container.encode(unit, forKey: .unit)
        try container.encode(level, forKey: .level)
        try container.encode(group, forKey: .group)
        try container.encode(goal, forKey: .goal)
        try container.encode(direction, forKey: .direction)
        try container.encodeIfPresent(threshold, forKey: .threshold)
        try container.encode(confidence, forKey: .confidence)
        try container.encode(weight, forKey: .weight)
        try container.encode(computed, forKey: .computed)
        // Written only when set, so that frameworks without context figures keep their exact form.
        if context { try container.encode(true, forKey: .context) }
    }
}
