import Foundation
import OasisStore

/// An audit event as the API shows it.
struct AuditEventDTO: Codable {
    var seq: Int64
    var at: Date
    var actorId: Int64?
    var actorName: String
    var action: String
    var entityType: String
    var entityId: String
    var regionCode: String?
    var before: String?
    var after: String?
    var previousHash: String
    var hash: String

    init(_ event: AuditEvent) {
        seq = event.seq
        at = event.at
        actorId = event.actorID
        actorName = event.actorName
        action = event.action
        entityType = event.entityType
        entityId = event.entityID
        regionCode = event.regionCode
        before = event.beforeJSON
        after = event.afterJSON
        previousHash = event.previousHash
        hash = event.hash
    }
}
