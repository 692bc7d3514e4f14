import Foundation

extension CaseDeadlines {
    /// The deadlines rounded down to whole seconds, as the store keeps them (times to whole milliseconds,
    /// `Date.wholeMilliseconds`).
    public var wholeSeconds: CaseDeadlines {
        func floor(_ date: Date) -> Date { Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down)) }
        return CaseDeadlines(respondBy: floor(respondBy), resolveBy: floor(resolveBy), warnAt: floor(warnAt), provisionalYears: provisionalYears)
    }
}
