/// A rule's change of its alert, with the sensor (its store id and code) and the rule's position: what ingest hands
/// the store to open, update or clear the alert in the same transaction as the readings.
public struct LifelineRuleChange: Sendable, Hashable {
    public var sensorID: Int64
    public var rule: Int
    public var ruleKind: SensorRule.Kind
    public var change: AlertChange

    public init(sensorID: Int64, rule: Int, ruleKind: SensorRule.Kind, change: AlertChange) {
        self.sensorID = sensorID
        self.rule = rule
        self.ruleKind = ruleKind
        self.change = change
    }
}
