/// The outcome of checking the audit chain.
public struct AuditVerification: Sendable, Codable, Equatable {
    public var eventCount: Int
    /// The hash of the last event: record it elsewhere to detect a rewritten chain later.
    public var headHash: String
    /// Every inconsistency found, in chain order; empty when the chain is intact.
    public var problems: [String]

    public var isIntact: Bool { problems.isEmpty }
}
