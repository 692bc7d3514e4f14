import Foundation

/// What a step's effect needs beside the case: when it is taken (to whole milliseconds, as the store keeps
/// times) and the rules that set a dispatched case's deadlines in working time.
public struct CaseStepContext: Sendable {
    public var now: Date
    public var deadlinePolicy: DeadlinePolicy
    public var calendar: WorkingCalendar

    public init(now: Date, deadlinePolicy: DeadlinePolicy, calendar: WorkingCalendar) {
        self.now = now
        self.deadlinePolicy = deadlinePolicy
        self.calendar = calendar
    }

    /// The deadlines of a case whose clock starts now, kept to whole seconds as the store keeps them, so that a
    /// case read back contributes to the rollups exactly what it contributed when written.
    public func deadlines(of item: HotlineCase) -> CaseDeadlines {
        deadlinePolicy.deadlines(category: item.category, priority: item.priority, dispatchedAt: now, calendar: calendar).wholeSeconds
    }
}
