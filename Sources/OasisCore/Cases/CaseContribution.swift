import Foundation

/// What one case adds to the rollups: its counters, its whole handling hours (for the median), and — while it
/// is open with a deadline — the day of that deadline (for "due" at any later time). Months are China
/// Standard Time months of registration.
public struct CaseContribution: Sendable, Equatable {
    public var month: String
    public var keys: [CaseRollupDimension: String]
    public var counters: CaseRollupCounters
    public var handlingHours: Int?
    /// For an open case with a deadline: the deadline, whose day keys the open-deadline rollup.
    public var openDeadline: Date?

    public static let chinaTime = TimeZone(identifier: "Asia/Shanghai")!

    public init(_ item: HotlineCase) {
        month = Self.month(item.registeredAt)
        keys = [.unit: item.workflow.unit ?? item.workflow.lastHandlingUnit ?? "", .region: item.region ?? "", .category: item.category, .all: ""]
        let outcome = item.outcome
        counters = CaseRollupCounters(outcome)
        if let closedAt = outcome.closedAt {
            if let start = outcome.dispatchedAt, !outcome.isSetApart {
                handlingHours = (closedAt.timeIntervalSince(start) / 3600).flooredClampedInteger
            }
        } else if !outcome.cancelled {
            openDeadline = outcome.deadline
        }
    }

    /// `YYYY-MM` in China Standard Time.
    public static func month(_ date: Date) -> String {
        let day = CalendarDay(date: date.addingTimeInterval(chinaOffset(date)))
        return day.month < 10 ? "\(day.year)-0\(day.month)" : "\(day.year)-\(day.month)"
    }

    /// `YYYY-MM-DD` in China Standard Time.
    public static func day(_ date: Date) -> String {
        CalendarDay(date: date.addingTimeInterval(chinaOffset(date))).description
    }

    /// China Standard Time's offset at an instant. After its last transition (daylight saving ended in 1991)
    /// the offset is fixed and needs no time-zone lookup, which costs more than the rest of a contribution.
    static func chinaOffset(_ date: Date) -> Double {
        date >= steadyChinaTime.since ? steadyChinaTime.offset : Double(chinaTime.secondsFromGMT(for: date))
    }

    static let steadyChinaTime: (since: Date, offset: Double) = {
        var since = Date(timeIntervalSince1970: 0)
        for _ in 0..<1_000 {
            guard let next = chinaTime.nextDaylightSavingTimeTransition(after: since) else {
                return (since, Double(chinaTime.secondsFromGMT(for: since)))
            }
            since = next
        }
        return (.distantFuture, 0)
    }()
}
