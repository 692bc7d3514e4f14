import Foundation
import OasisStore

/// An API token as the API shows it (never its secret).
struct TokenDTO: Codable, Sendable {
    var id: Int64
    var userId: Int64
    var name: String
    var createdAt: Date
    var lastUsedAt: Date?
    var expiresAt: Date?
    var revoked: Bool

    init(_ token: ApiTokenSummary) {
        id = token.id
        userId = token.userID
        name = token.name
        createdAt = token.createdAt
        lastUsedAt = token.lastUsedAt
        expiresAt = token.expiresAt
        revoked = token.revoked
    }
}
