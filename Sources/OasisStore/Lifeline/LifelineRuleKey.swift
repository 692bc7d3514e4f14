/// One rule of one sensor: the sensor's store id and the rule's position among its rules.
public struct LifelineRuleKey: Sendable, Hashable {
    public var sensorID: Int64
    public var rule: Int

    public init(sensorID: Int64, rule: Int) {
        self.sensorID = sensorID
        self.rule = rule
    }
}
