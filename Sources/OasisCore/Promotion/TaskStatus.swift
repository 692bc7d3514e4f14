/// Where a scheme task stands.
public enum TaskStatus: String, Codable, Sendable, CaseIterable {
    case planned
    case inProgress = "in_progress"
    case done
    case cancelled

    public var isOpen: Bool { self == .planned || self == .inProgress }
}
