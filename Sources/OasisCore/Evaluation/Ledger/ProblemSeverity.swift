/// How serious a problem is, from how far its value falls behind its peers.
public enum ProblemSeverity: String, Codable, Sendable, CaseIterable, Comparable {
    case low
    case medium
    case high

    var order: Int { self == .low ? 0 : (self == .medium ? 1 : 2) }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.order < rhs.order }

    public var messageKey: MessageKey { MessageKey("severity_\(rawValue)") }
}
