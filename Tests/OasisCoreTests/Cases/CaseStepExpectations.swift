import Foundation
import OasisCore
import Testing

extension CaseStepExpectation {
    typealias F = CaseStepFixture
    static let openStatuses: Set<CaseStatus> = [.registered, .dispatched, .returned, .handling, .reportedBack]

    /// Every step of `POST /api/v1/cases/{id}/events`. Dispatchers dispatch, cancel, verify, follow up, evaluate,
    /// reopen and re-categorise; unit handlers accept, return and report back on their own unit's cases;
    /// supervisors supervise; the whistle summons units and is blown by the unit on the spot or the dispatcher.
    static let all: [CaseStepExpectation] = [
        CaseStepExpectation(
            event: "dispatch", roles: [.dispatcher], permissions: [.dispatchCases], required: ["unit"], from: [.registered, .returned],
            ownUnitOnly: false, input: CaseEventInput(event: "dispatch", unit: F.unit), start: .registered
        ) { _, outcome in
            // The deadline clock starts at dispatch.
            #expect(outcome.after.status == .dispatched && outcome.after.workflow.unit == F.unit)
            #expect(outcome.after.dispatchedAt == F.now && outcome.after.deadlines == F.freshDeadlines)
            #expect(outcome.detail == F.unit)
        },
        CaseStepExpectation(
            event: "cancel", roles: [.dispatcher], permissions: [.dispatchCases], required: ["reason"], from: [.registered, .returned],
            ownUnitOnly: false, input: CaseEventInput(event: "cancel", reason: "测试来电"), start: .returned
        ) { _, outcome in
            #expect(outcome.after.status == .cancelled && outcome.after.workflow.unit == nil && outcome.after.status.open311 == "closed")
            #expect(outcome.detail == "测试来电")
        },
        CaseStepExpectation(
            event: "accept", roles: [.unitHandler], permissions: [.handleCases], required: [], from: [.dispatched],
            ownUnitOnly: true, input: CaseEventInput(event: "accept"), start: .dispatched
        ) { before, outcome in
            #expect(outcome.after.status == .handling && outcome.after.workflow.lastHandlingUnit == F.unit)
            #expect(outcome.after.deadlines == before.deadlines && outcome.detail == "")
        },
        CaseStepExpectation(
            event: "return", roles: [.unitHandler], permissions: [.handleCases], required: ["reason"], from: [.dispatched, .handling],
            ownUnitOnly: true, input: CaseEventInput(event: "return", reason: "不属于本单位职责"), start: .handling
        ) { before, outcome in
            // Back to the dispatcher: no unit holds it, and the clock keeps running (DOMAIN.md §3: an overdue case stays overdue).
            #expect(outcome.after.status == .returned && outcome.after.workflow.unit == nil && outcome.after.workflow.returnCount == 1)
            #expect(outcome.after.dispatchedAt == before.dispatchedAt && outcome.after.deadlines == before.deadlines)
            #expect(outcome.detail == "不属于本单位职责")
        },
        CaseStepExpectation(
            event: "report_back", roles: [.unitHandler], permissions: [.handleCases], required: ["summary"], from: [.handling],
            ownUnitOnly: true, input: CaseEventInput(event: "report_back", summary: "已补装井盖"), start: .handling
        ) { _, outcome in
            #expect(outcome.after.status == .reportedBack && outcome.after.workflow.unit == F.unit && outcome.detail == "已补装井盖")
        },
        CaseStepExpectation(
            event: "verify_pass", roles: [.dispatcher], permissions: [.dispatchCases], required: [], from: [.reportedBack],
            ownUnitOnly: false, input: CaseEventInput(event: "verify_pass", closure: .noFurtherAction), start: .reportedBack
        ) { _, outcome in
            #expect(outcome.after.status == .closed && outcome.after.workflow.closure == .noFurtherAction && outcome.after.closedAt == F.now)
            #expect(outcome.detail == "no_further_action")
        },
        CaseStepExpectation(
            event: "verify_fail", roles: [.dispatcher], permissions: [.dispatchCases], required: ["reason"], from: [.reportedBack],
            ownUnitOnly: false, input: CaseEventInput(event: "verify_fail", reason: "井盖规格不符"), start: .reportedBack
        ) { before, outcome in
            // Rework by the same unit; the deadline stays the one set at dispatch.
            #expect(outcome.after.status == .dispatched && outcome.after.workflow.unit == F.unit && outcome.after.workflow.reworkCount == 1)
            #expect(outcome.after.deadlines == before.deadlines && outcome.after.dispatchedAt == before.dispatchedAt)
            #expect(outcome.detail == "井盖规格不符")
        },
        CaseStepExpectation(
            event: "follow_up", roles: [.dispatcher], permissions: [.dispatchCases], required: ["reached"], from: [.closed, .followedUp],
            ownUnitOnly: false,
            input: CaseEventInput(
                event: "follow_up", reached: true, responded: true, resolved: true, satisfaction: .basicallySatisfied, words: "修好了，还行"),
            start: .closed
        ) { _, outcome in
            let workflow = outcome.after.workflow
            #expect(outcome.after.status == .followedUp && workflow.contacted == true && workflow.resolved == true)
            #expect(workflow.satisfaction == .basicallySatisfied)
            #expect(outcome.detail == "reached responded=true resolved=true satisfaction=basically_satisfied words=修好了，还行")
        },
        CaseStepExpectation(
            event: "evaluate", roles: [.dispatcher], permissions: [.dispatchCases], required: [], from: [.followedUp],
            ownUnitOnly: false, input: CaseEventInput(event: "evaluate"), start: .followedUp
        ) { _, outcome in
            #expect(outcome.after.status == .evaluated && outcome.detail == "")
        },
        CaseStepExpectation(
            event: "reopen", roles: [.dispatcher], permissions: [.dispatchCases], required: ["reason"], from: [.closed, .followedUp, .evaluated],
            ownUnitOnly: false, input: CaseEventInput(event: "reopen", reason: "市民反映井盖又松动"), start: .evaluated
        ) { _, outcome in
            // The citizen disputes the result: back to the unit that handled it, with a new deadline.
            let after = outcome.after
            #expect(after.status == .dispatched && after.workflow.unit == F.unit && after.workflow.reopenCount == 1)
            #expect(after.workflow.closure == nil && after.closedAt == nil && after.dispatchedAt == F.now && after.deadlines == F.freshDeadlines)
            #expect(outcome.detail == "市民反映井盖又松动")
        },
        CaseStepExpectation(
            event: "supervise", roles: [.supervisor], permissions: [.superviseCases], required: [], from: openStatuses,
            ownUnitOnly: false, input: CaseEventInput(event: "supervise", reason: "多次反映"), start: .handling
        ) { before, outcome in
            #expect(outcome.after.supervised && outcome.after.status == before.status && outcome.detail == "多次反映")
        },
        CaseStepExpectation(
            event: "whistle", roles: [.dispatcher, .unitHandler], permissions: [.dispatchCases, .handleCases], required: ["units"],
            from: openStatuses,
            ownUnitOnly: false, input: CaseEventInput(event: "whistle", units: ["water-bureau", "power-company"]), start: .handling
        ) { before, outcome in
            // Summoned units join those already summoned, each once.
            #expect(outcome.after.summonedUnits == ["power-company", "water-bureau"] && outcome.after.status == before.status)
            #expect(outcome.detail == "water-bureau, power-company")
        },
        CaseStepExpectation(
            event: "recategorise", roles: [.dispatcher], permissions: [.dispatchCases], required: ["category"], from: openStatuses,
            ownUnitOnly: false, input: CaseEventInput(event: "recategorise", category: "E0101"), start: .registered
        ) { before, outcome in
            #expect(outcome.after.category == "E0101" && outcome.after.status == before.status && outcome.detail == "C0101 → E0101")
        },
    ]

