extension CaseCommand {
    /// The case after the step, or a 409 `invalid_transition` when its status does not allow the step (the
    /// workflow's refusal for the steps of the state machine). The status change and assignment are the
    /// workflow's; the step adds its times (dispatched, closed), deadlines, supervision, summoned units or category.
    public func applied(to before: HotlineCase, context: CaseStepContext) throws(OasisError) -> CaseStepOutcome {
        var after = before
        switch action {
        case .transition(let event):
            after.workflow = try before.workflow.applying(event)
            return CaseStepOutcome(after: Self.timed(after, by: event, context: context), detail: Self.detail(of: event))
        case .supervise(let reason):
            try requireOpen(before, "A \(before.status.rawValue) case cannot be put under supervision.")
            after.supervised = true
            return CaseStepOutcome(after: after, detail: reason ?? "")
        case .whistle(let units):
            try requireOpen(before, "Units cannot be summoned onto a \(before.status.rawValue) case.")
            after.summonedUnits = Array(Set(before.summonedUnits + units)).sorted()
            return CaseStepOutcome(after: after, detail: units.joined(separator: ", "))
        case .recategorise(let category):
            try requireOpen(before, "A \(before.status.rawValue) case cannot be re-categorised.")
            after.category = category
            return CaseStepOutcome(after: after, detail: "\(before.category) → \(category)")
        }
    }

    /// The steps that leave the status as it is are taken only from the step's statuses (the open ones).
    func requireOpen(_ item: HotlineCase, _ refusal: String) throws(OasisError) {
        guard step.allowedFrom.contains(item.status) else { throw OasisError.conflict(code: "invalid_transition", message: refusal) }
    }

    /// The case's clock after a transition: dispatching and reopening start the deadlines now — except dispatching a
    /// returned case, which keeps the clock it was returned with (a return does not stop it, so an overdue case stays
    /// overdue) — and a passed verification (or a merge, which has its own route) closes the case now.
    static func timed(_ item: HotlineCase, by event: CaseEvent, context: CaseStepContext) -> HotlineCase {
        var after = item
        switch event {
        case .dispatch, .reopen:
            if case .reopen = event { after.closedAt = nil }
            if case .dispatch = event, item.dispatchedAt != nil, item.deadlines != nil { break }
            after.dispatchedAt = context.now
            after.deadlines = context.deadlines(of: item)
        case .verifyPass, .merge:
            after.closedAt = context.now
        case .cancel, .accept, .returnToDispatcher, .reportBack, .verifyFail, .followUp, .evaluate:
            break
        }
        return after
    }

    /// What the case's history keeps of a transition: the unit, the reason, the summary, the closure, the visit.
    static func detail(of event: CaseEvent) -> String {
        switch event {
        case .dispatch(let unit): unit
        case .cancel(let reason), .returnToDispatcher(let reason), .verifyFail(let reason), .reopen(let reason): reason
        case .reportBack(let summary): summary
        case .verifyPass(let closure): closure.rawValue
        case .followUp(let visit): visit.detail
        case .accept, .evaluate: ""
        case .merge(let target): "merged into case \(target)"
        }
    }
}
