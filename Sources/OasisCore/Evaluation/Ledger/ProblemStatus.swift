/// Where a problem of the ledger (问题台账) stands. `open → in_remediation → solved → verified`; a solved
/// problem whose indicator fails again is reopened.
public enum ProblemStatus: String, Codable, Sendable, CaseIterable {
    case open
    case inRemediation = "in_remediation"
    /// Solved by remediation (or its indicator passed): awaiting verification by a later period.
    case solved
    /// A period after it was solved passed: the problem is closed.
    case verified

    /// Still needing work.
    public var isActive: Bool { self == .open || self == .inRemediation }

    public var messageKey: MessageKey { MessageKey("problem_status_\(rawValue)") }
}
