import OasisCore

extension Store {
    /// The principal an API token (by its SHA-256 hash) acts as, or nil when the token is unknown or its user is
    /// disabled. Bearer authentication and Open311 `api_key`s both go through here.
    public func principal(tokenHash: String) async throws -> Principal? {
        guard let userID = try await tokens.userID(tokenHash: tokenHash), let user = try await users.resolve(id: userID), !user.disabled else { return nil }
        return Principal(user: user)
    }
}
