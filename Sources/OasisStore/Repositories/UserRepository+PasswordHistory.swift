import Foundation
import OasisCore

/// Earlier passwords (their hashes only), for refusing a new password that repeats a recent one. The identity service
/// compares; this type only keeps the hashes: a change moves the replaced hash into the history and keeps the newest
/// `keep` rows of the user, in the transaction that sets the new hash.
extension UserRepository {
    /// The current password hash and then the earlier ones, newest first, at most `limit` earlier ones. Only the
    /// identity service calls this (to refuse a reused password); nil for an unknown user.
    public func passwordHashes(userID: Int64, earlier limit: Int) async throws -> (current: String, earlier: [String])? {
        guard let row = try await database.first("SELECT password_hash FROM users WHERE id = ?", [.int(userID)]) else { return nil }
        let earlier =
            limit > 0
            ? try await database.query(
                "SELECT password_hash FROM password_history WHERE user_id = ? ORDER BY position DESC LIMIT ?",
                [.int(userID), .int(Int64(limit))]
            ).map { try $0.string("password_hash") }
            : []
        return (try row.string("password_hash"), earlier)
    }

    /// Moves the user's current hash into the history and deletes all but the newest `keep` rows (0: none kept). Called
    /// inside the transaction that replaces the hash, before the UPDATE.
    static func keepReplacedHash(userID: Int64, keep: Int, at now: Date, on tx: any SQLExecutor) async throws {
        guard keep > 0 else {
            try await tx.execute("DELETE FROM password_history WHERE user_id = ?", [.int(userID)])
            return
        }
        let next =
            (try await tx.first("SELECT MAX(position) AS p FROM password_history WHERE user_id = ?", [.int(userID)])?.optionalInt("p") ?? 0) + 1
        guard let current = try await tx.first("SELECT password_hash FROM users WHERE id = ?", [.int(userID)]) else { return }
        try await tx.execute(
            "INSERT INTO password_history (user_id, position, password_hash, replaced_at) VALUES (?, ?, ?, ?)",
            [.int(userID), .int(next), .text(try current.string("password_hash")), SQLValue(now)])
        try await tx.execute("DELETE FROM password_history WHERE user_id = ? AND position <= ?", [.int(userID), .int(next - Int64(keep))])
    }
}
