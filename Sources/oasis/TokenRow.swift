import Foundation
import OasisStore

/// One of a user's API tokens as `oasis user tokens` and `revoke-token` print it (never the secret): the keys of
/// the API's token listing, plus the status the table shows.
struct TokenRow: Encodable {
    var id: Int64
    var userId: Int64
    var name: String
    var createdAt: Date
    var lastUsedAt: Date?
    var expiresAt: Date?
    var revoked: Bool
    /// active, expired or revoked.
    var status: String

    init(_ token: ApiTokenSummary, now: Date = Date()) {
        id = token.id
        userId = token.userID
        name = token.name
        createdAt = token.createdAt
        lastUsedAt = token.lastUsedAt
        expiresAt = token.expiresAt
        revoked = token.revoked
        status = token.revoked ? "revoked" : (token.expiresAt.map { $0 <= now } == true ? "expired" : "active")
    }

    var cells: [String] {
        [String(id), name, createdAt.formatted(.iso8601), lastUsedAt?.formatted(.iso8601) ?? "-", expiresAt?.formatted(.iso8601) ?? "never", status]
    }
}
