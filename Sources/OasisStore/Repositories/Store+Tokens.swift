import OasisCore

extension Store {
    /// The principal an API token (by its SHA-256 hash) acts as, or nil when the token is unknown or its user is
    /// disabled. Bearer authentication and Open311 `api_key`s both go through here.
    ///
    /// A token is issued by the operator (`oasis user token`) or an administrator, never obtained with a password,
    /// so the one-time-password rule (which holds a signed-in session to changing the password) does not bind
    /// it: a machine account created with a one-time password it never uses keeps working through its token.
    public func principal(tokenHash: String) async throws -> Principal? {
        guard let userID = try await tokens.userID(tokenHash: tokenHash), let user = try await users.resolve(id: userID), !user.disabled else {
            return nil
        }
        var principal = Principal(user: user)
        principal.mustChangePassword = false
        return principal
    }
}
