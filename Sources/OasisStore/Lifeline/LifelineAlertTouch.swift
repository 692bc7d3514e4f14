/// An alert a rule's change touched, with the audit action taken (`lifeline.alert.open`, `.level` or `.clear`).
public struct LifelineAlertTouch: Sendable, Hashable {
    public var alertID: Int64
    public var action: String

    public init(alertID: Int64, action: String) {
        self.alertID = alertID
        self.action = action
    }
}
