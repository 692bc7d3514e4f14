import OasisStore

/// The audit chain's verification as the API (`GET /api/v1/audit/verify`) and the CLI (`oasis audit verify --json`)
/// show it. The table's last event, the event the anchor outside the database records (null without one), and how
/// many events the table lacks to reach it; the anchor file's path only where the operator asked (the CLI).
public struct AuditVerificationView: Codable, Sendable {
    public var intact: Bool
    public var eventCount: Int
    public var headHash: String
    public var problems: [String]
    public var lastSeq: Int64
    public var anchoredSeq: Int64?
    public var missingAtEnd: Int64
    public var anchorPath: String?

    public init(_ verification: AuditVerification, showingAnchorPath: Bool) {
        intact = verification.isIntact
        eventCount = verification.eventCount
        headHash = verification.headHash
        problems = verification.problems
        lastSeq = verification.lastSeq
        anchoredSeq = verification.anchor?.seq
        missingAtEnd = verification.missingAtEnd
        anchorPath = showingAnchorPath ? verification.anchorPath : nil
    }
}
