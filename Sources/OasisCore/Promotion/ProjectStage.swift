/// A project's lifecycle: reserve → preparation → under construction → completed → accepted.
public enum ProjectStage: String, Codable, Sendable, CaseIterable, Comparable {
    case reserve
    case preparation
    case underConstruction = "under_construction"
    case completed
    case accepted

    var order: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.order < rhs.order }

    /// Projects move one stage forward at a time; they may step back one stage (a failed acceptance, a
    /// suspended construction) but never skip.
    public func canMove(to next: ProjectStage) -> Bool {
        abs(next.order - order) == 1
    }

    public var isFinished: Bool { self >= .completed }

    public var messageKey: MessageKey { MessageKey("project_stage_\(rawValue)") }
}
