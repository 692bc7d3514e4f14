/// How long a unit has: to respond, and to resolve. Working time counts office hours on working days in
/// China Standard Time (`WorkingCalendar`); calendar hours count the clock (emergencies).
public struct DeadlineRule: Codable, Sendable, Equatable {
    public enum Span: Codable, Sendable, Equatable {
        case workingHours(Int)
        case workingDays(Int)
        case calendarHours(Int)

        /// Whether the span counts the clock rather than working time (so no holiday calendar matters).
        public var isCalendarTime: Bool {
            if case .calendarHours = self { return true }
            return false
        }
    }

    public var respond: Span
    public var resolve: Span
    /// Warn when this share of the resolution time has passed (0.8 = with a fifth left).
    public var warnAt: Double

    public init(respond: Span, resolve: Span, warnAt: Double = 0.8) {
        self.respond = respond
        self.resolve = resolve
        self.warnAt = warnAt
    }
}
