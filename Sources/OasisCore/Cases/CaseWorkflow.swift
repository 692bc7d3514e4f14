/// The state of a case that the workflow needs, and the rules that move it. Invalid transitions are refused
/// with a message that names the event and the current status.
public struct CaseWorkflow: Sendable, Equatable, Codable {
    public var status: CaseStatus
    public var closure: CaseClosure?
    /// The unit now responsible (nil before dispatch or after a return).
    public var unit: String?
    /// The unit that last handled it: a reopened case goes back there.
    public var lastHandlingUnit: String?
    public var reworkCount: Int
    public var reopenCount: Int
    public var returnCount: Int
    public var mergedInto: Int64?
    /// The latest valid follow-up visit's answers (nil before one): whether the citizen says the unit contacted them
    /// (响应; the stored name predates the distinction from "reached"), whether the problem is resolved, and the
    /// rating (nil: none given). A reopened case keeps them until a newer valid visit replaces them.
    public var contacted: Bool?
    public var resolved: Bool?
    public var satisfaction: Satisfaction?
    /// Follow-up calls that did not reach the citizen (no answer, wrong number, refused): counted apart, in no
    /// denominator. Nil for none.
    public var unreachedVisits: Int?

    public init() {
        status = .registered
        reworkCount = 0
        reopenCount = 0
        returnCount = 0
    }

    /// The workflow after the event, or an error saying why the event is not allowed now. Which statuses an
    /// event may be taken from is `CaseEvent.allowedFrom` (the loop's steps state it in `CaseStep`).
    public func applying(_ event: CaseEvent) throws(OasisError) -> CaseWorkflow {
        guard event.allowedFrom.contains(status) else {
            if case .followUp = event {
                throw OasisError.conflict(
                    code: "invalid_transition",
                    message:
                        "A follow-up visit is made after the unit has reported back and the result was verified (status closed); this case is \(status.rawValue)."
                )
            }
            throw OasisError.conflict(
                code: "invalid_transition",
                message: "A case that is \(status.rawValue) cannot take the event \(event.name)."
            )
        }
        var next = self
        switch event {
        case .dispatch(let unit):
            next.status = .dispatched
            next.unit = unit
        case .cancel:
            next.status = .cancelled
            next.unit = nil
        case .accept:
            next.status = .handling
            next.lastHandlingUnit = unit
        case .returnToDispatcher:
            next.status = .returned
            next.unit = nil
            next.returnCount += 1
        case .reportBack:
            next.status = .reportedBack
        case .verifyPass(let closure):
            next.status = .closed
            next.closure = closure
        case .verifyFail:
            next.status = .dispatched
            next.reworkCount += 1
        case .followUp(let visit):
            next.record(visit)
            if visit.reached { next.status = .followedUp }
        case .evaluate:
            next.status = .evaluated
        case .reopen:
            guard let unit = lastHandlingUnit else {
                throw OasisError.conflict(
                    code: "invalid_transition", message: "The case was never handled by a unit, so it cannot be reopened; register a new case.")
            }
            next.status = .dispatched
            next.unit = unit
            next.closure = nil
            next.reopenCount += 1
        case .merge(let target):
            next.status = .closed
            next.closure = .duplicate
            next.mergedInto = target
        }
        return next
    }

    /// A follow-up call's answers: a valid visit replaces the latest one; an unreached call is counted apart.
    public mutating func record(_ visit: FollowUpVisit) {
        guard visit.reached else {
            unreachedVisits = (unreachedVisits ?? 0) + 1
            return
        }
        contacted = visit.responded
        resolved = visit.resolved
        satisfaction = visit.satisfaction
    }
}
