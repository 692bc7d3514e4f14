import Hummingbird
import OasisCore
import OasisServices
import OasisStore

/// The audit log: recent events in the caller's scope, the chain's verification, and the page.
extension PlatformRoutes {
    /// The `limit` query parameter: 1–1000 events, `fallback` when not given.
    static func limit(_ request: Request, fallback: Int) throws -> Int {
        let limitText = RequestParameters.text(request, "limit")
        let limit = limitText.flatMap(Int.init) ?? fallback
        guard (1...1000).contains(limit), limitText == nil || Int(limitText!) != nil else {
            throw OasisError.invalid(
                code: "invalid_parameter", message: "limit must be a whole number from 1 to 1000.",
                details: [.init(field: "limit", reason: "got \(limitText ?? "")")])
        }
        return limit
    }

    func audit(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<ItemList<AuditEventDTO>> {
        let limit = try Self.limit(request, fallback: 100)
        let events = try await store.audit.recent(limit: limit, for: context.principal.access(for: .readAudit))
        return JSONBody(ItemList(items: events.map(AuditEventDTO.init)))
    }

    func verifyAudit(_ request: Request, _ context: OasisRequestContext) async throws -> JSONBody<AuditVerificationView> {
        guard context.principal.scope.coversAllRegions else {
            throw OasisError.forbidden("Verifying the whole chain needs an unscoped account.")
        }
        let result = try await store.audit.verify()
        return JSONBody(AuditVerificationView(result, showingAnchorPath: false))
    }

    func auditPage(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.page(context) { context in
            let language = context.language
            let limit = try Self.limit(request, fallback: 200)
            let events = try await store.audit.recent(limit: limit, for: context.principal.access(for: .readAudit))
            let labels = AuditLabels(catalogue: catalogue, language: language)
            var data: [String: Any] = [
                "events": events.map { event -> [String: Any] in
                    let action = labels.action(event.action)
                    return [
                        "seq": event.seq, "at": NumberFormat.chinaTime(event.at), "actor": event.actorName, "code": event.action,
                        "action": action.label, "known": action.known, "entity": labels.entity(event.entityType), "entityID": event.entityID,
                    ]
                }
            ]
            if context.principal.scope.coversAllRegions {
                let result = try await store.audit.verify()
                data["verification"] =
                    result.isIntact
                    ? catalogue.text("audit_chain_ok", language, String(result.eventCount))
                    : catalogue.text("audit_chain_broken", language, result.problems.joined(separator: "; "))
                data["verificationClass"] = result.isIntact ? "ok" : "error"
                data["verificationIcon"] = result.isIntact ? "✔" : "✖"
            }
            return pages.render("audit", title: catalogue.text("audit_title", language), data: data, current: "/audit", context: context)
        }
    }
}
