import Foundation

/// One alert rule over several sensors of one asset. Encoded, like `SensorRule`, as a JSON object with a `kind`:
/// `{"kind": "pcaStatistic", "sensors": ["flow", "current", "pressure"], "learningReadings": 400,
/// "smoothingReadings": 5, "explainedVariance": 1, "t2": {"limits": {"4": 18.75, "3": 48}, "clearBelow": 6.75}}`
/// or `{"kind": "coMovement", "rising": "gas", "falling": "pressure", "risePerMinute": 0.5,
/// "fallPerMinute": 0.01, "windowSeconds": 300, "level": 2}`. Readings reach it as one value per sensor at a
/// time, in the order of `sensors`.
public enum AssetRule: Sendable, Hashable, Codable {
    case pcaStatistic(PCAStatisticRule)
    case coMovement(CoMovementRule)

    public enum Kind: String, Codable, Sendable, CaseIterable {
        case pcaStatistic
        case coMovement
    }

    public var kind: Kind {
        switch self {
        case .pcaStatistic: .pcaStatistic
        case .coMovement: .coMovement
        }
    }

    /// The sensors the rule reads, in the order its readings are given.
    public var sensors: [String] {
        switch self {
        case .pcaStatistic(let rule): rule.sensors
        case .coMovement(let rule): [rule.rising, rule.falling]
        }
    }

    public func problems() -> [OasisError.Detail] {
        switch self {
        case .pcaStatistic(let rule): rule.problems()
        case .coMovement(let rule): rule.problems()
        }
    }

    private enum CodingKeys: String, CodingKey { case kind }

    public init(from decoder: any Decoder) throws {
        switch try decoder.container(keyedBy: CodingKeys.self).decode(Kind.self, forKey: .kind) {
        case .pcaStatistic: self = .pcaStatistic(try PCAStatisticRule(from: decoder))
        case .coMovement: self = .coMovement(try CoMovementRule(from: decoder))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        switch self {
        case .pcaStatistic(let rule): try rule.encode(to: encoder)
        case .coMovement(let rule): try rule.encode(to: encoder)
        }
    }
}
