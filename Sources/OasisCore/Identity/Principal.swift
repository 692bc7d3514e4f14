/// Who is asking: a signed-in user, a machine with a token, the system itself (CLI, seeding), or nobody.
/// Every repository call takes one, and filters by its scope.
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

    public init(kind: Kind, userID: Int64?, username: String, role: Role?, scope: AccessScope) {
        self.kind = kind
        self.userID = userID
        self.username = username
        self.role = role
        self.scope = scope
    }

    public init(user: User) {
        self.init(kind: .user, userID: user.id, username: user.username, role: user.role, scope: user.scope)
    }

    /// The system itself: migrations, seeding, operator commands on the server's console.
    public static let system = Principal(kind: .system, userID: nil, username: "system", role: .admin, scope: .everything)

    /// Nobody signed in.
    public static let anonymous = Principal(kind: .anonymous, userID: nil, username: "anonymous", role: nil, scope: .everything)

    public func can(_ permission: Permission) -> Bool {
        switch kind {
        case .system: true
        case .anonymous: permission == .readRegions
        case .user: role?.can(permission) ?? false
        }
    }

    /// Throws `forbidden` (or `unauthenticated` for nobody) unless the principal holds the permission.
    public func require(_ permission: Permission) throws(OasisError) {
        guard can(permission) else {
            throw kind == .anonymous ? OasisError.unauthenticated : OasisError.forbidden(
                "Your role does not include the permission \"\(permission.rawValue)\"."
            )
        }
    }
}
