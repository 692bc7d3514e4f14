import Foundation

/// One entry of the append-only audit log: who did what to which record, when, with the record's
/// state before and after (as JSON), chained to the previous entry by SHA-256.
public struct AuditEvent: Sendable, Codable, Equatable {
    public var seq: Int64
    public var at: Date
    public var actorID: Int64?
    public var actorName: String
    public var action: String
    public var entityType: String
    public var entityID: String
    public var regionCode: String?
    public var beforeJSON: String?
    public var afterJSON: String?
    public var previousHash: String
    public var hash: String
}
