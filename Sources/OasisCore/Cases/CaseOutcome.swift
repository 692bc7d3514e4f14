import Foundation

/// What the metrics need to know about one case.
public struct CaseOutcome: Sendable, Equatable {
    public var dispatchedAt: Date?
    public var closedAt: Date?
    public var deadline: Date?
    public var closure: CaseClosure?
    public var reworkCount: Int
    /// Follow-up visit, when there was one.
    public var visited: Bool
    public var contacted: Bool
    public var resolved: Bool
    public var satisfaction: Satisfaction?

    public init(
        dispatchedAt: Date? = nil, closedAt: Date? = nil, deadline: Date? = nil, closure: CaseClosure? = nil, reworkCount: Int = 0,
        visited: Bool = false, contacted: Bool = false, resolved: Bool = false, satisfaction: Satisfaction? = nil
    ) {
        self.dispatchedAt = dispatchedAt
        self.closedAt = closedAt
        self.deadline = deadline
        self.closure = closure
        self.reworkCount = reworkCount
        self.visited = visited
        self.contacted = contacted
        self.resolved = resolved
        self.satisfaction = satisfaction
    }
}
