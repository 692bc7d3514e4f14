import Foundation
import OasisCore
import Testing

/// One step of the loop as the documents describe it, written out independently of `CaseStep`: docs/cases.md
/// (the loop's picture, "Steps" and "Who"), docs/api.md (the roles) and DOMAIN.md §2–3 (the closed loop, the
/// whistle). `check` says what the step does to `CaseStepFixture.item(in: start)`.
struct CaseStepExpectation: Sendable, CustomTestStringConvertible {
    var event: String
    /// The roles that may take it beside the administrator.
    var roles: Set<Role>
    var permissions: Set<Permission>
    var required: Set<String>
    var from: Set<CaseStatus>
    /// Unit handlers take it only on cases their own unit holds.
    var ownUnitOnly: Bool
    /// A complete request for the step.
    var input: CaseEventInput
    var start: CaseStatus
    var check: @Sendable (_ before: HotlineCase, _ outcome: CaseStepOutcome) -> Void

    var testDescription: String { event }
}
