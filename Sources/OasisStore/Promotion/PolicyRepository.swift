import Foundation
import OasisCore

/// Policies as data: the built-in seed policy is always there; users load national, prefecture and county
/// policies in the same JSON shape (validated against the framework before they get here).
public struct PolicyRepository: Sendable {
    let database: any SQLDatabase
    let audit: AuditLog
    let clock: any OasisClock

    /// Stored policies plus the built-in one (unless a stored policy replaced it), ordered by id.
    public func list() async throws -> [Policy] {
        var policies: [String: Policy] = [Policy.builtInID: .xinjiang2025]
        for row in try await database.query("SELECT id, body FROM policies") {
            policies[try row.string("id")] = try JSONColumn.value(Policy.self, try row.string("body"), column: "body")
        }
        return policies.values.sorted { $0.id < $1.id }
    }

    public func get(_ id: String) async throws -> Policy? {
        if let row = try await database.first("SELECT body FROM policies WHERE id = ?", [.text(id)]) {
            return try JSONColumn.value(Policy.self, try row.string("body"), column: "body")
        }
        return id == Policy.builtInID ? .xinjiang2025 : nil
    }

    /// Stores or replaces a policy. The writer's scope must cover the policy's region, and the region of the
    /// policy it replaces; a policy without a region (or the province's) needs a scope covering every region.
    public func save(_ policy: Policy, by access: StoreAccess) async throws {
        let before = try await get(policy.id)
        let now = clock.now()
        let audit = self.audit
        try await database.transaction { tx in
            for region in Set([policy.region ?? ""] + (before.map { [$0.region ?? ""] } ?? [])).sorted() {
                try await WriteScope.require(region: region, access: access, on: tx)
            }
            try await tx.execute("DELETE FROM policies WHERE id = ?", [.text(policy.id)])
            try await tx.execute(
                "INSERT INTO policies (id, level, region_code, body, updated_at) VALUES (?, ?, ?, ?, ?)",
                [.text(policy.id), .text(policy.level), SQLValue(policy.region), .text(JSONColumn.text(policy)), SQLValue(now)])
            try await audit.append(
                AuditChange(
                    action: before == nil ? "policy.create" : "policy.update", entityType: "policy", entityID: policy.id,
                    regionCode: policy.region, before: before.map { _ in policy.id }, after: policy.id), by: access, on: tx)
        }
    }
}
