/// One follow-up call (回访) of the centre to the citizen, with the answers a 12345 centre asks for. A call where
/// the citizen was not reached is not a valid visit: it is counted apart and answers nothing else.
public struct FollowUpVisit: Sendable, Equatable {
    /// Whether the citizen was reached; when not, why.
    public var reached: Bool
    public var unreachedReason: UnreachedReason?
    /// 响应: the citizen says the handling unit contacted them.
    public var responded: Bool
    /// 解决: the citizen says the problem is resolved.
    public var resolved: Bool
    /// 满意: nil when the citizen gave no rating.
    public var satisfaction: Satisfaction?
    /// The citizen's words, as noted by the caller.
    public var words: String?

    /// A valid visit: the citizen was reached and answered.
    public static func reached(responded: Bool, resolved: Bool, satisfaction: Satisfaction?, words: String? = nil) -> FollowUpVisit {
        FollowUpVisit(reached: true, unreachedReason: nil, responded: responded, resolved: resolved, satisfaction: satisfaction, words: words)
    }

    /// A call that did not reach the citizen, and why.
    public static func unreached(_ reason: UnreachedReason, words: String? = nil) -> FollowUpVisit {
        FollowUpVisit(reached: false, unreachedReason: reason, responded: false, resolved: false, satisfaction: nil, words: words)
    }

    /// What the case's history keeps of the visit.
    public var detail: String {
        var text =
            reached
            ? "reached responded=\(responded) resolved=\(resolved) satisfaction=\(satisfaction?.rawValue ?? "no_rating")"
            : "unreached reason=\(unreachedReason?.rawValue ?? "-")"
        if let words, !words.isEmpty { text += " words=\(words)" }
        return text
    }
}

/// Why a follow-up call did not reach the citizen.
public enum UnreachedReason: String, Codable, Sendable, CaseIterable {
    case noAnswer = "no_answer"
    case wrongNumber = "wrong_number"
    case refused

    public var messageKey: MessageKey { MessageKey("case_unreached_\(rawValue)") }
}
