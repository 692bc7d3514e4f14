import Foundation
import OasisCore

/// Whole days as `YYYY-MM-DD` text, the form the promotion tables keep so that SQL compares them.
enum DayText {
    static func text(_ date: Date) -> String { CalendarDay(date: date).description }
    static func value(_ date: Date?) -> SQLValue { date.map { .text(text($0)) } ?? .null }
    static func date(_ text: String?) -> Date? { text.flatMap(CalendarDay.init).map(\.date) }
}
