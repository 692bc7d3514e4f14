import Foundation

extension CalendarDay {
    /// The UTC calendar day of an instant. Project dates are whole days stored at 00:00 UTC.
    public init(date: Date) {
        self.init(ordinal: Int((date.timeIntervalSince1970 / 86_400).rounded(.down)))
    }

    /// 00:00 UTC of this day.
    public var date: Date { Date(timeIntervalSince1970: Double(ordinal) * 86_400) }
}
