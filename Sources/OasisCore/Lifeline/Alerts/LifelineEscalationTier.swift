/// Who an alert nobody acknowledged has been escalated to: first the owner unit alone, then the district's
/// emergency office, then the city's. Each tier is reached after a further `lifeline_escalation_minutes`.
public enum LifelineEscalationTier: Int, Codable, Sendable, CaseIterable, Comparable {
    case unit = 0
    case district = 1
    case city = 2

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The next tier up, nil at the city.
    public var next: LifelineEscalationTier? { LifelineEscalationTier(rawValue: rawValue + 1) }

    public var messageKey: MessageKey { MessageKey("lifeline_tier_\(self)") }
}
