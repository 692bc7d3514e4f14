import Foundation
import OasisCore
import Testing

@Suite("The event names of the loop's steps on the wire")
struct CaseStepNameTests {
    /// The steps docs/cases.md lists for `POST /api/v1/cases/{id}/events`.
    static let documented = [
        "dispatch", "cancel", "accept", "return", "report_back", "verify_pass", "verify_fail", "follow_up", "evaluate",
        "reopen", "supervise", "whistle", "recategorise",
    ]

    @Test("every documented event name parses to the step of that name, and there are no others")
    func documentedNames() throws {
        for name in Self.documented {
            #expect(try CaseStep(event: name).event == name)
        }
        #expect(Set(CaseStep.allCases.map(\.event)) == Set(Self.documented))
    }

    @Test("docs/cases.md names every step")
    func docsNameEverySteps() throws {
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { root.deleteLastPathComponent() }
        let text = try String(contentsOf: root.appendingPathComponent("docs/cases.md"), encoding: .utf8)
        for step in CaseStep.allCases {
            #expect(text.contains("`\(step.event)`"), "docs/cases.md does not list \(step.event)")
        }
    }

    @Test(
        "an unknown event is a 400 case_event_unknown naming the field and the events there are",
        arguments: ["teleport", "merge", "register", "", "Dispatch", "report-back", "verify", " accept"])
    func unknown(_ name: String) {
        let error = #expect(throws: OasisError.self) { try CaseStep(event: name) }
        #expect(error?.kind == .invalid && error?.code == "case_event_unknown" && error?.message == "Unknown event \(name).")
        #expect(error?.details.map(\.field) == ["event"] && error?.details.first?.reason == "one of " + Self.documented.joined(separator: ", "))
    }

    @Test("the workflow's events carry the names of their steps; a merge is no step of this route")
    func workflowEventNames() {
        let events: [CaseEvent] = [
            .dispatch(unit: "u"), .cancel(reason: "r"), .accept, .returnToDispatcher(reason: "r"),
            .reportBack(summary: "s"), .verifyPass(closure: .resolved), .verifyFail(reason: "r"),
            .followUp(.reached(responded: true, resolved: true, satisfaction: nil)), .evaluate, .reopen(reason: "r"),
        ]
        #expect(
            events.map(\.name)
                == ["dispatch", "cancel", "accept", "return", "report_back", "verify_pass", "verify_fail", "follow_up", "evaluate", "reopen"])
        #expect(CaseEvent.merge(into: 1).name == "merge" && CaseEvent.merge(into: 1).step == nil)
        #expect(CaseEvent.merge(into: 1).allowedFrom == [.registered, .dispatched, .returned, .handling, .reportedBack])
    }
}
