/// The score of a group or goal: the weighted mean of its indicators' scores.
public struct CategoryScore: Sendable, Codable, Equatable {
    public var code: String
    public var score: Double?
    /// How many of its indicators had a value.
    public var indicatorCount: Int
    public var failing: Int
}
