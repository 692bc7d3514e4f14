/// What a repository is handed instead of a principal: who acts, for the audit trail, and which regions and units
/// the call may reach. It holds no role and no permission. Whether the actor may do the thing at all is decided
/// once, above the repositories, by `Principal.access(for:)` (or `Principal.access(toAccountOf:)`), which is the
/// only way to get one apart from `StoreAccess.system`; a repository only filters by `scope` and records the actor.
public struct StoreAccess: Sendable, Hashable {
    /// Whether a user, the system itself or nobody acts.
    public let kind: Principal.Kind
    /// The acting user; nil for the system and for nobody.
    public let userID: Int64?
    /// The name the audit trail and the records' "by" columns show.
    public let username: String
    /// The regions and units the call may read and write.
    public let scope: AccessScope

    init(kind: Principal.Kind, userID: Int64?, username: String, scope: AccessScope) {
        self.kind = kind
        self.userID = userID
        self.username = username
        self.scope = scope
    }

    init(_ principal: Principal) {
        self.init(kind: principal.kind, userID: principal.userID, username: principal.username, scope: principal.scope)
    }

    /// The system itself, over everything: operator commands, seeding, migrations, and the server's own reads of
    /// public records.
    public static let system = StoreAccess(Principal.system)
}
