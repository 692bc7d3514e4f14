import Foundation

/// What a step's effect needs beside the case: when it is taken (to whole milliseconds, as the store keeps
/// times) and the rules that set a dispatched case's deadlines in working time, on the calendar of the case's
/// region (`CalendarBook`).
public struct CaseStepContext: Sendable {
    public var now: Date
    public var deadlinePolicy: DeadlinePolicy
    public var calendars: CalendarBook

    /// Deadlines on the calendar of each case's region.
    public init(now: Date, deadlinePolicy: DeadlinePolicy, calendars: CalendarBook) {
        self.now = now
        self.deadlinePolicy = deadlinePolicy
        self.calendars = calendars
    }

    /// The deadlines of a case whose clock starts now, kept to whole seconds as the store keeps them, so that a
    /// case read back contributes to the rollups exactly what it contributed when written.
    public func deadlines(of item: HotlineCase) -> CaseDeadlines {
        let calendar = calendars.calendar(forRegion: item.region)
        return deadlinePolicy.deadlines(category: item.category, priority: item.priority, dispatchedAt: now, calendar: calendar).wholeSeconds
    }
}
