import Foundation
import OasisCore

/// Bearer tokens for machines, stored by SHA-256; the clear token is shown once at creation.
public struct ApiTokenRepository: Sendable {
    let database: any SQLDatabase
    let audit: AuditLog
    let clock: any OasisClock

    /// Stores a token that expires after `lifetime` seconds (nil: never).
    public func create(userID: Int64, name: String, tokenHash: String, lifetime: TimeInterval?, by access: StoreAccess) async throws -> Int64 {
        let now = clock.now()
        let audit = self.audit
        return try await database.transaction { tx in
            let id = try await tx.insertReturningID(
                "INSERT INTO api_tokens (user_id, name, token_hash, created_at, expires_at, revoked) VALUES (?, ?, ?, ?, ?, 0)",
                [.int(userID), .text(name), .text(tokenHash), SQLValue(now), lifetime.map { SQLValue(now + $0) } ?? .null]
            )
            try await audit.append(
                AuditChange(
                    action: "token.create", entityType: "api_token", entityID: String(id),
                    before: NoState?.none, after: ["userID": String(userID), "name": name]),
                by: access, on: tx
            )
            return id
        }
    }

    /// The user id behind a live token: not revoked and not expired.
    public func userID(tokenHash: String) async throws -> Int64? {
        guard
            let row = try await database.first(
                "SELECT id, user_id FROM api_tokens WHERE token_hash = ? AND revoked = 0 AND (expires_at IS NULL OR expires_at > ?)",
                [.text(tokenHash), SQLValue(clock.now())]
            )
        else { return nil }
        return try row.int("user_id")
    }
}
