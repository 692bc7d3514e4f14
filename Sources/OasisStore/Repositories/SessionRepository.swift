import Foundation
import OasisCore

/// Web sessions, stored by the SHA-256 of their cookie value so that a copy of the database does not
/// hand out live sessions.
public struct SessionRepository: Sendable {
    let database: any SQLDatabase
    let clock: any OasisClock

    public func create(tokenHash: String, userID: Int64, lifetime: TimeInterval) async throws {
        let now = clock.now()
        try await database.execute(
            "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
            [.text(tokenHash), .int(userID), SQLValue(now), SQLValue(now + lifetime)]
        )
    }

    /// The user id of a live session.
    public func userID(tokenHash: String) async throws -> Int64? {
        try await database.first(
            "SELECT user_id FROM sessions WHERE token_hash = ? AND expires_at > ?", [.text(tokenHash), SQLValue(clock.now())]
        )?.optionalInt("user_id")
    }

    public func delete(tokenHash: String) async throws {
        try await database.execute("DELETE FROM sessions WHERE token_hash = ?", [.text(tokenHash)])
    }

    public func deleteAll(userID: Int64) async throws {
        try await database.execute("DELETE FROM sessions WHERE user_id = ?", [.int(userID)])
    }

    public func purgeExpired() async throws {
        try await database.execute("DELETE FROM sessions WHERE expires_at <= ?", [SQLValue(clock.now())])
    }
}
