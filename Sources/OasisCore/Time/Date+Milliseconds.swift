import Foundation

extension Date {
    /// The instant rounded to whole milliseconds, as the stores keep times: a value written and read back is equal.
    public var wholeMilliseconds: Date { Date(timeIntervalSince1970: (timeIntervalSince1970 * 1000).rounded() / 1000) }
}
