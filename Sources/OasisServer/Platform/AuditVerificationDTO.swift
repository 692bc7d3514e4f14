/// The audit chain's verification as the API shows it.
struct AuditVerificationDTO: Codable {
    var intact: Bool
    var eventCount: Int
    var headHash: String
    var problems: [String]
    /// The table's last event, the event the anchor outside the database records (null without one), and how
    /// many events the table lacks to reach it.
    var lastSeq: Int64
    var anchoredSeq: Int64?
    var missingAtEnd: Int64
}
