import Foundation
import OasisStore

/// One API token as the API (`GET /api/v1/users/{id}/tokens`) and the CLI (`oasis user tokens --json`) show it:
/// never its secret; `status` is active, expired or revoked.
public struct APITokenView: Codable, Sendable {
    public var id: Int64
    public var userId: Int64
    public var name: String
    public var createdAt: Date
    public var lastUsedAt: Date?
    public var expiresAt: Date?
    public var revoked: Bool
    public var status: String

    public init(_ token: ApiTokenSummary, now: Date = Date()) {
        id = token.id
        userId = token.userID
        name = token.name
        createdAt = token.createdAt
        lastUsedAt = token.lastUsedAt
        expiresAt = token.expiresAt
        revoked = token.revoked
        status = token.revoked ? "revoked" : (token.expiresAt.map { $0 <= now } == true ? "expired" : "active")
    }
}
