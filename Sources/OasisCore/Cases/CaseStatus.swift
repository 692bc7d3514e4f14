/// Where a citizen request or city event stands in the closed loop (接诉即办 / 数字城管): register →
/// dispatch → handle → report back → verify → close → follow-up visit → evaluate, with returns, rework,
/// reopening and cancellation. Richer than open/closed; `open311` maps it onto Open311's two values.
public enum CaseStatus: String, Codable, Sendable, CaseIterable {
    case registered
    case dispatched
    /// The unit says it is not responsible; the dispatcher must re-route it.
    case returned
    case handling
    case reportedBack = "reported_back"
    case closed
    case followedUp = "followed_up"
    case evaluated
    case cancelled

    /// Open311 GeoReport v2 knows only `open` and `closed`.
    public var open311: String {
        switch self {
        case .registered, .dispatched, .returned, .handling, .reportedBack: "open"
        case .closed, .followedUp, .evaluated, .cancelled: "closed"
        }
    }

    /// Still in the loop: registered and not yet closed or cancelled.
    public var isOpen: Bool { open311 == "open" }

    /// The statuses of a case still in the loop.
    public static let openStatuses = Set(allCases.filter(\.isOpen))

    public var messageKey: MessageKey { MessageKey("case_status_\(rawValue)") }
}
