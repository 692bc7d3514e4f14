import Foundation

/// An API token as an administrator sees it: never its secret or hash.
public struct ApiTokenSummary: Sendable, Equatable {
    public var id: Int64
    public var userID: Int64
    public var name: String
    public var createdAt: Date
    public var lastUsedAt: Date?
    /// Nil for a token issued before tokens had expiries.
    public var expiresAt: Date?
    public var revoked: Bool
}
