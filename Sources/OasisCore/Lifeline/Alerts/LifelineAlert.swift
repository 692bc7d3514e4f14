import Foundation

/// One alert of one rule on one sensor. A rule's changes update the alert that is not closed yet (its level, last
/// value and times) rather than open another; `clearedAt` says when the rule last found the condition gone (nil
/// while it holds). The lifecycle (`status`) is the duty officers'.
public struct LifelineAlert: Codable, Sendable, Equatable, Identifiable {
    public var id: Int64
    public var sensor: String
    /// The rule's position among the sensor's rules, and its kind.
    public var rule: Int
    public var ruleKind: SensorRule.Kind
    public var asset: String
    public var region: String
    public var ownerUnit: String
    public var level: AlertLevel
    /// The most severe level the alert reached.
    public var peakLevel: AlertLevel
    public var status: LifelineAlertStatus
    public var lastValue: Double?
    public var openedAt: Date
    public var updatedAt: Date
    public var clearedAt: Date?
    public var acknowledgedAt: Date?
    public var dispatchedAt: Date?
    public var resolvedAt: Date?
    public var closedAt: Date?
    /// The hotline case a dispatch created.
    public var caseID: Int64?
    public var escalation: LifelineEscalationTier
    public var escalatedAt: Date?

    public init(
        id: Int64 = 0, sensor: String, rule: Int, ruleKind: SensorRule.Kind, asset: String, region: String, ownerUnit: String,
        level: AlertLevel, peakLevel: AlertLevel, status: LifelineAlertStatus = .open, lastValue: Double?, openedAt: Date, updatedAt: Date,
        clearedAt: Date? = nil, acknowledgedAt: Date? = nil, dispatchedAt: Date? = nil, resolvedAt: Date? = nil, closedAt: Date? = nil,
        caseID: Int64? = nil, escalation: LifelineEscalationTier = .unit, escalatedAt: Date? = nil
    ) {
        self.id = id
        self.sensor = sensor
        self.rule = rule
        self.ruleKind = ruleKind
        self.asset = asset
        self.region = region
        self.ownerUnit = ownerUnit
        self.level = level
        self.peakLevel = peakLevel
        self.status = status
        self.lastValue = lastValue
        self.openedAt = openedAt
        self.updatedAt = updatedAt
        self.clearedAt = clearedAt
        self.acknowledgedAt = acknowledgedAt
        self.dispatchedAt = dispatchedAt
        self.resolvedAt = resolvedAt
        self.closedAt = closedAt
        self.caseID = caseID
        self.escalation = escalation
        self.escalatedAt = escalatedAt
    }
}
