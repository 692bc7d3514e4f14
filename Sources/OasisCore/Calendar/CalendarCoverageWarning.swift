/// The national calendar is about to run out (or has): deadlines after `lastYear` count weekends only.
public struct CalendarCoverageWarning: Sendable, Equatable, Codable {
    public var lastYear: Int
    /// Days from today to the last day of `lastYear` (negative when it has passed).
    public var daysLeft: Int

    public init(lastYear: Int, daysLeft: Int) {
        self.lastYear = lastYear
        self.daysLeft = daysLeft
    }

    /// The warning as administrators read it (the admin page, /readyz, `oasis calendar list`), from the catalogue.
    public func message(in language: Language, catalogue: MessageCatalogue = .standard) -> String {
        daysLeft >= 0
            ? catalogue.text("calendar_warning_ending", language, String(lastYear), String(daysLeft), String(lastYear + 1))
            : catalogue.text("calendar_warning_ended", language, String(lastYear), String(lastYear + 1))
    }
}
