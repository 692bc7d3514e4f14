import Foundation
import Hummingbird
import OasisCore
import OasisServices
import OasisStore

/// The audit log and its verification.
struct AuditController {
    struct EventDTO: Codable {
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

    struct VerificationDTO: Codable {
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

    let store: Store

    func register(on router: Router<OasisRequestContext>) {
        router.get("/api/v1/audit") { request, context in
            try UserController.requireSignedIn(context)
            let limitText = request.uri.queryParameters["limit"].map(String.init)
            let limit = limitText.flatMap(Int.init) ?? 100
            guard (1...1000).contains(limit), limitText == nil || Int(limitText!) != nil else {
                throw OasisError.invalid(code: "invalid_parameter", message: "limit must be a whole number from 1 to 1000.",
                                         details: [.init(field: "limit", reason: "got \(limitText ?? "")")])
            }
            let events = try await store.audit.recent(limit: limit, for: context.principal)
            return try JSONResponse.encode(ItemList(items: events.map(EventDTO.init)))
        }
        router.get("/api/v1/audit/verify") { _, context in
            try UserController.requireSignedIn(context)
            try context.principal.require(.readAudit)
            guard context.principal.scope.coversAllRegions else {
                throw OasisError.forbidden("Verifying the whole chain needs an unscoped account.")
            }
            let result = try await store.audit.verify()
            return try JSONResponse.encode(VerificationDTO(
                intact: result.isIntact, eventCount: result.eventCount, headHash: result.headHash, problems: result.problems,
                lastSeq: result.lastSeq, anchoredSeq: result.anchor?.seq, missingAtEnd: result.missingAtEnd
            ))
        }
    }
}
