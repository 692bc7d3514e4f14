import Foundation
import OasisCore

extension CaseRepository {
    /// The unit responsible for a category in a region: the rule of the region itself or of its nearest
    /// ancestor with one (a rule on the province applies everywhere below it). Nil when no rule applies.
    /// Answered from memory (`CaseRoutingCache`): intake routes each case without a query.
    public func responsibleUnit(category: String, region: String?) async throws -> String? {
        try await routing.snapshot(from: database).unit(category: category, region: region)
    }

    /// Sets the unit for a category in a region ('' for everywhere): a region inside the writer's scope, or
    /// everywhere only for a writer whose scope covers every region.
    public func setRoutingRule(category: String, region: String, unit: String, by access: StoreAccess) async throws {
        let audit = self.audit
        let routing = self.routing
        try await database.transaction { tx in
            try await WriteScope.require(region: region, access: access, on: tx)
            try await tx.execute("DELETE FROM routing_rules WHERE category = ? AND region_code = ?", [.text(category), .text(region)])
            try await tx.execute(
                "INSERT INTO routing_rules (category, region_code, unit) VALUES (?, ?, ?)", [.text(category), .text(region), .text(unit)])
            try await routing.changed(on: tx)
            try await audit.append(
                AuditChange(
                    action: "routing.set", entityType: "routing_rule", entityID: "\(category)|\(region)", regionCode: region.isEmpty ? nil : region,
                    before: nil as String?, after: unit), by: access, on: tx)
        }
    }

    /// Notifications not sent yet, oldest first.
    public func pendingNotifications(limit: Int = 100) async throws -> [(id: Int64, payload: String, attempts: Int)] {
        try await database.query(
            "SELECT id, payload, attempts FROM notifications WHERE state = 'pending' AND next_at <= ? ORDER BY id LIMIT \(limit)",
            [SQLValue(clock.now())]
        ).map { (try $0.int("id"), try $0.string("payload"), Int(try $0.int("attempts"))) }
    }

    /// Claims up to `limit` due messages for this process, oldest first: their retry time moves `lease` seconds
    /// ahead in the same statement, so that another server draining the same outbox neither takes them now
    /// (`SKIP LOCKED` on PostgreSQL, the single writer on SQLite) nor before the lease runs out. A sender that
    /// dies mid-round leaves its claims to be taken again after the lease. `markNotification` settles each one.
    public func claimNotifications(limit: Int = 100, lease seconds: Double = 120) async throws -> [(id: Int64, payload: String, attempts: Int)] {
        let now = clock.now()
        let dialect = database.dialect
        let rows = try await database.query(
            """
            UPDATE notifications SET next_at = ? WHERE id IN (
              SELECT id FROM notifications WHERE state = 'pending' AND next_at <= ? ORDER BY id LIMIT \(max(1, limit))\(dialect.skipLockedRows)
            ) RETURNING id, payload, attempts
            """,
            [SQLValue(now + seconds), SQLValue(now)]
        )
        return try rows.map { (try $0.int("id"), try $0.string("payload"), Int(try $0.int("attempts"))) }.sorted { $0.id < $1.id }
    }

    /// Records a delivery: sent, or failed and retried later (given up after `maximumAttempts`).
    public func markNotification(_ id: Int64, sent: Bool, retryAfter seconds: Double = 60, maximumAttempts: Int = 8) async throws {
        if sent {
            try await database.execute("UPDATE notifications SET state = 'sent', attempts = attempts + 1 WHERE id = ?", [.int(id)])
        } else {
            try await database.execute(
                "UPDATE notifications SET attempts = attempts + 1, next_at = ?, state = CASE WHEN attempts + 1 >= ? THEN 'failed' ELSE 'pending' END WHERE id = ?",
                [SQLValue(clock.now() + seconds), .int(Int64(maximumAttempts)), .int(id)])
        }
    }
}
