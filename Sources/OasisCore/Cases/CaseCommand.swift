import Foundation

/// A step of the loop with what it was given, checked: the typed form of `{"event": …, …}`. `CaseStep` says who
/// may take it and from where; `applied(to:context:)` is its effect on the case. A command is made only by
/// reading a request (`init(_:_:leafCategories:)`) or by dispatching (`dispatch(to:)`), so its step and its
/// action always agree.
public struct CaseCommand: Sendable, Equatable {
    /// What the step does: a transition of the workflow's state machine, or a change that leaves the status as it is.
    public enum Action: Sendable, Equatable {
        case transition(CaseEvent)
        case supervise(reason: String?)
        case whistle(units: [String])
        case recategorise(category: String)
    }

    public let step: CaseStep
    public let action: Action

    /// Dispatching to a unit: a rule's routing at intake, or a dispatcher's step.
    public static func dispatch(to unit: String) -> CaseCommand {
        CaseCommand(step: .dispatch, action: .transition(.dispatch(unit: unit)))
    }

    private init(step: CaseStep, action: Action) {
        self.step = step
        self.action = action
    }

    /// The command a request asks for, or a 400 `case_event_invalid` naming the missing field (and, for
    /// `recategorise`, a category that is not one of `leafCategories`).
    public init(_ step: CaseStep, _ input: CaseEventInput, leafCategories: Set<String>) throws(OasisError) {
        func required(_ value: String?, _ field: String) throws(OasisError) -> String {
            guard let value, !value.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw OasisError.invalid(
                    code: "case_event_invalid", message: "The \(step.event) event needs \(field).",
                    details: [.init(field: field, reason: "required")])
            }
            return value
        }
        self.step = step
        switch step {
        case .dispatch: action = .transition(.dispatch(unit: try required(input.unit, "unit")))
        case .cancel: action = .transition(.cancel(reason: try required(input.reason, "reason")))
        case .accept: action = .transition(.accept)
        case .return: action = .transition(.returnToDispatcher(reason: try required(input.reason, "reason")))
        case .reportBack: action = .transition(.reportBack(summary: try required(input.summary, "summary")))
        case .verifyPass: action = .transition(.verifyPass(closure: input.closure ?? .resolved))
        case .verifyFail: action = .transition(.verifyFail(reason: try required(input.reason, "reason")))
        case .followUp: action = .transition(.followUp(try FollowUpVisit(input)))
        case .evaluate: action = .transition(.evaluate)
        case .reopen: action = .transition(.reopen(reason: try required(input.reason, "reason")))
        case .supervise: action = .supervise(reason: input.reason)
        case .whistle:
            let units = (input.units ?? []).filter { !$0.isEmpty }
            guard !units.isEmpty else {
                throw OasisError.invalid(
                    code: "case_event_invalid", message: "Name the units to summon.",
                    details: [.init(field: "units", reason: "required")])
            }
            action = .whistle(units: units)
        case .recategorise:
            let category = try required(input.category, "category")
            guard leafCategories.contains(category) else {
                throw OasisError.invalid(
                    code: "case_event_invalid", message: "Unknown category.",
                    details: [.init(field: "category", reason: "\"\(category)\" is not a leaf category")])
            }
            action = .recategorise(category: category)
        }
    }
}
