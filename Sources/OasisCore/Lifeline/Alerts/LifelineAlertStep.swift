/// A duty officer's step on an alert, with the statuses it may be taken from. Acknowledging is skipped when an
/// officer dispatches at once; resolving needs the alert to be in someone's hands (acknowledged or dispatched).
public enum LifelineAlertStep: String, Codable, Sendable, CaseIterable {
    case acknowledge
    case dispatch
    case resolve
    case close

    public var allowedFrom: Set<LifelineAlertStatus> {
        switch self {
        case .acknowledge: [.open]
        case .dispatch: [.open, .acknowledged]
        case .resolve: [.acknowledged, .dispatched]
        case .close: [.resolved]
        }
    }

    public var statusAfter: LifelineAlertStatus {
        switch self {
        case .acknowledge: .acknowledged
        case .dispatch: .dispatched
        case .resolve: .resolved
        case .close: .closed
        }
    }

    /// The status after the step, or 409 `invalid_transition` naming the step and the current status.
    public func applied(to status: LifelineAlertStatus) throws(OasisError) -> LifelineAlertStatus {
        guard allowedFrom.contains(status) else {
            throw OasisError.conflict(
                code: "invalid_transition",
                message:
                    "An alert that is \(status.rawValue) cannot be \(statusAfter.rawValue); \(rawValue) needs \(allowedFrom.map(\.rawValue).sorted().joined(separator: " or "))."
            )
        }
        return statusAfter
    }
}
