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
    case followUp(contacted: Bool, resolved: Bool, satisfaction: Satisfaction?)
    case evaluate
    /// The citizen disputes the result: back to the unit that handled it.
    case reopen(reason: String)
    /// Closed together with the case it duplicates.
    case merge(into: Int64)

    public var name: String {
        switch self {
        case .dispatch: "dispatch"
        case .cancel: "cancel"
        case .accept: "accept"
        case .returnToDispatcher: "return"
        case .reportBack: "report_back"
        case .verifyPass: "verify_pass"
        case .verifyFail: "verify_fail"
        case .followUp: "follow_up"
        case .evaluate: "evaluate"
        case .reopen: "reopen"
        case .merge: "merge"
        }
    }
}

/// The citizen's verdict at the follow-up visit (三率 counts "basically satisfied" at a weight).
public enum Satisfaction: String, Codable, Sendable, CaseIterable {
    case satisfied
    case basicallySatisfied = "basically_satisfied"
    case unsatisfied
}
