import Foundation
import OasisCore

/// Expiry of tokens already issued: brought forward by a user manager, and given to tokens issued before tokens
/// expired (migration 7), so that every token ends.
extension ApiTokenRepository {
    /// Brings a token's expiry forward to `date` (never later than its present expiry), audited.
    /// 404 when the user has no such token; a revoked token, or one already expiring by then, is left as it is.
    public func expire(userID: Int64, tokenID: Int64, at date: Date, by access: StoreAccess) async throws -> ApiTokenSummary {
        guard var token = try await list(userID: userID).first(where: { $0.id == tokenID }) else {
            throw OasisError.notFound("Token", String(tokenID))
        }
        guard !token.revoked, token.expiresAt.map({ $0 > date }) ?? true else { return token }
        let before = token.expiresAt.map { $0.formatted(.iso8601) } ?? "never"
        token.expiresAt = date
        let (name, audit) = (token.name, self.audit)
        try await database.transaction { tx in
            try await tx.execute("UPDATE api_tokens SET expires_at = ? WHERE id = ?", [SQLValue(date), .int(tokenID)])
            try await audit.append(
                AuditChange(
                    action: "token.expire", entityType: "api_token", entityID: String(tokenID),
                    before: ["userID": String(userID), "name": name, "expiresAt": before],
                    after: ["userID": String(userID), "name": name, "expiresAt": date.formatted(.iso8601)]),
                by: access, on: tx
            )
        }
        return token
    }

    /// Gives every live token without an expiry one `lifetime` from now, in one audited change; returns how many.
    @discardableResult
    public func assignExpiry(lifetime: TimeInterval, by access: StoreAccess) async throws -> Int {
        let when = clock.now() + lifetime
        let audit = self.audit
        return try await database.transaction { tx in
            let ids = try await tx.query("SELECT id FROM api_tokens WHERE expires_at IS NULL AND revoked = 0 ORDER BY id").map { try $0.int("id") }
            guard !ids.isEmpty else { return 0 }
            try await tx.execute("UPDATE api_tokens SET expires_at = ? WHERE expires_at IS NULL AND revoked = 0", [SQLValue(when)])
            try await audit.append(
                AuditChange(
                    action: "token.expiry_assigned", entityType: "api_token", entityID: ids.map(String.init).joined(separator: ","),
                    before: ["expiresAt": "never"], after: ["expiresAt": when.formatted(.iso8601)]),
                by: access, on: tx
            )
            return ids.count
        }
    }
}
