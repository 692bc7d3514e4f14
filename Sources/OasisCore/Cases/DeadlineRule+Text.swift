extension DeadlineRule.Span {
    /// Reads the written form used in data files: `"1 working hour"`, `"2 working days"`, `"4 hours"`
    /// (singular or plural, amount in `NumericDomain.deadlineAmount`, 1 to 10,000). Nil for anything else.
    public init?(text: String) {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count >= 2, let amount = DecimalText.integer(words[0]), NumericDomain.deadlineAmount.reason(amount) == nil else { return nil }
        switch words.dropFirst().joined(separator: " ").lowercased() {
        case "working hour", "working hours": self = .workingHours(amount)
        case "working day", "working days": self = .workingDays(amount)
        case "hour", "hours", "calendar hour", "calendar hours": self = .calendarHours(amount)
        default: return nil
        }
    }

    /// The written form, which `init?(text:)` reads back.
    public var text: String {
        switch self {
        case .workingHours(let amount): amount == 1 ? "1 working hour" : "\(amount) working hours"
        case .workingDays(let amount): amount == 1 ? "1 working day" : "\(amount) working days"
        case .calendarHours(let amount): amount == 1 ? "1 hour" : "\(amount) hours"
        }
    }
}
