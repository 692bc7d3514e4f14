import Foundation

/// One sensor of the registry: its code (what gateways send as `sensor`), what it measures and in which unit, the
/// asset it sits on, and its alert rules (`SensorRule`, thresholds per level I–IV among them). An alert is kept
/// per sensor and rule, the rule named by its position in `rules`.
public struct LifelineSensor: Codable, Sendable, Equatable {
    public var code: String
    public var quantity: LifelineQuantity
    /// The unit of measure, as the sensor reports it (`%LEL`, `MPa`, `m³/h`, `m`, `με`, `mm`, `mm/s`, `°C` …).
    public var unit: String
    public var asset: String
    public var rules: [SensorRule]

    public init(code: String, quantity: LifelineQuantity, unit: String, asset: String, rules: [SensorRule]) {
        self.code = code
        self.quantity = quantity
        self.unit = unit
        self.asset = asset
        self.rules = rules
    }

    /// Problems with the sensor's own fields, each naming its field under `prefix` (`rules[1].limits.red`); whether
    /// the asset exists is the store's check.
    public func problems(prefix: String = "") -> [OasisError.Detail] {
        var problems: [OasisError.Detail] = []
        for (field, value) in [("code", code), ("unit", unit), ("asset", asset)] {
            if let reason = LifelineText.reason(value) { problems.append(.init(field: prefix + field, reason: reason)) }
        }
        for (index, rule) in rules.enumerated() {
            problems += rule.problems().map {
                OasisError.Detail(field: "\(prefix)rules[\(index)].\($0.field ?? "")", line: $0.line, reason: $0.reason)
            }
        }
        return problems
    }
}
