/// The national calendar is about to run out (or has): deadlines after `lastYear` count weekends only.
public struct CalendarCoverageWarning: Sendable, Equatable, Codable {
    public var lastYear: Int
    /// Days from today to the last day of `lastYear` (negative when it has passed).
    public var daysLeft: Int

    public init(lastYear: Int, daysLeft: Int) {
        self.lastYear = lastYear
        self.daysLeft = daysLeft
    }
}
