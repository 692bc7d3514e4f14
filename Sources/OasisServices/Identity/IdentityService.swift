import Foundation
import Logging
import OasisCore
import OasisCredentials
import OasisStore

/// Users, passwords, sessions and tokens: the identity operations the web, the API and the CLI share.
public struct IdentityService: Sendable {
    public let store: Store
    public let hasher: PasswordHasher
    /// How long a newly issued API token lasts.
    public let tokenLifetime: TimeInterval
    /// How many earlier passwords a new password may not repeat (the `passwordHistory` setting).
    public let passwordHistory: Int

    public init(
        store: Store, hasher: PasswordHasher, tokenLifetimeDays: Int = ServerConfiguration().tokenLifetimeDays,
        passwordHistory: Int = ServerConfiguration().passwordHistory
    ) {
        self.store = store
        self.hasher = hasher
        self.tokenLifetime = TimeInterval(tokenLifetimeDays) * 86_400
        self.passwordHistory = passwordHistory
    }

    /// A new user with a password (validated and hashed here).
    public func createUser(
        username: String, displayName: String?, role: Role, scope: AccessScope, password: String,
        mustChangePassword: Bool = false, by principal: Principal
    ) async throws -> User {
        let access = try principal.access(for: .manageUsers)
        if let detail = TextLimit.name.detail(displayName, field: "displayName") {
            throw OasisError.invalid(code: "display_name_invalid", message: "The display name is too long.", details: [detail])
        }
        try User.validatePassword(password)
        let hash = try await hasher.hash(password)
        return try await store.users.create(
            username: username, displayName: displayName ?? username, role: role, scope: scope,
            passwordHash: hash, mustChangePassword: mustChangePassword, by: access
        )
    }

    /// The user when the credentials are right; nil otherwise, in the same time whether or not the
    /// username exists.
    public func authenticate(username: String, password: String) async throws -> User? {
        guard let (user, hash) = try await store.users.credentials(username: username) else {
            _ = try await hasher.verify(password, hash: try await hasher.decoy())
            return nil
        }
        guard try await hasher.verify(password, hash: hash), !user.disabled else { return nil }
        return user
    }

    /// Starts a web session and returns the cookie value (stored only as its hash).
    public func startSession(for user: User, lifetime: TimeInterval) async throws -> String {
        let token = SecretToken.generate()
        try await store.sessions.create(tokenHash: SecretToken.hash(token), userID: user.id, lifetime: lifetime)
        return token
    }

    /// Issues an API token for a user that expires after `lifetimeDays` (1–3650; default: the configured lifetime);
    /// the clear token is returned once and never stored.
    public func issueToken(
        for userID: Int64, name: String, lifetimeDays: Int? = nil, by principal: Principal
    ) async throws -> (id: Int64, token: String, expiresAt: Date) {
        if let lifetimeDays, let reason = NumericDomain.tokenLifetime.reason(lifetimeDays) {
            throw OasisError.invalid(
                code: "invalid_token_lifetime", message: "expiresInDays: \(reason).", details: [.init(field: "expiresInDays", reason: reason)])
        }
        let lifetime = lifetimeDays.map { TimeInterval($0) * 86_400 } ?? tokenLifetime
        let token = SecretToken.generate(prefix: "oas_")
        let access = try principal.access(toAccountOf: userID)
        let id = try await store.tokens.create(userID: userID, name: name, tokenHash: SecretToken.hash(token), lifetime: lifetime, by: access)
        return (id, token, store.clock.now() + lifetime)
    }

    /// Replaces the user's own password. Asks for the current password (`current`), except in the forced change after
    /// signing in with a one-time password: that password was typed moments before to open the session, and the session
    /// can do nothing else until the change, so asking for it again adds nothing. Refuses a new password equal to the
    /// current one (the one-time password included) or to any of the last `passwordHistory` earlier ones.
    /// Errors name their field: `password` (too short, reused), `currentPassword` (missing or wrong).
    public func changePassword(userID: Int64, to password: String, current: String?, by principal: Principal) async throws {
        let access = try principal.access(toAccountOf: userID)
        guard let user = try await store.users.get(id: userID, for: access),
            let hashes = try await store.users.passwordHashes(userID: userID, earlier: passwordHistory)
        else { throw OasisError.notFound("User", String(userID)) }
        if !user.mustChangePassword {
            guard let current, !current.isEmpty else {
                throw OasisError.invalid(
                    code: "current_password_required", message: "Give the current password to change it.",
                    details: [.init(field: "currentPassword", reason: "missing")])
            }
            guard try await hasher.verify(current, hash: hashes.current) else {
                throw OasisError.invalid(
                    code: "current_password_wrong", message: "The current password is not correct.",
                    details: [.init(field: "currentPassword", reason: "does not match")])
            }
        }
        try User.validatePassword(password)
        if try await hasher.verify(password, hash: hashes.current) {
            throw user.mustChangePassword
                ? OasisError.invalid(
                    code: "password_is_one_time", message: "Choose a password of your own, not the one-time password.",
                    details: [.init(field: "password", reason: "equals the one-time password")])
                : OasisError.invalid(
                    code: "password_reused", message: "The new password must differ from the current one and the last \(passwordHistory).",
                    details: [.init(field: "password", reason: "equals the current password")])
        }
        for earlier in hashes.earlier {
            guard try await hasher.verify(password, hash: earlier) else { continue }
            throw OasisError.invalid(
                code: "password_reused", message: "The new password must differ from the current one and the last \(passwordHistory).",
                details: [.init(field: "password", reason: "equals an earlier password")])
        }
        let hash = try await hasher.hash(password)
        try await store.users.setPassword(userID: userID, passwordHash: hash, mustChange: false, keepingHistory: passwordHistory, by: access)
    }

    /// Gives a user a new one-time password (to be changed at the next sign-in) and ends its sessions; the
    /// password is returned once and stored only as its hash.
    public func resetPassword(userID: Int64, by principal: Principal) async throws -> (user: User, oneTimePassword: String) {
        let access = try principal.access(for: .manageUsers)
        _ = try await store.users.manageable(userID: userID, by: access)
        let password = SecretToken.oneTimePassword()
        let user = try await store.users.resetPassword(
            userID: userID, oneTimePasswordHash: try await hasher.hash(password), keepingHistory: passwordHistory, by: access)
        return (user, password)
    }

    /// On a database without an administrator, creates `admin` with the given password or a one-time
    /// password that must be changed at first sign-in. Returns the one-time password to print, if any.
    public func ensureAdministrator(password: String?, logger: Logger) async throws -> String? {
        guard try await store.users.countAdmins() == 0 else { return nil }
        let oneTime = password == nil
        let chosen = password ?? SecretToken.oneTimePassword()
        if let password { try User.validatePassword(password) }
        let hash = try await hasher.hash(chosen)
        _ = try await store.users.create(
            username: "admin", displayName: "Administrator", role: .admin, scope: .everything, passwordHash: hash,
            mustChangePassword: oneTime, by: .system
        )
        logger.notice("created the first administrator", metadata: ["username": "admin", "oneTimePassword": "\(oneTime)"])
        return oneTime ? chosen : nil
    }
}
