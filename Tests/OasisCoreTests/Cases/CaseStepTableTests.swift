import Foundation
import OasisCore
import Testing

@Suite("The loop's steps as one typed command: permission, required fields, from-statuses and effect of each")
struct CaseStepTableTests {
    typealias F = CaseStepFixture

    static func step(_ row: CaseStepExpectation) throws -> CaseStep {
        try CaseStep(event: row.event)
    }

    @Test("the table covers every step, once")
    func everyStep() {
        #expect(CaseStepExpectation.all.map(\.event).sorted() == CaseStep.allCases.map(\.event).sorted())
        #expect(Set(CaseStepExpectation.all.map(\.event)).count == CaseStepExpectation.all.count)
    }

    @Test("who may take the step: its permissions, and the roles that hold one", arguments: CaseStepExpectation.all)
    func permission(_ row: CaseStepExpectation) throws {
        let step = try Self.step(row)
        #expect(Set(step.permissions) == row.permissions)
        for role in Role.allCases {
            let allowed = role == .admin || row.roles.contains(role)
            do {
                try step.authorise(F.principal(role))
                #expect(allowed, "\(role.rawValue) may not \(row.event)")
            } catch {
                #expect(!allowed, "\(role.rawValue) may \(row.event)")
                #expect(error.kind == .forbidden && error.code == "forbidden")
            }
        }
        #expect(throws: OasisError.self) { try step.authorise(.anonymous) }
        #expect(throws: Never.self) { try step.authorise(.system) }
    }

    @Test("a unit handler takes the unit's steps only on cases their own unit holds", arguments: CaseStepExpectation.all)
    func ownUnit(_ row: CaseStepExpectation) throws {
        let step = try Self.step(row)
        #expect(step.isOwnUnitOnly == row.ownUnitOnly)
        let item = F.item(in: .dispatched)
        #expect(throws: Never.self) { try step.requireOwnUnit(item, F.principal(.unitHandler, units: [F.unit])) }
        #expect(throws: Never.self) { try step.requireOwnUnit(item, F.principal(.dispatcher)) }
        do {
            try step.requireOwnUnit(item, F.principal(.unitHandler, units: ["another-unit"]))
            #expect(!row.ownUnitOnly)
        } catch {
            #expect(row.ownUnitOnly && error.kind == .forbidden && error.message == "Case 7 belongs to another unit.")
        }
    }

    @Test("the fields a step needs: without one of them it is a 400 naming the field; the others may be left out", arguments: CaseStepExpectation.all)
    func requiredFields(_ row: CaseStepExpectation) throws {
        let step = try Self.step(row)
        #expect(Set(step.requiredFields) == row.required)
        #expect(throws: Never.self) { try CaseCommand(step, row.input, leafCategories: F.leafCategories) }
        for field in row.givenFields {
            let input = row.input(without: field)
            guard row.neededHere.contains(field) else {
                #expect(throws: Never.self, "\(field) is optional") { try CaseCommand(step, input, leafCategories: F.leafCategories) }
                continue
            }
            let error = #expect(throws: OasisError.self) { try CaseCommand(step, input, leafCategories: F.leafCategories) }
            #expect(error?.kind == .invalid && error?.code == "case_event_invalid")
            #expect(error?.details.map(\.field) == [field] && error?.details.map(\.reason) == ["required"])
        }
        // Text made of spaces says nothing.
        for field in row.required where ["unit", "reason", "summary", "category"].contains(field) {
            var input = row.input
            switch field {
            case "unit": input.unit = "  "
            case "reason": input.reason = " "
            case "summary": input.summary = "   "
            default: input.category = " "
            }
            #expect(throws: OasisError.self, "blank \(field)") { try CaseCommand(step, input, leafCategories: F.leafCategories) }
        }
    }

    @Test(
        "the statuses a step may be taken from; from any other it is a 409 invalid_transition that changes nothing",
        arguments: CaseStepExpectation.all)
    func fromStatuses(_ row: CaseStepExpectation) throws {
        let step = try Self.step(row)
        #expect(step.allowedFrom == row.from)
        let command = try CaseCommand(step, row.input, leafCategories: F.leafCategories)
        for status in CaseStatus.allCases {
            do {
                let outcome = try command.applied(to: F.item(in: status), context: F.context)
                #expect(row.from.contains(status), "\(row.event) from \(status.rawValue) should be refused")
                #expect(outcome.after.id == 7)
            } catch {
                #expect(!row.from.contains(status), "\(row.event) from \(status.rawValue) was refused: \(error.message)")
                #expect(error.kind == .conflict && error.code == "invalid_transition")
            }
        }
    }

