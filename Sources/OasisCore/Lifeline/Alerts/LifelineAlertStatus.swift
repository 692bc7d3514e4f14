/// Where a lifeline alert stands in its lifecycle: open (raised by a rule, nobody has seen it yet) → acknowledged (a
/// duty officer has it) → dispatched (a case of the hotline loop went to the asset's owner unit) → resolved (the
/// cause is dealt with) → closed. Only a closed alert is history: a rule that trips again opens a new one.
public enum LifelineAlertStatus: String, Codable, Sendable, CaseIterable {
    case open
    case acknowledged
    case dispatched
    case resolved
    case closed

    public var messageKey: MessageKey { MessageKey("lifeline_alert_\(rawValue)") }
}
