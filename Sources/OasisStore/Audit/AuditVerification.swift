/// The outcome of checking the audit chain.
public struct AuditVerification: Sendable, Codable, Equatable {
    public var eventCount: Int
    /// The hash of the last event: record it elsewhere to detect a rewritten chain later.
    public var headHash: String
    /// Every inconsistency found, in chain order; empty when the chain is intact.
    public var problems: [String]
    /// The sequence number of the table's last event (0 when empty).
    public var lastSeq: Int64
    /// The head recorded outside the database, when there is one: the table must reach it.
    public var anchor: AuditHead?
    /// The anchor file, when one is configured.
    public var anchorPath: String?

    public init(eventCount: Int, headHash: String, problems: [String], lastSeq: Int64 = 0, anchor: AuditHead? = nil, anchorPath: String? = nil) {
        self.eventCount = eventCount
        self.headHash = headHash
        self.problems = problems
        self.lastSeq = lastSeq
        self.anchor = anchor
        self.anchorPath = anchorPath
    }

    /// How many events at the end of the chain are missing, by the anchor (0 when none or no anchor).
    public var missingAtEnd: Int64 { max(0, (anchor?.seq ?? 0) - lastSeq) }

    public var isIntact: Bool { problems.isEmpty }
}
