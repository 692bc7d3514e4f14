import Foundation

/// A dated step of a project (design approved, works started, works finished …).
public struct ProjectMilestone: Codable, Sendable, Equatable {
    public var name: String
    public var due: Date
    public var done: Date?

    public init(name: String, due: Date, done: Date? = nil) {
        self.name = name
        self.due = due
        self.done = done
    }

    /// Overdue at `now`: due has passed and it is not done, or it was done late.
    public func isOverdue(at now: Date) -> Bool {
        if let done { return done > due }
        return now > due
    }
}
