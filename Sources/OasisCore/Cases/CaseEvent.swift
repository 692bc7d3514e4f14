/// Something that happens to a case. Each accepted event is one audited transition.
public enum CaseEvent: Sendable, Equatable {
    case dispatch(unit: String)
    case cancel(reason: String)
    /// The unit takes the case on.
    case accept
    /// The unit is not responsible and hands the case back, saying why.
    case returnToDispatcher(reason: String)
    case reportBack(summary: String)
    /// Verification: the result holds, the case closes as given.
    case verifyPass(closure: CaseClosure)
    /// Verification failed: back to the unit for rework.
    case verifyFail(reason: String)
    /// A follow-up call: a valid visit when the citizen was reached, else a call counted apart.
    case followUp(FollowUpVisit)
    case evaluate
    /// The citizen disputes the result: back to the unit that handled it.
    case reopen(reason: String)
    /// Closed together with the case it duplicates.
    case merge(into: Int64)

    /// The step of the loop the event is, nil for a merge (which has a route of its own).
    public var step: CaseStep? {
        switch self {
        case .dispatch: .dispatch
        case .cancel: .cancel
        case .accept: .accept
        case .returnToDispatcher: .return
        case .reportBack: .reportBack
        case .verifyPass: .verifyPass
        case .verifyFail: .verifyFail
        case .followUp: .followUp
        case .evaluate: .evaluate
        case .reopen: .reopen
        case .merge: nil
        }
    }

    public var name: String { step?.event ?? "merge" }

    /// The statuses the event may be taken from: its step's, and any open status for a merge.
    public var allowedFrom: Set<CaseStatus> { step?.allowedFrom ?? CaseStatus.openStatuses }
}

/// The citizen's verdict at a valid follow-up visit (三率 counts "basically satisfied" at a weight); a visit without
/// a rating has none (`no_rating` on the wire) and is not in the satisfaction rate's denominator.
public enum Satisfaction: String, Codable, Sendable, CaseIterable {
    case satisfied
    case basicallySatisfied = "basically_satisfied"
    case unsatisfied

    public var messageKey: MessageKey { MessageKey("case_satisfaction_\(rawValue)") }
}
