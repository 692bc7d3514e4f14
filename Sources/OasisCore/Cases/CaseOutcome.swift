import Foundation

/// What the metrics need to know about one case.
public struct CaseOutcome: Sendable, Equatable {
    public var dispatchedAt: Date?
    public var closedAt: Date?
    public var deadline: Date?
    public var closure: CaseClosure?
    public var reworkCount: Int
    /// Whether the case was cancelled (reported apart, never due).
    public var cancelled: Bool
    /// Whether it has a valid follow-up visit (the citizen reached); the answers are the latest valid visit's.
    public var visited: Bool
    /// 响应: the citizen says the handling unit contacted them.
    public var contacted: Bool
    public var resolved: Bool
    /// Nil: no rating given (or no valid visit).
    public var satisfaction: Satisfaction?
    /// Follow-up calls that did not reach the citizen.
    public var unreachedVisits: Int

    public init(
        dispatchedAt: Date? = nil, closedAt: Date? = nil, deadline: Date? = nil, closure: CaseClosure? = nil, reworkCount: Int = 0,
        cancelled: Bool = false, visited: Bool = false, contacted: Bool = false, resolved: Bool = false, satisfaction: Satisfaction? = nil,
        unreachedVisits: Int = 0
    ) {
        self.dispatchedAt = dispatchedAt
        self.closedAt = closedAt
        self.deadline = deadline
        self.closure = closure
        self.reworkCount = reworkCount
        self.cancelled = cancelled
        self.visited = visited
        self.contacted = contacted
        self.resolved = resolved
        self.satisfaction = satisfaction
        self.unreachedVisits = unreachedVisits
    }

    /// Merged duplicates and "not responsible" closures: reported in their own columns, neither due nor on-time
    /// closures, and no handling time.
    public var isSetApart: Bool { closure == .duplicate || closure == .notResponsible }
}
