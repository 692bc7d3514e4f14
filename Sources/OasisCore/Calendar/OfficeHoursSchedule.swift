/// Office hours that change on given days (summer and winter hours): from each change's day on, its periods
/// hold until the next change. Days before the first change have no entry here (the calendar's default).
public struct OfficeHoursSchedule: Sendable, Equatable {
    /// One change: from `from` on, office hours are `periods` (minutes after midnight, lunch break between them).
    public struct Change: Sendable, Equatable {
        public var from: CalendarDay
        public var periods: [WorkingCalendar.Period]

        public init(from: CalendarDay, periods: [WorkingCalendar.Period]) {
            self.from = from
            self.periods = periods.sorted { $0.start < $1.start }
        }
    }

    /// Oldest first.
    public let changes: [Change]

    public init(_ changes: [Change] = []) {
        self.changes = changes.sorted { $0.from < $1.from }
    }

    /// The periods of the latest change on or before `day`, nil before the first change.
    public func periods(on day: CalendarDay) -> [WorkingCalendar.Period]? {
        guard let first = changes.first, first.from <= day else { return nil }
        var low = 0
        var high = changes.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if changes[middle].from <= day { low = middle } else { high = middle - 1 }
        }
        return changes[low].periods
    }
}
