import Foundation

extension CalendarDay {
    /// The UTC calendar day of an instant. Project dates are whole days stored at 00:00 UTC. Instants beyond
    /// ±1,000,000,000 days (no real date) are held at that bound instead of trapping in the conversion.
    public init(date: Date) {
        self.init(ordinal: Swift.min(Swift.max((date.timeIntervalSince1970 / 86_400).flooredClampedInteger, -1_000_000_000), 1_000_000_000))
    }

    /// 00:00 UTC of this day.
    public var date: Date { Date(timeIntervalSince1970: Double(ordinal) * 86_400) }
}
