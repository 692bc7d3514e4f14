import Foundation

/// One alert rule on one sensor. Encoded as a JSON object with a `kind` and the rule's own fields, e.g.
/// `{"kind": "threshold", "direction": "above", "limits": {"4": 10, "3": 20}, "hysteresis": 2}` (levels keyed by
/// number, 1 = red … 4 = blue), `{"kind": "rateOfChange", "direction": "fall", "perMinute": 0.05,
/// "windowSeconds": 300, "level": 2}`, `{"kind": "flatLine", "minutes": 60, "tolerance": 0, "level": 4}` or
/// `{"kind": "silence", "minutes": 15, "level": 4}`.
public enum SensorRule: Sendable, Hashable, Codable {
    case threshold(ThresholdRule)
    case rateOfChange(RateOfChangeRule)
    case flatLine(FlatLineRule)
    case silence(SilenceRule)

    public enum Kind: String, Codable, Sendable, CaseIterable {
        case threshold
        case rateOfChange
        case flatLine
        case silence
    }

    public var kind: Kind {
        switch self {
        case .threshold: .threshold
        case .rateOfChange: .rateOfChange
        case .flatLine: .flatLine
        case .silence: .silence
        }
    }

    public func problems() -> [OasisError.Detail] {
        switch self {
        case .threshold(let rule): rule.problems()
        case .rateOfChange(let rule): rule.problems()
        case .flatLine(let rule): rule.problems()
        case .silence(let rule): rule.problems()
        }
    }

    private enum CodingKeys: String, CodingKey { case kind }

    public init(from decoder: any Decoder) throws {
        let kind = try decoder.container(keyedBy: CodingKeys.self).decode(Kind.self, forKey: .kind)
        switch kind {
        case .threshold: self = .threshold(try ThresholdRule(from: decoder))
        case .rateOfChange: self = .rateOfChange(try RateOfChangeRule(from: decoder))
        case .flatLine: self = .flatLine(try FlatLineRule(from: decoder))
        case .silence: self = .silence(try SilenceRule(from: decoder))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        switch self {
        case .threshold(let rule): try rule.encode(to: encoder)
        case .rateOfChange(let rule): try rule.encode(to: encoder)
        case .flatLine(let rule): try rule.encode(to: encoder)
        case .silence(let rule): try rule.encode(to: encoder)
        }
    }
}