    /// The request without one of its fields.
    func input(without field: String) -> CaseEventInput {
        var copy = input
        switch field {
        case "unit": copy.unit = nil
        case "units": copy.units = nil
        case "reason": copy.reason = nil
        case "summary": copy.summary = nil
        case "closure": copy.closure = nil
        case "contacted": copy.contacted = nil
        case "reached": copy.reached = nil
        case "responded": copy.responded = nil
        case "words": copy.words = nil
        case "resolved": copy.resolved = nil
        case "satisfaction":
            copy.satisfaction = nil
            copy.rated = false
        case "category": copy.category = nil
        default: Issue.record("no field \(field)")
        }
        return copy
    }

    /// The fields the complete request gives.
    var givenFields: [String] {
        [
            ("unit", input.unit != nil), ("units", input.units != nil), ("reason", input.reason != nil), ("summary", input.summary != nil),
            ("closure", input.closure != nil), ("contacted", input.contacted != nil), ("reached", input.reached != nil),
            ("responded", input.responded != nil), ("resolved", input.resolved != nil), ("satisfaction", input.satisfaction != nil),
            ("words", input.words != nil), ("category", input.category != nil),
        ].filter(\.1).map(\.0)
    }

    /// The fields this request cannot do without: the step's, and for a follow-up that reached the citizen, the
    /// answers only a reached citizen gives (whether the unit contacted them, whether the problem is resolved).
    var neededHere: Set<String> {
        event == "follow_up" && input.reached == true ? required.union(["responded", "resolved"]) : required
    }
}
