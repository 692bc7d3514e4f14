import Foundation
import OasisCore

/// Listing and revoking a user's tokens, for a user manager whose scope holds the user.
extension ApiTokenRepository {
    /// The user's tokens, oldest first, without secrets.
    public func list(userID: Int64) async throws -> [ApiTokenSummary] {
        let rows = try await database.query(
            "SELECT id, user_id, name, created_at, last_used_at, expires_at, revoked FROM api_tokens WHERE user_id = ? ORDER BY id", [.int(userID)]
        )
        return try rows.map { row in
            ApiTokenSummary(
                id: try row.int("id"), userID: try row.int("user_id"), name: try row.string("name"),
                createdAt: try row.date("created_at"),
                lastUsedAt: row["last_used_at"].date, expiresAt: row["expires_at"].date,
                revoked: try row.bool("revoked")
            )
        }
    }

    /// Revokes one of the user's tokens (404 when the user has no such token); revoking twice changes nothing.
    public func revoke(userID: Int64, tokenID: Int64, by access: StoreAccess) async throws -> ApiTokenSummary {
        guard var token = try await list(userID: userID).first(where: { $0.id == tokenID }) else {
            throw OasisError.notFound("Token", String(tokenID))
        }
        guard !token.revoked else { return token }
        token.revoked = true
        let name = token.name
        let audit = self.audit
        try await database.transaction { tx in
            try await tx.execute("UPDATE api_tokens SET revoked = 1 WHERE id = ?", [.int(tokenID)])
            try await audit.append(
                AuditChange(
                    action: "token.revoke", entityType: "api_token", entityID: String(tokenID),
                    before: ["userID": String(userID), "name": name, "revoked": "false"],
                    after: ["userID": String(userID), "name": name, "revoked": "true"]),
                by: access, on: tx
            )
        }
        return token
    }
}
