/// Office hours in a calendar file: from a day on (`YYYY-MM-DD`), the periods of the working day as `HH:MM`
/// times, a lunch break between them (for example summer 10:00–14:00 and 16:00–20:00).
public struct OfficeHoursEntry: Codable, Sendable, Equatable {
    /// One period of office time, `HH:MM` to `HH:MM` on the same day.
    public struct Span: Codable, Sendable, Equatable {
        public var start: String
        public var end: String

        public init(start: String, end: String) {
            self.start = start
            self.end = end
        }
    }

    public var from: String
    /// What the schedule is, for example "summer hours (editable default, not an official fact)".
    public var label: String?
    public var periods: [Span]

    public init(from: String, label: String? = nil, periods: [Span]) {
        self.from = from
        self.label = label
        self.periods = periods
    }

    /// Minutes after midnight of `HH:MM` (00:00 to 24:00), nil when the text is not such a time.
    public static func minutes(_ text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2, let hours = Int(parts[0]), let minutes = Int(parts[1]),
            (0...24).contains(hours), (0...59).contains(minutes), hours * 60 + minutes <= 1440
        else { return nil }
        return hours * 60 + minutes
    }
}
