import Foundation
import OasisCore

/// Cases in every status, and the time and deadline rules the steps are taken with.
enum CaseStepFixture {
    /// 2026-01-01 00:00 UTC, when the cases were registered.
    static let registeredAt = Date(timeIntervalSince1970: 1_767_225_600)
    /// Three days later and a quarter of a second: deadlines are kept to whole seconds.
    static let now = Date(timeIntervalSince1970: 1_767_225_600 + 3 * 86_400 + 0.25)
    static let nowSecond = Date(timeIntervalSince1970: 1_767_225_600 + 3 * 86_400)
    /// Respond within 2 calendar hours, resolve within 48, warn halfway.
    static let policy = DeadlinePolicy(defaultRule: DeadlineRule(respond: .calendarHours(2), resolve: .calendarHours(48), warnAt: 0.5))
    static let context = CaseStepContext(now: now, deadlinePolicy: policy, calendars: .builtIn)
    /// The deadlines of a case dispatched `now`: 2 h, 48 h and 24 h after it, to the whole second.
    static let freshDeadlines = CaseDeadlines(respondBy: nowSecond + 2 * 3600, resolveBy: nowSecond + 48 * 3600, warnAt: nowSecond + 24 * 3600)
    /// The deadlines the case got at its first dispatch, a day after registration.
    static let firstDeadlines = CaseDeadlines(
        respondBy: registeredAt + 86_400 + 7200, resolveBy: registeredAt + 3 * 86_400,
        warnAt: registeredAt + 2 * 86_400)
    static let leafCategories: Set<String> = ["C0101", "E0101"]
    static let unit = "drainage-office"

    /// A case of category C0101 in a status, with the history that status implies: a unit holds it from dispatch
    /// to report-back, it was handled by that unit from acceptance on, and it is closed as resolved from closure on.
    static func item(in status: CaseStatus) -> HotlineCase {
        var workflow = CaseWorkflow()
        workflow.status = status
        let held: Set<CaseStatus> = [.dispatched, .handling, .reportedBack]
        let handled: Set<CaseStatus> = [.handling, .reportedBack, .closed, .followedUp, .evaluated]
        let closed: Set<CaseStatus> = [.closed, .followedUp, .evaluated]
        workflow.unit = held.contains(status) ? unit : nil
        workflow.lastHandlingUnit = handled.contains(status) ? unit : nil
        workflow.closure = closed.contains(status) ? .resolved : nil
        let dispatched = held.union(closed).contains(status)
        return HotlineCase(
            id: 7, category: "C0101", channel: "api", description: "井盖缺失", workflow: workflow, registeredAt: registeredAt,
            dispatchedAt: dispatched ? registeredAt + 86_400 : nil, closedAt: closed.contains(status) ? registeredAt + 2 * 86_400 : nil,
            deadlines: dispatched ? firstDeadlines : nil, summonedUnits: ["water-bureau"])
    }

    static func principal(_ role: Role, units: [String] = []) -> Principal {
        Principal(kind: .user, userID: 1, username: role.rawValue, role: role, scope: AccessScope(units: units))
    }
}
