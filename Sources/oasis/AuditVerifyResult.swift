import OasisStore

/// What `oasis audit verify --json` prints: whether the chain is intact, its length and head, every problem,
/// and the anchor the table must reach — the keys of `GET /api/v1/audit/verify`, plus the anchor file's path.
struct AuditVerifyResult: Encodable {
    var intact: Bool
    var eventCount: Int
    var headHash: String
    var problems: [String]
    var lastSeq: Int64
    var anchoredSeq: Int64?
    var missingAtEnd: Int64
    var anchorPath: String?

    init(_ verification: AuditVerification) {
        intact = verification.isIntact
        eventCount = verification.eventCount
        headHash = verification.headHash
        problems = verification.problems
        lastSeq = verification.lastSeq
        anchoredSeq = verification.anchor?.seq
        missingAtEnd = verification.missingAtEnd
        anchorPath = verification.anchorPath
    }
}
