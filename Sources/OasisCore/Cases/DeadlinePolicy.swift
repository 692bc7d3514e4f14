import Foundation

/// Deadlines by category and priority, as configuration: the most specific rule wins (category and priority,
/// then category, then priority, then the default). Cities differ (DOMAIN.md §3), so none of this is fixed.
public struct DeadlinePolicy: Codable, Sendable, Equatable {
    public var defaultRule: DeadlineRule
    public var byPriority: [CasePriority: DeadlineRule]
    /// Keys are category codes.
    public var byCategory: [String: DeadlineRule]
    /// Keys are `category|priority`.
    public var byCategoryAndPriority: [String: DeadlineRule]

    public init(
        defaultRule: DeadlineRule, byPriority: [CasePriority: DeadlineRule] = [:], byCategory: [String: DeadlineRule] = [:],
        byCategoryAndPriority: [String: DeadlineRule] = [:]
    ) {
        self.defaultRule = defaultRule
        self.byPriority = byPriority
        self.byCategory = byCategory
        self.byCategoryAndPriority = byCategoryAndPriority
    }

    /// Often-quoted defaults (DOMAIN.md §3, recalled): respond within 1 working hour; emergencies resolved in
    /// 2 hours, urgent cases in 1 working day, others in 7 working days.
    public static let standard = DeadlinePolicy(
        defaultRule: DeadlineRule(respond: .workingHours(1), resolve: .workingDays(7)),
        byPriority: [
            .emergency: DeadlineRule(respond: .calendarHours(1), resolve: .calendarHours(2)),
            .urgent: DeadlineRule(respond: .workingHours(1), resolve: .workingDays(1)),
        ]
    )

    public func rule(category: String, priority: CasePriority) -> DeadlineRule {
        byCategoryAndPriority["\(category)|\(priority.rawValue)"] ?? byCategory[category] ?? byPriority[priority] ?? defaultRule
    }

    /// When a case dispatched at `start` must be responded to and resolved, and when to warn.
    public func deadlines(category: String, priority: CasePriority, dispatchedAt start: Date, calendar: WorkingCalendar) -> CaseDeadlines {
        let rule = rule(category: category, priority: priority)
        let respondBy = Self.end(of: rule.respond, from: start, calendar: calendar)
        let resolveBy = Self.end(of: rule.resolve, from: start, calendar: calendar)
        let warnAt = start + resolveBy.timeIntervalSince(start) * rule.warnAt
        // The years from the start to the later working-time deadline: the union of both spans' years is one range.
        var latest: Date?
        if !rule.respond.isCalendarTime { latest = respondBy }
        if !rule.resolve.isCalendarTime { latest = max(latest ?? resolveBy, resolveBy) }
        let unknown = latest.map { calendar.unknownYears(from: start, to: $0) } ?? []
        return CaseDeadlines(
            respondBy: respondBy, resolveBy: resolveBy, warnAt: warnAt, provisionalYears: unknown.isEmpty ? nil : unknown)
    }

    /// The deadlines of a case in a region, on that region's calendar (`CalendarBook`).
    public func deadlines(category: String, priority: CasePriority, region: String?, dispatchedAt start: Date, calendars: CalendarBook)
        -> CaseDeadlines
    {
        deadlines(category: category, priority: priority, dispatchedAt: start, calendar: calendars.calendar(forRegion: region))
    }

    static func end(of span: DeadlineRule.Span, from start: Date, calendar: WorkingCalendar) -> Date {
        switch span {
        case .workingHours(let hours): calendar.addingWorkingMinutes(hours * 60, to: start)
        case .workingDays(let days): calendar.addingWorkingDays(days, to: start)
        case .calendarHours(let hours): start + Double(hours) * 3600
        }
    }
}

/// The deadlines of one case.
public struct CaseDeadlines: Codable, Sendable, Equatable {
    public var respondBy: Date
    public var resolveBy: Date
    public var warnAt: Date
    /// The years a working-time deadline falls in or spans into that no loaded national calendar covers: the
    /// deadline counted weekends only there and is provisional. Nil when every year was known.
    public var provisionalYears: [Int]?

    public init(respondBy: Date, resolveBy: Date, warnAt: Date, provisionalYears: [Int]? = nil) {
        self.respondBy = respondBy
        self.resolveBy = resolveBy
        self.warnAt = warnAt
        self.provisionalYears = provisionalYears
    }

    /// Whether the deadlines counted a year without a loaded calendar.
    public var isProvisional: Bool { !(provisionalYears ?? []).isEmpty }

    /// `ok`, `warning` (the warning time has passed) or `overdue`, for an open case at `now`.
    public func state(at now: Date) -> String {
        now > resolveBy ? "overdue" : (now >= warnAt ? "warning" : "ok")
    }
}
