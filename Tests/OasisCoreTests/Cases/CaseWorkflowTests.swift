import OasisCore
import Testing

@Suite("The closed loop of a case")
struct CaseWorkflowTests {
    func run(_ events: [CaseEvent], from start: CaseWorkflow = CaseWorkflow()) throws -> CaseWorkflow {
        var workflow = start
        for event in events { workflow = try workflow.applying(event) }
        return workflow
    }

    @Test("one case through every state: dispatch, return and re-route, rework, close, follow-up, evaluate, reopen, close again")
    func everyState() throws {
        var workflow = CaseWorkflow()
        #expect(workflow.status == .registered && workflow.status.open311 == "open")
        workflow = try run([.dispatch(unit: "water-company"), .returnToDispatcher(reason: "drainage, not water supply")], from: workflow)
        #expect(workflow.status == .returned && workflow.unit == nil && workflow.returnCount == 1)
        workflow = try run(
            [.dispatch(unit: "drainage-office"), .accept, .reportBack(summary: "cleared"), .verifyFail(reason: "still blocked")], from: workflow)
        #expect(workflow.status == .dispatched && workflow.unit == "drainage-office" && workflow.reworkCount == 1)
        workflow = try run([.accept, .reportBack(summary: "cleared again"), .verifyPass(closure: .resolved)], from: workflow)
        #expect(workflow.status == .closed && workflow.closure == .resolved && workflow.status.open311 == "closed")
        workflow = try run([.followUp(.reached(responded: true, resolved: true, satisfaction: .basicallySatisfied)), .evaluate], from: workflow)
        #expect(workflow.status == .evaluated && workflow.satisfaction == .basicallySatisfied)
        workflow = try run([.reopen(reason: "flooded again")], from: workflow)
        // Reopened, the case keeps its latest valid visit until a newer one replaces it.
        #expect(workflow.status == .dispatched && workflow.unit == "drainage-office" && workflow.reopenCount == 1)
        #expect(workflow.satisfaction == .basicallySatisfied && workflow.contacted == true)
        workflow = try run([.accept, .reportBack(summary: "pipe replaced"), .verifyPass(closure: .resolved)], from: workflow)
        #expect(workflow.status == .closed)
    }

    @Test("a transition from the wrong state is refused, naming both")
    func wrongState() {
        #expect {
            try CaseWorkflow().applying(.reportBack(summary: "done"))
        } throws: { ($0 as? OasisError)?.message == "A case that is registered cannot take the event report_back." }
        #expect(throws: OasisError.self) { try run([.cancel(reason: "test"), .dispatch(unit: "x")]) }
        #expect(throws: OasisError.self) { try run([.dispatch(unit: "x"), .accept, .evaluate]) }
    }

    @Test("merging closes a case as a duplicate of another; cancelled cases stay closed")
    func mergeAndCancel() throws {
        let merged = try run([.dispatch(unit: "city-management"), .merge(into: 42)])
        #expect(merged.status == .closed && merged.closure == .duplicate && merged.mergedInto == 42)
        let cancelled = try run([.cancel(reason: "test call")])
        #expect(cancelled.status == .cancelled && cancelled.status.open311 == "closed")
        #expect(throws: OasisError.self) { try cancelled.applying(.reopen(reason: "x")) }
    }
}