    @Test("what the step does to the case", arguments: CaseStepExpectation.all)
    func effect(_ row: CaseStepExpectation) throws {
        #expect(row.from.contains(row.start))
        let command = try CaseCommand(try Self.step(row), row.input, leafCategories: F.leafCategories)
        #expect(command.step.event == row.event)
        let before = F.item(in: row.start)
        let outcome = try command.applied(to: before, context: F.context)
        row.check(before, outcome)
        // What no step touches.
        #expect(outcome.after.id == before.id && outcome.after.registeredAt == before.registeredAt && outcome.after.description == before.description)
    }

    @Test("verification without a closure closes the case as resolved")
    func verifyPassDefault() throws {
        let command = try CaseCommand(.verifyPass, CaseEventInput(event: "verify_pass"), leafCategories: F.leafCategories)
        #expect(command.action == .transition(.verifyPass(closure: .resolved)))
        #expect(try command.applied(to: F.item(in: .reportedBack), context: F.context).after.workflow.closure == .resolved)
    }

    @Test("routing at intake dispatches as a dispatcher's step does")
    func routingDispatch() throws {
        let parsed = try CaseCommand(.dispatch, CaseEventInput(event: "dispatch", unit: F.unit), leafCategories: [])
        #expect(CaseCommand.dispatch(to: F.unit) == parsed && parsed.step == .dispatch)
    }

    @Test("a follow-up call that reached nobody is counted apart and records no verdict; the former `contacted` alone is a reached visit")
    func followUpShapes() throws {
        let unreached = try CaseCommand(
            .followUp, CaseEventInput(event: "follow_up", reached: false, unreachedReason: .wrongNumber), leafCategories: F.leafCategories)
        #expect(unreached.action == .transition(.followUp(.unreached(.wrongNumber))))
        let outcome = try unreached.applied(to: F.item(in: .closed), context: F.context)
        #expect(outcome.detail == "unreached reason=wrong_number")
        #expect(outcome.after.status == .closed && outcome.after.workflow.unreachedVisits == 1 && outcome.after.workflow.contacted == nil)
        let legacy = try CaseCommand(
            .followUp, CaseEventInput(event: "follow_up", contacted: false, resolved: true), leafCategories: F.leafCategories)
        #expect(legacy.action == .transition(.followUp(.reached(responded: false, resolved: true, satisfaction: nil))))
        // An unreached call gives no answers; a reached one no reason.
        for input in [
            CaseEventInput(event: "follow_up", reached: false),
            CaseEventInput(event: "follow_up", reached: false, unreachedReason: .refused, satisfaction: .unsatisfied),
            CaseEventInput(event: "follow_up", reached: false, unreachedReason: .noAnswer, resolved: false),
            CaseEventInput(event: "follow_up", reached: true, unreachedReason: .noAnswer, responded: true, resolved: true),
        ] {
            let error = #expect(throws: OasisError.self) { try CaseCommand(.followUp, input, leafCategories: F.leafCategories) }
            #expect(error?.code == "case_event_invalid")
        }
    }

    @Test("re-categorising needs a leaf category of the taxonomy; the whistle needs a unit that is named")
    func categoryAndUnits() {
        let category = #expect(throws: OasisError.self) {
            try CaseCommand(.recategorise, CaseEventInput(event: "recategorise", category: "C01"), leafCategories: F.leafCategories)
        }
        #expect(category?.details.map(\.field) == ["category"] && category?.code == "case_event_invalid")
        let units = #expect(throws: OasisError.self) {
            try CaseCommand(.whistle, CaseEventInput(event: "whistle", units: ["", ""]), leafCategories: F.leafCategories)
        }
        #expect(units?.details.map(\.field) == ["units"] && units?.code == "case_event_invalid")
    }

    @Test("a case never handled by a unit cannot be reopened")
    func reopenNeedsAUnit() {
        var item = F.item(in: .closed)
        item.workflow.lastHandlingUnit = nil
        let error = #expect(throws: OasisError.self) {
            try CaseCommand(.reopen, CaseEventInput(event: "reopen", reason: "x"), leafCategories: []).applied(to: item, context: F.context)
        }
        #expect(error?.code == "invalid_transition" && error?.kind == .conflict)
    }
}
