/// Something about a project that the policy asks to be flagged.
public struct ProjectFlag: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        /// The site lies outside the urban development boundary (城镇开发边界).
        case outsideBoundary = "outside_boundary"
        /// A residential building over 80 m (the policy strictly limits super-tall buildings).
        case superTallResidential = "super_tall_residential"
        /// Past its planned end without being completed, or completed after it.
        case timeOverrun = "time_overrun"
        /// Actual investment above the budget.
        case costOverrun = "cost_overrun"
        /// A milestone is overdue.
        case overdueMilestone = "overdue_milestone"
        /// A renewal project that cites no problem of the health check.
        case noCitedProblem = "no_cited_problem"
    }

    public var kind: Kind
    /// The detail in English, for the API and logs.
    public var detail: String
    /// The catalogue key of the detail and its arguments, for pages in any language (not part of the JSON form).
    public var messageKey = ""
    public var arguments: [String] = []

    enum CodingKeys: String, CodingKey { case kind, detail }

    public init(kind: Kind, detail: String, messageKey: String = "", arguments: [String] = []) {
        self.kind = kind
        self.detail = detail
        self.messageKey = messageKey
        self.arguments = arguments
    }
}
