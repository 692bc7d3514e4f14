/// The deadline rules one taxonomy category carries: one for every priority (`any`) and/or one per priority.
/// In JSON: `{"any": {"respond": "1 working hour", "resolve": "2 working days", "warnAt": 0.8}, "emergency": {…}}`.
public struct CategoryDeadlines: Codable, Sendable, Equatable {
    /// The rule for priorities without their own.
    public var any: DeadlineRule?
    public var byPriority: [CasePriority: DeadlineRule]

    public init(any: DeadlineRule? = nil, byPriority: [CasePriority: DeadlineRule] = [:]) {
        self.any = any
        self.byPriority = byPriority
    }

    /// The rule for a priority, if this category sets one.
    public func rule(for priority: CasePriority) -> DeadlineRule? { byPriority[priority] ?? any }

    public var isEmpty: Bool { any == nil && byPriority.isEmpty }

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    enum RuleKey: String, CodingKey {
        case respond, resolve, warnAt
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        var any: DeadlineRule?
        var byPriority: [CasePriority: DeadlineRule] = [:]
        for key in container.allKeys {
            let rule = try Self.decodeRule(container.nestedContainer(keyedBy: RuleKey.self, forKey: key))
            if key.stringValue == "any" {
                any = rule
            } else if let priority = CasePriority(rawValue: key.stringValue) {
                byPriority[priority] = rule
            } else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container,
                    debugDescription:
                        "unknown priority \"\(key.stringValue)\"; use any, \(CasePriority.allCases.map(\.rawValue).joined(separator: ", "))"
                )
            }
        }
        self.init(any: any, byPriority: byPriority)
    }

    static func decodeRule(_ container: KeyedDecodingContainer<RuleKey>) throws -> DeadlineRule {
        func span(_ key: RuleKey) throws -> DeadlineRule.Span {
            let text = try container.decode(String.self, forKey: key)
            guard let span = DeadlineRule.Span(text: text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container,
                    debugDescription:
                        "\"\(text.prefix(64))\" is not a time span such as \"1 working hour\", \"2 working days\" or \"4 hours\" (amount \(NumericDomain.deadlineAmount.rangeText))"
                )
            }
            return span
        }
        let warnAt = try container.decodeIfPresent(Double.self, forKey: .warnAt) ?? 0.8
        guard warnAt > 0, warnAt <= 1 else {
            throw DecodingError.dataCorruptedError(
                forKey: .warnAt, in: container,
                debugDescription: "the warning share must lie in (0, 1], e.g. 0.8")
        }
        return DeadlineRule(respond: try span(.respond), resolve: try span(.resolve), warnAt: warnAt)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        func write(_ rule: DeadlineRule, _ name: String) throws {
            var nested = container.nestedContainer(keyedBy: RuleKey.self, forKey: Key(stringValue: name))
            try nested.encode(rule.respond.text, forKey: .respond)
            try nested.encode(rule.resolve.text, forKey: .resolve)
            try nested.encode(rule.warnAt, forKey: .warnAt)
        }
        if let any { try write(any, "any") }
        for priority in CasePriority.allCases {
            if let rule = byPriority[priority] { try write(rule, priority.rawValue) }
        }
    }
}
