/// Who is asking: a signed-in user, a machine with a token, the system itself (CLI, seeding), or nobody.
/// Services and routes decide with it what the caller may do; a repository is handed only the `StoreAccess` that
/// `access(for:)` gives once the permission is checked.
public struct Principal: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case user
        case system
        case anonymous
    }

    public var kind: Kind
    public var userID: Int64?
    public var username: String
    public var role: Role?
    public var scope: AccessScope
    /// A user who signed in with a one-time password holds no permission until they choose a new one.
    public var mustChangePassword: Bool

    public init(kind: Kind, userID: Int64?, username: String, role: Role?, scope: AccessScope, mustChangePassword: Bool = false) {
        self.kind = kind
        self.userID = userID
        self.username = username
        self.role = role
        self.scope = scope
        self.mustChangePassword = mustChangePassword
    }

    public init(user: User) {
        self.init(
            kind: .user, userID: user.id, username: user.username, role: user.role, scope: user.scope,
            mustChangePassword: user.mustChangePassword)
    }

    /// The system itself: migrations, seeding, operator commands on the server's console.
    public static let system = Principal(kind: .system, userID: nil, username: "system", role: .admin, scope: .everything)

    /// Nobody signed in.
    public static let anonymous = Principal(kind: .anonymous, userID: nil, username: "anonymous", role: nil, scope: .everything)

    public func can(_ permission: Permission) -> Bool {
        switch kind {
        case .system: true
        case .anonymous: permission == .readRegions
        case .user: !mustChangePassword && (role?.can(permission) ?? false)
        }
    }

    /// Throws `forbidden` (or `unauthenticated` for nobody, `password_change_required` for a user who must first
    /// replace a one-time password) unless the principal holds the permission.
    public func require(_ permission: Permission) throws(OasisError) {
        guard can(permission) else {
            if kind == .anonymous { throw OasisError.unauthenticated }
            if kind == .user, mustChangePassword { throw OasisError.passwordChangeRequired }
            throw OasisError.forbidden("Your role does not include the permission \"\(permission.rawValue)\".")
        }
    }

    /// The access a repository needs for work that takes `permission`: throws as `require` does unless the
    /// principal holds it. Every call site that reaches a repository names its permission here, once.
    public func access(for permission: Permission) throws(OasisError) -> StoreAccess {
        try require(permission)
        return StoreAccess(self)
    }

    /// The access to one user's account: a user's own needs no permission (so a user who must first replace a
    /// one-time password may do so); anyone else's needs `manageUsers`, refused as `access(for:)` refuses.
    public func access(toAccountOf userID: Int64) throws(OasisError) -> StoreAccess {
        if kind == .user, self.userID == userID { return StoreAccess(self) }
        return try access(for: .manageUsers)
    }
}
